import crypto from "node:crypto";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.ts";
import { bankAccountContext } from "../../src/modules/kyc/kyc.service.ts";
import type { PayoutGateway } from "../../src/providers/payments/payout-gateway.ts";
import { decryptField, encryptField, keyedFingerprint, parseDataKeys, UnreadableField } from "../../src/security/data-encryption.ts";
import { signedInUser } from "../helpers/factories.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { fundWallet, makeTradingReady } from "../helpers/money-fixtures.ts";
import { createTestApp, TEST_DATA_KEY, testEnv, type TestApp } from "../helpers/test-app.ts";

// Bank account numbers at rest: AES-256-GCM under DATA_ENCRYPTION_KEY with the key's id in each value,
// bound to their row, a keyed hash beside them, decrypted only to pay out, re-encrypted on rotation.
// A database of this file's own: rotation rewrites every stored account.

const newKey = () => crypto.randomBytes(32).toString("base64");
let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
let t: TestApp;
const payouts: { accountNumber: string; ifsc: string }[] = [];
const recordingPayouts: PayoutGateway = {
  name: "recording",
  createPayout: async (input) => {
    payouts.push({ accountNumber: input.accountNumber, ifsc: input.ifsc });
    return { payoutId: `pout_${crypto.randomBytes(6).toString("hex")}`, status: "processed" };
  },
};

beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_encryption");
  t = await createTestApp({ env: { DATABASE_URL: db.url } });
  t.deps.payoutGateway = recordingPayouts;
});
afterAll(async () => {
  await t.close();
  await db.drop();
});

async function verifiedInvestor(accountNumber: string) {
  const signedIn = await signedInUser(t.prisma, { role: "investor" });
  await makeTradingReady(t.prisma, signedIn.user); // PAN and a plaintext bank account "from before"
  await t.prisma.kycCheck.delete({ where: { userId_type: { userId: signedIn.user.id, type: "bank_account" } } });
  const res = await request(t.app).post("/api/v2/kyc/verify-bank").set(signedIn.auth).send({ account_number: accountNumber, ifsc: "HDFC0001234" });
  expect(res.status).toBe(200);
  await fundWallet(t.prisma, signedIn.user, 1_000_000n);
  return signedIn;
}

describe("bank account numbers at rest", () => {
  it("are stored encrypted under the current key with a keyed hash, shown masked, and decrypted only to pay out", async () => {
    const { user, auth } = await verifiedInvestor("501001234567891");
    const check = await t.prisma.kycCheck.findUniqueOrThrow({ where: { userId_type: { userId: user.id, type: "bank_account" } } });
    expect(check.value).toMatch(/^enc:v1:test1:[\w-]+:[\w-]+:[\w-]+$/);
    expect(check.value).not.toContain("501001234567891");
    expect(check.valueHash).toBe(keyedFingerprint(t.config.kycHashSecret, "bank_account", "501001234567891:HDFC0001234"));
    expect(JSON.stringify(check.details)).not.toContain("501001234567891");
    const status = await request(t.app).get("/api/v2/kyc/status").set(auth);
    expect(JSON.stringify(status.body)).not.toContain("501001234567891");

    const withdrawal = await request(t.app).post("/api/v2/payments/withdraw").set(auth).send({ amount: 500 });
    expect(withdrawal.status).toBe(201);
    expect(payouts.at(-1)).toEqual({ accountNumber: "501001234567891", ifsc: "HDFC0001234" });
  });

  it("cannot be read on another user's row, nor without their key", () => {
    const keys = parseDataKeys(TEST_DATA_KEY);
    const stored = encryptField(keys, "501009999999991:HDFC0001234", bankAccountContext(1));
    expect(decryptField(keys, stored, bankAccountContext(1))).toBe("501009999999991:HDFC0001234");
    expect(() => decryptField(keys, stored, bankAccountContext(2))).toThrow(UnreadableField);
    expect(() => decryptField(parseDataKeys(`other:${newKey()}`), stored, bankAccountContext(1))).toThrow(/key "test1"/);
    expect(encryptField(keys, "same", "c")).not.toBe(encryptField(keys, "same", "c")); // a fresh IV each time
  });

  it("move to a new key with rotate-data-key (values from before encryption too), and the old key can then go", async () => {
    const encrypted = await verifiedInvestor("501007777777771");
    const legacy = await signedInUser(t.prisma, { role: "investor" });
    await makeTradingReady(t.prisma, legacy.user, { accountNumber: "501008888888881" }); // plaintext, as before this change
    await fundWallet(t.prisma, legacy.user, 1_000_000n);

    const rotated = `test2:${newKey()}`;
    const rotation = await runAdmin(["rotate-data-key"], testEnv({ DATABASE_URL: db.url, DATA_ENCRYPTION_KEY: `${rotated},${TEST_DATA_KEY}` }));
    expect(rotation.code).toBe(0);
    expect(rotation.output).toMatch(/^Re-encrypted \d+ bank account\(s\) with key "test2"; \d+ stored in all\.$/);
    const values = await t.prisma.kycCheck.findMany({ where: { type: "bank_account" } });
    expect(values.every((check) => check.value!.startsWith("enc:v1:test2:"))).toBe(true);
    expect(await t.prisma.auditLog.count({ where: { action: "kyc.bank_account.reencrypt" } })).toBe(values.length);
    expect((await runAdmin(["rotate-data-key"], testEnv({ DATABASE_URL: db.url, DATA_ENCRYPTION_KEY: `${rotated},${TEST_DATA_KEY}` }))).output).toMatch(/^Re-encrypted 0 /);

    // The old key removed: payouts still read every account.
    const onlyNew = await createTestApp({ env: { DATABASE_URL: db.url, DATA_ENCRYPTION_KEY: rotated } });
    onlyNew.deps.payoutGateway = recordingPayouts;
    try {
      for (const [who, account] of [[encrypted, "501007777777771"], [legacy, "501008888888881"]] as const) {
        expect((await request(onlyNew.app).post("/api/v2/payments/withdraw").set(who.auth).send({ amount: 100 })).status).toBe(201);
        expect(payouts.at(-1)).toEqual({ accountNumber: account, ifsc: "HDFC0001234" });
      }
    } finally {
      await onlyNew.close();
    }

    // Without the key the values are under, nothing is rewritten and the ids are named.
    const lost = await runAdmin(["rotate-data-key"], testEnv({ DATABASE_URL: db.url, DATA_ENCRYPTION_KEY: `test3:${newKey()}` }));
    expect(lost.code).toBe(1);
    expect(lost.output).toContain("under a key DATA_ENCRYPTION_KEY no longer holds");
    expect((await t.prisma.kycCheck.findMany({ where: { type: "bank_account" } })).every((check) => check.value!.startsWith("enc:v1:test2:"))).toBe(true);
  });
});
