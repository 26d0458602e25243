import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { auditRowsFor, queuedJobsFor, signedInAdmin } from "../helpers/admin.ts";
import { createUser, signedInUser } from "../helpers/factories.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { fundWallet, razorpayPaymentId } from "../helpers/money-fixtures.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInAdmin>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const failedPanCheck = async (pan: string) => {
  const { user, auth } = await signedInUser(t.prisma, { role: "seller" });
  const check = await t.prisma.kycCheck.create({
    data: { userId: user.id, type: "pan", status: "failed", value: pan, details: { pan: `XXXXXX${pan.slice(-4)}` }, failureReason: "Name on PAN does not match", providerRef: "sandbox-1" },
  });
  return { user, auth, check };
};
const randomPan = () => `ABC${"PFCHT"[crypto.randomInt(5)]}${String.fromCharCode(65 + crypto.randomInt(26))}${String(crypto.randomInt(10000)).padStart(4, "0")}${String.fromCharCode(65 + crypto.randomInt(26))}`;

describe("KYC review", () => {
  it("lists failed and pending checks with masked values only", async () => {
    const pan = randomPan();
    const { user, check } = await failedPanCheck(pan);
    const res = await admin.as.get(`/admin/kyc-checks?user_id=${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([expect.objectContaining({ id: check.id, type: "pan", status: "failed", failure_reason: "Name on PAN does not match", details: { pan: `XXXXXX${pan.slice(-4)}` }, user: expect.objectContaining({ id: user.id }) })]);
    expect(JSON.stringify(res.body)).not.toContain(pan);
    expect((await admin.as.get(`/admin/kyc-checks?user_id=${user.id}&status=pending`)).body.data).toEqual([]);
  });

  it("records a manual verification the user sees, claiming the PAN for this account only", async () => {
    const pan = randomPan();
    const { user, auth, check } = await failedPanCheck(pan);
    const res = await admin.as.post(`/admin/kyc-checks/${check.id}/decision`, { status: "verified", note: "Checked against the NSDL record by hand" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: check.id, status: "verified", failure_reason: null, provider_ref: "manual-review" });
    const status = await request(t.app).get("/api/v2/kyc/status").set(auth);
    expect(status.body.data.pan).toMatchObject({ status: "verified", failure_reason: null });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).pan).toBe(pan);
    expect(await t.prisma.notification.findFirst({ where: { userId: user.id, type: "kyc.verified" } })).not.toBeNull();
    expect(await auditRowsFor(t, "kyc_check", check.id)).toMatchObject([{ action: "kyc_check.verify", details: { note: "Checked against the NSDL record by hand", from: "failed", type: "pan" } }]);

    // The same PAN, failed on another account, cannot be verified by hand there either.
    const twin = await failedPanCheck(pan);
    const duplicate = await admin.as.post(`/admin/kyc-checks/${twin.check.id}/decision`, { status: "verified", note: "looks fine" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe("This PAN is already verified on another account.");
    expect((await t.prisma.kycCheck.findUniqueOrThrow({ where: { id: twin.check.id } })).status).toBe("failed");
    expect(await auditRowsFor(t, "kyc_check", twin.check.id)).toEqual([]);

    // A verified check is not decided again.
    expect((await admin.as.post(`/admin/kyc-checks/${check.id}/decision`, { status: "failed", note: "changed my mind" })).status).toBe(409);
  });

  it("records a manual failure whose note the user reads in /kyc/status", async () => {
    const { auth, check } = await failedPanCheck(randomPan());
    const res = await admin.as.post(`/admin/kyc-checks/${check.id}/decision`, { status: "failed", note: "The PAN card image is illegible: upload a clearer copy" });
    expect(res.status).toBe(200);
    const status = await request(t.app).get("/api/v2/kyc/status").set(auth);
    expect(status.body.data.pan).toMatchObject({ status: "failed", failure_reason: "The PAN card image is illegible: upload a clearer copy" });
  });

  it("refuses an Aadhaar recorded without its fingerprint, a missing note, and an unknown check", async () => {
    const { user } = await signedInUser(t.prisma);
    const aadhaar = await t.prisma.kycCheck.create({ data: { userId: user.id, type: "aadhaar", status: "failed", details: { aadhaar: "XXXXXXXX1234" } } });
    expect((await admin.as.post(`/admin/kyc-checks/${aadhaar.id}/decision`, { status: "verified", note: "ok" })).status).toBe(409);
    const noNote = await admin.as.post(`/admin/kyc-checks/${aadhaar.id}/decision`, { status: "verified" });
    expect(noNote.status).toBe(422);
    expect(Object.keys(noNote.body.errors)).toEqual(["note"]);
    expect((await admin.as.post("/admin/kyc-checks/2147483000/decision", { status: "verified", note: "ok" })).status).toBe(404);
  });
});

/** A user with a withdrawal the sandbox leaves processing (amounts ending in 98 paise). */
async function processingWithdrawal() {
  const { user, auth } = await trader(t, "investor", 1_000_000n);
  const res = await request(t.app).post("/api/v2/payments/withdraw").set(auth).send({ amount: 1000.98 });
  expect(res.body.data.withdrawal.status).toBe("processing");
  return { user, withdrawalId: res.body.data.withdrawal.id as number };
}

describe("withdrawals", () => {
  it("lists processing withdrawals and settles one: the hold is captured, the user told, the action audited", async () => {
    const { user, withdrawalId } = await processingWithdrawal();
    const listed = await admin.as.get(`/admin/withdrawals?user_id=${user.id}`);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: withdrawalId, status: "processing", user_id: user.id, amount: 1000.98 })]);
    const res = await admin.as.post(`/admin/withdrawals/${withdrawalId}/settle`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: withdrawalId, status: "processed" });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 1_000_000n - 100_098n, onHold: 0n, available: 1_000_000n - 100_098n });
    expect(await auditRowsFor(t, "withdrawal", withdrawalId)).toMatchObject([{ action: "withdrawal.settle", actor: `admin:${admin.user.id}`, details: { outcome: "processed" } }]);
    expect(await t.prisma.notification.findFirst({ where: { userId: user.id, type: "withdrawal.processed" } })).not.toBeNull();
    // Money leaving the platform is e-mailed too (the job written with the notification).
    expect((await queuedJobsFor(t, "email-delivery", user.id)).map((job) => job.type)).toEqual(["withdrawal.processed"]);
    expect((await admin.as.post(`/admin/withdrawals/${withdrawalId}/fail`)).status).toBe(409);
  });

  it("fails one with a reason: the money is back in the wallet", async () => {
    const { user, withdrawalId } = await processingWithdrawal();
    const res = await admin.as.post(`/admin/withdrawals/${withdrawalId}/fail`, { reason: "Beneficiary account closed" });
    expect(res.body.data).toMatchObject({ status: "failed", failure_reason: "Beneficiary account closed" });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 1_000_000n, onHold: 0n, available: 1_000_000n });
  });

  it("settles exactly once when the API and the CLI act at once", async () => {
    const { user, withdrawalId } = await processingWithdrawal();
    const results = await Promise.all([
      admin.as.post(`/admin/withdrawals/${withdrawalId}/settle`),
      admin.as.post(`/admin/withdrawals/${withdrawalId}/fail`),
      runAdmin(["settle-withdrawal", String(withdrawalId), "failed"], testEnv()),
      admin.as.post(`/admin/withdrawals/${withdrawalId}/settle`),
    ]);
    const outcomes = results.map((r) => ("code" in r ? (r.code === 0 ? 200 : 409) : r.status));
    expect(outcomes.filter((status) => status === 200)).toHaveLength(1);
    expect(outcomes.filter((status) => status === 409)).toHaveLength(3);
    expect(await auditRowsFor(t, "withdrawal", withdrawalId)).toHaveLength(1);
    const balances = await walletBalances(t.prisma, user.id);
    expect(balances.onHold).toBe(0n);
    expect([1_000_000n, 1_000_000n - 100_098n]).toContain(balances.balance);
    expect((await checkLedger(t.prisma)).filter((p) => p.id.includes(`user:${user.id}:`))).toEqual([]);
  });

  it("is 404 for a withdrawal that does not exist", async () => {
    expect((await admin.as.post("/admin/withdrawals/2147483000/settle")).status).toBe(404);
  });
});

describe("webhook events", () => {
  /** A top-up whose captured event was stored but failed to apply (as when the database went away mid-way). */
  async function failedCaptureEvent() {
    const user = await createUser(t.prisma, { role: "investor" });
    const payment = await t.prisma.payment.create({ data: { userId: user.id, type: "wallet_topup", amount: 250_000n, gateway: "sandbox", orderId: `order_${crypto.randomBytes(7).toString("hex")}`, receipt: `r_${crypto.randomUUID()}` } });
    const body = { event: "payment.captured", payload: { payment: { entity: { id: razorpayPaymentId(), order_id: payment.orderId, amount: 250_000, status: "captured" } } } };
    const event = await t.prisma.webhookEvent.create({ data: { eventId: `evt_${crypto.randomBytes(8).toString("hex")}`, event: body.event, payload: body, processingError: "Connection terminated unexpectedly" } });
    return { user, payment, event };
  }

  it("lists failed events and re-processes one: the wallet is credited once, the event marked, the action audited", async () => {
    const { user, payment, event } = await failedCaptureEvent();
    const listed = await admin.as.get("/admin/webhook-events?per_page=100");
    expect(listed.body.data.map((e: { id: number }) => e.id)).toContain(Number(event.id));
    const res = await admin.as.post(`/admin/webhook-events/${event.id}/reprocess`);
    expect(res.status).toBe(200);
    expect(res.body.data.result).toBe(`payment ${payment.id} credited`);
    expect(res.body.data.event).toMatchObject({ id: Number(event.id), processing_error: null, processed_at: expect.any(String) });
    expect((await walletBalances(t.prisma, user.id)).available).toBe(250_000n);
    expect(await auditRowsFor(t, "webhook_event", String(event.id))).toMatchObject([{ action: "webhook_event.reprocess", details: { result: `payment ${payment.id} credited` } }]);

    const again = await admin.as.post(`/admin/webhook-events/${event.id}/reprocess`);
    expect(again.status).toBe(409);
    expect((await walletBalances(t.prisma, user.id)).available).toBe(250_000n);
    expect((await admin.as.get("/admin/webhook-events?status=processed&event=payment.captured&per_page=100")).body.data.map((e: { id: number }) => e.id)).toContain(Number(event.id));
  });

  it("credits once when two operators re-process the same event at once", async () => {
    const { user, event } = await failedCaptureEvent();
    const results = await Promise.all([1, 2, 3].map(() => admin.as.post(`/admin/webhook-events/${event.id}/reprocess`)));
    expect(results.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    expect((await walletBalances(t.prisma, user.id)).available).toBe(250_000n);
    expect(await t.prisma.ledgerTransaction.count({ where: { businessType: "payment", businessId: String((await t.prisma.payment.findFirstOrThrow({ where: { userId: user.id } })).id) } })).toBe(1);
  });

  it("is 404 for an unknown event", async () => {
    expect((await admin.as.post("/admin/webhook-events/2147483000/reprocess")).status).toBe(404);
  });
});

describe("idempotency keys", () => {
  const key = (userId: number, minutesAgo: number, status: "in_progress" | "completed") =>
    t.prisma.idempotencyKey.create({ data: { userId, scope: "POST /bids/{fuId}", key: crypto.randomUUID(), requestHash: "h", status, createdAt: new Date(Date.now() - minutesAgo * 60_000) } });

  it("lists stuck keys and releases one: the client's retry then runs afresh", async () => {
    const user = await createUser(t.prisma, { role: "investor" });
    const stuck = await key(user.id, 10, "in_progress");
    const young = await key(user.id, 0, "in_progress");
    const done = await key(user.id, 10, "completed");
    const listed = await admin.as.get(`/admin/idempotency-keys?user_id=${user.id}`);
    expect(listed.body.data.map((k: { id: number }) => k.id)).toEqual([Number(stuck.id)]);
    expect((await admin.as.get(`/admin/idempotency-keys?user_id=${user.id}&status=completed`)).body.data.map((k: { id: number }) => k.id)).toEqual([Number(done.id)]);

    const released = await admin.as.delete(`/admin/idempotency-keys/${stuck.id}`);
    expect(released.status).toBe(200);
    expect(released.body.data).toMatchObject({ id: Number(stuck.id), key: stuck.key, status: "in_progress" });
    expect(await t.prisma.idempotencyKey.findUnique({ where: { id: stuck.id } })).toBeNull();
    expect(await auditRowsFor(t, "idempotency_key", String(stuck.id))).toHaveLength(1);

    const completed = await admin.as.delete(`/admin/idempotency-keys/${done.id}`);
    expect(completed.status).toBe(409);
    expect(completed.body.message).toContain("cannot be released");
    expect((await admin.as.delete(`/admin/idempotency-keys/${young.id}`)).status).toBe(409);
    expect((await admin.as.delete(`/admin/idempotency-keys/${stuck.id}`)).status).toBe(404);
  });
});

describe("ledger and reports", () => {
  it("shows an account by code or id, transactions by reference, and runs ledger-check on demand", async () => {
    const user = await createUser(t.prisma, { role: "investor" });
    const payment = await fundWallet(t.prisma, user, 300_000n);
    const byCode = await admin.as.get(`/admin/ledger/accounts/user:${user.id}:wallet`);
    expect(byCode.status).toBe(200);
    expect(byCode.body.data).toMatchObject({ code: `user:${user.id}:wallet`, type: "user_wallet", user_id: user.id, balance: 3000, balance_paise: 300_000, entry_count: 1 });
    expect(byCode.body.data.entries).toEqual([expect.objectContaining({ amount_paise: 300_000, kind: expect.any(String) })]);
    expect((await admin.as.get(`/admin/ledger/accounts/${byCode.body.data.id}`)).body.data.code).toBe(`user:${user.id}:wallet`);
    expect((await admin.as.get("/admin/ledger/accounts/user:2147483000:wallet")).status).toBe(404);
    expect((await admin.as.get("/admin/ledger/accounts/nonsense")).status).toBe(404);

    const reference = byCode.body.data.entries[0].reference as string;
    const transactions = await admin.as.get(`/admin/ledger/transactions?reference=${encodeURIComponent(reference)}`);
    expect(transactions.body.data).toHaveLength(1);
    const entries = transactions.body.data[0].entries as { account: string; amount_paise: number }[];
    expect(entries.reduce((sum, e) => sum + e.amount_paise, 0)).toBe(0);
    expect(entries).toContainEqual({ account: `user:${user.id}:wallet`, amount_paise: 300_000 });
    expect((await admin.as.get(`/admin/ledger/transactions?business_type=payment&business_id=${payment.id}`)).body.meta.total).toBe(1);

    const check = await admin.as.post("/admin/ledger/check");
    expect(check.status).toBe(200);
    expect(check.body.data).toMatchObject({ ok: true, problems: [] });
    expect(check.body.data.transactions).toBeGreaterThan(0);
  });

  it("reports fees and GST from the ledger, volume financed and what is outstanding, over a period", async () => {
    const before = (await admin.as.get("/admin/reports/platform")).body.data;
    const owner = await trader(t, "seller");
    const funder = await trader(t, "investor", 10_000_000n);
    const unit = await listUnit(t, owner.auth);
    const placed = await placedBid(t, funder.auth, unit.id);
    expect((await decide(t, owner.auth, placed.id, "Accepted")).status).toBe(200);
    const after = await admin.as.get("/admin/reports/platform");
    expect(after.status).toBe(200);
    // ₹90,000 financed at the default 1% fee and 18% GST on it.
    expect(after.body.data.financed.count - before.financed.count).toBe(1);
    expect(Math.round((after.body.data.financed.principal - before.financed.principal) * 100)).toBe(9_000_000);
    expect(Math.round((after.body.data.fees_collected - before.fees_collected) * 100)).toBe(90_000);
    expect(Math.round((after.body.data.gst_collected - before.gst_collected) * 100)).toBe(16_200);
    expect(after.body.data.outstanding.count - before.outstanding.count).toBe(1);

    const empty = await admin.as.get("/admin/reports/platform?from=2020-01-01&to=2020-01-31");
    expect(empty.body.data).toMatchObject({ fees_collected: 0, financed: { count: 0, principal: 0 }, period: { from: "2019-12-31T18:30:00.000Z", to: "2020-01-31T18:30:00.000Z" } });
    const backwards = await admin.as.get("/admin/reports/platform?from=2026-02-01&to=2026-01-01");
    expect(backwards.status).toBe(422);
    expect(Object.keys(backwards.body.errors)).toEqual(["from"]);
    expect((await admin.as.get("/admin/reports/platform?from=soon")).status).toBe(422);
  });
});
