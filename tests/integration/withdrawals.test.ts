import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletBalances } from "../../src/ledger/balances.ts";
import type { PayoutGateway } from "../../src/providers/payments/payout-gateway.ts";
import { signedInUser } from "../helpers/factories.ts";
import { fundWallet, makeTradingReady, webhookSignature } from "../helpers/money-fixtures.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";
import { runAdmin } from "../../src/cli/admin.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function traderWith(paise: bigint) {
  const signedIn = await signedInUser(t.prisma, { role: "investor" });
  await makeTradingReady(t.prisma, signedIn.user);
  if (paise > 0n) await fundWallet(t.prisma, signedIn.user, paise);
  return signedIn;
}
const withdraw = (auth: Record<string, string>, amount: number | string, key?: string) => {
  const req = request(t.app).post("/api/v2/payments/withdraw").set(auth);
  return (key ? req.set("Idempotency-Key", key) : req).send({ amount });
};

describe("POST /payments/withdraw", () => {
  it("sends money to the verified bank account: hold captured into payouts in transit", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const res = await withdraw(auth, 2500);
    expect(res.status).toBe(201);
    expect(res.body.data.withdrawal).toMatchObject({ amount: 2500, status: "processed", destination: expect.stringMatching(/^X+\d{4} \(HDFC0001234\)$/) });
    expect(res.body.data.wallet).toEqual({ balance: 7500, currency: "INR", on_hold: 0, available: 7500 });
    expect(await t.prisma.hold.findFirstOrThrow({ where: { userId: user.id, kind: "withdrawal" } })).toMatchObject({ status: "captured", amount: 250000n });
    expect(await t.prisma.notification.count({ where: { userId: user.id, type: "withdrawal.processed" } })).toBe(1);
  });

  it("returns the money when the bank rejects the payout", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const res = await withdraw(auth, 500.99);
    expect(res.body.data.withdrawal).toMatchObject({ status: "failed", failure_reason: "Beneficiary bank rejected the transfer (sandbox)." });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 1_000_000n, onHold: 0n, available: 1_000_000n });
  });

  it("keeps a processing payout on hold until its webhook settles it", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const res = await withdraw(auth, 1000.98);
    expect(res.body.data.withdrawal.status).toBe("processing");
    expect(res.body.data.wallet).toMatchObject({ balance: 10000, on_hold: 1000.98, available: 8999.02 });
    const withdrawal = await t.prisma.withdrawal.findUniqueOrThrow({ where: { id: res.body.data.withdrawal.id } });
    const raw = JSON.stringify({ event: "payout.failed", payload: { payout: { entity: { id: withdrawal.payoutId, status: "failed", failure_reason: "Account closed" } } } });
    const hook = await request(t.app)
      .post("/api/v2/payments/webhook")
      .set("Content-Type", "application/json")
      .set("X-Razorpay-Event-Id", `evt_payout_${withdrawal.id}`)
      .set("X-Razorpay-Signature", webhookSignature(raw))
      .send(raw);
    expect(hook.status).toBe(200);
    expect(await t.prisma.withdrawal.findUniqueOrThrow({ where: { id: withdrawal.id } })).toMatchObject({ status: "failed", failureReason: "Account closed" });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 1_000_000n, onHold: 0n, available: 1_000_000n });
  });

  it("refuses more than the available balance with 422 on amount", async () => {
    const { user, auth } = await traderWith(50_000n);
    const res = await withdraw(auth, 600);
    expect(res.status).toBe(422);
    expect(res.body.errors.amount).toEqual(["The amount field must not be greater than your available balance (500)."]);
    expect(await t.prisma.withdrawal.count({ where: { userId: user.id } })).toBe(0);
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 50_000n, onHold: 0n, available: 50_000n });
  });

  it("names the missing KYC for an account that is not trading-ready", async () => {
    const { user, auth } = await signedInUser(t.prisma, { role: "investor" });
    await fundWallet(t.prisma, user, 100_000n);
    const res = await withdraw(auth, 200);
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("Verify your PAN and bank account before trading.");
  });

  it("never pays out more than the balance when many withdrawals race", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const responses = await Promise.all(Array.from({ length: 15 }, () => withdraw(auth, 1000)));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(10);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(5);
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 0n, onHold: 0n, available: 0n });
    expect(await t.prisma.withdrawal.count({ where: { userId: user.id, status: "processed" } })).toBe(10);
  });

  it("replays an Idempotency-Key instead of paying twice", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const first = await withdraw(auth, 300, `w-${user.id}`);
    const second = await withdraw(auth, 300, `w-${user.id}`);
    expect(second.body).toEqual(first.body);
    expect(await t.prisma.withdrawal.count({ where: { userId: user.id } })).toBe(1);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(970_000n);
  });

  it("lists the caller's withdrawals, newest first, and nobody else's", async () => {
    const { auth } = await traderWith(1_000_000n);
    const other = await traderWith(1_000_000n);
    await withdraw(other.auth, 100);
    const first = await withdraw(auth, 100);
    const second = await withdraw(auth, 100.99);
    const res = await request(t.app).get("/api/v2/payments/withdrawals").set(auth);
    expect(res.body.meta.total).toBe(2);
    expect(res.body.data.map((w: { id: number; status: string }) => [w.id, w.status])).toEqual([
      [second.body.data.withdrawal.id, "failed"],
      [first.body.data.withdrawal.id, "processed"],
    ]);
  });

  it("an operator settles a stuck withdrawal with the CLI, once, and it is audited", async () => {
    const { user, auth } = await traderWith(1_000_000n);
    const stuck = await withdraw(auth, 300.98);
    const id = stuck.body.data.withdrawal.id as number;
    const settled = await runAdmin(["settle-withdrawal", String(id), "failed", "--reason", "Bank returned the transfer"], testEnv());
    expect(settled).toEqual({ code: 0, output: `Withdrawal ${id} is failed.` });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 1_000_000n, onHold: 0n, available: 1_000_000n });
    expect(await t.prisma.auditLog.findFirst({ where: { targetType: "withdrawal", targetId: String(id) } })).toMatchObject({ action: "withdrawal.settle" });
    expect(await runAdmin(["settle-withdrawal", String(id), "processed"], testEnv())).toEqual({ code: 1, output: `Withdrawal ${id} is already failed.` });
    expect((await runAdmin(["settle-withdrawal", "999999999", "processed"], testEnv())).output).toBe("No withdrawal with id 999999999.");
    expect((await runAdmin(["settle-withdrawal", String(id), "maybe"], testEnv())).code).toBe(2);
  });

  it("keeps the money on hold when the payout gateway cannot be reached", async () => {
    const unreachable: PayoutGateway = {
      name: "down",
      createPayout: async () => {
        throw new Error("ECONNRESET");
      },
    };
    const down = await createTestApp();
    down.deps.payoutGateway = unreachable;
    try {
      const { user, auth } = await signedInUser(down.prisma, { role: "investor" });
      await makeTradingReady(down.prisma, user);
      await fundWallet(down.prisma, user, 100_000n);
      const res = await request(down.app).post("/api/v2/payments/withdraw").set(auth).send({ amount: 400 });
      expect(res.status).toBe(201);
      expect(res.body.data.withdrawal.status).toBe("processing");
      expect(await walletBalances(down.prisma, user.id)).toEqual({ balance: 100_000n, onHold: 40_000n, available: 60_000n });
    } finally {
      await down.close();
    }
  });
});
