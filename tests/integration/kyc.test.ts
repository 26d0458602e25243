import request from "supertest";
import { bankAccountContext } from "../../src/modules/kyc/kyc.service.ts";
import { decryptField } from "../../src/security/data-encryption.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gstinCheckCharacter, verhoeffCheckDigit } from "../../src/modules/kyc/kyc-rules.ts";
import { KycProviderUnavailable } from "../../src/providers/kyc/kyc-provider.ts";
import { SandboxKycProvider } from "../../src/providers/kyc/sandbox-kyc-provider.ts";
import { signedInUser } from "../helpers/factories.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let panCounter = 1000 + (process.pid % 8000);
/** A fresh valid PAN per call: one PAN may be verified on one account only. */
const freshPan = (digits?: string) => `ABCP${"QRSTUVWXYZ"[panCounter % 10]}${digits ?? String(++panCounter).slice(-4)}${"FGHKM"[panCounter % 5]}`;
const gstinFor = (pan: string, state = "27") => {
  const base = `${state}${pan}1Z`;
  return base + gstinCheckCharacter(base);
};
const aadhaar = (body: string) => body + verhoeffCheckDigit(body);
let aadhaarCounter = 100000 + (process.pid % 800000);
const freshAadhaar = () => aadhaar(`23${String(++aadhaarCounter).padStart(9, "0")}`);

const post = (path: string, auth: Record<string, string>, body: object) => request(t.app).post(`/api/v2/kyc/${path}`).set(auth).send(body);

describe("KYC status", () => {
  it("starts with every check not submitted, for pending accounts too", async () => {
    const { auth } = await signedInUser(t.prisma, { status: "pending" });
    const res = await request(t.app).get("/api/v2/kyc/status").set(auth);
    expect(res.status).toBe(200);
    for (const check of ["pan", "gst", "bank_account", "aadhaar", "address"]) expect(res.body.data[check]).toEqual({ status: "not_submitted", verified_at: null });
  });
});

describe("PAN", () => {
  it("verifies a lower-case PAN, masks it everywhere and notifies the user", async () => {
    const { user, auth } = await signedInUser(t.prisma, { status: "pending" });
    const pan = freshPan();
    const res = await post("verify-pan", auth, { pan: pan.toLowerCase() });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "success", message: "PAN verified successfully.", data: { status: "verified", pan: `XXXXXX${pan.slice(-4)}`, name_on_pan: "TEST USER" } });
    expect(res.body.data.verified_at).toEqual(expect.any(String));
    const profile = await request(t.app).get("/api/v2/auth/profile").set(auth);
    expect(profile.body.data.kyc_status.pan.status).toBe("verified");
    expect(profile.body.data.pan).toBe(`XXXXXX${pan.slice(-4)}`);
    expect(JSON.stringify(profile.body)).not.toContain(pan);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).pan).toBe(pan);
    expect(await t.prisma.notification.findFirst({ where: { userId: user.id, type: "kyc.verified" } })).not.toBeNull();
  });

  it("records a registry rejection as failed with the reason, and allows another try", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await post("verify-pan", auth, { pan: freshPan("0000") });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ message: "PAN verification failed.", data: { status: "failed", failure_reason: "PAN not found in the income-tax records.", verified_at: null } });
    expect((await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id, type: "kyc.failed" } })).body).toContain("PAN not found");
    expect((await post("verify-pan", auth, { pan: freshPan() })).body.data.status).toBe("verified");
  });

  it.each([["ABCDE1234F"], ["ABCPE1234"], [""], ["ABCPE 1234 F Z"]])("refuses %j with 422 on pan", async (pan) => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await post("verify-pan", auth, { pan });
    expect(res.status).toBe(422);
    expect(res.body.errors.pan).toEqual(["The pan field must be a valid PAN, e.g. ABCPE1234F."]);
    expect(await t.prisma.kycCheck.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a PAN already verified on another account, even when both try at once", async () => {
    const pan = freshPan();
    const users = await Promise.all(Array.from({ length: 4 }, () => signedInUser(t.prisma)));
    const responses = await Promise.all(users.map((u) => post("verify-pan", u.auth, { pan })));
    expect(responses.filter((r) => r.status === 200 && r.body.data.status === "verified")).toHaveLength(1);
    const refused = responses.filter((r) => r.status === 409);
    expect(refused).toHaveLength(3);
    expect(refused[0]!.body.message).toBe("This PAN is already verified on another account.");
    expect(await t.prisma.kycCheck.count({ where: { value: pan, status: "verified" } })).toBe(1);
  });

  it("refuses to re-verify a verified PAN", async () => {
    const { auth } = await signedInUser(t.prisma);
    await post("verify-pan", auth, { pan: freshPan() });
    const again = await post("verify-pan", auth, { pan: freshPan() });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe("Your PAN is already verified. Contact support to change it.");
  });
});

describe("GSTIN", () => {
  it("needs a verified PAN first, then one that the GSTIN embeds", async () => {
    const { auth } = await signedInUser(t.prisma);
    const pan = freshPan();
    const early = await post("verify-gst", auth, { gst: gstinFor(pan) });
    expect(early.status).toBe(422);
    expect(early.body.errors.gst).toEqual(["Verify your PAN before your GSTIN."]);
    await post("verify-pan", auth, { pan });
    const other = await post("verify-gst", auth, { gst: gstinFor(freshPan()) });
    expect(other.body.errors.gst).toEqual(["The gst field must contain your verified PAN."]);
    const gst = gstinFor(pan, "29");
    const res = await post("verify-gst", auth, { gst: gst.toLowerCase() });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "verified", state_code: "29", gstin: `29XXXXXXXX${gst.slice(10)}` });
  });

  it.each([
    ["27AAPFU0939F1ZW", "The gst field has an invalid check character."],
    ["40AAPFU0939F1ZV", "The gst field must start with a valid state code (01-38, 97 or 99)."],
    ["27AAPFU0939F", "The gst field must be a 15-character GSTIN, e.g. 27AAPFU0939F1ZV."],
  ])("refuses %s with a clear message", async (gst, message) => {
    const { auth } = await signedInUser(t.prisma);
    const res = await post("verify-gst", auth, { gst });
    expect(res.status).toBe(422);
    expect(res.body.errors.gst).toEqual([message]);
  });
});

describe("bank account", () => {
  it("verifies by penny drop, stores the number encrypted for payouts and shows it masked", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await post("verify-bank", auth, { account_number: "5010 0123 4567 89", ifsc: "hdfc0001234" });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "verified", account_number: "XXXXXXXXXX6789", ifsc: "HDFC0001234", name_at_bank: "TEST USER" });
    const stored = await t.prisma.kycCheck.findFirstOrThrow({ where: { userId: user.id, type: "bank_account" } });
    expect(stored.value).toMatch(/^enc:v1:test1:/);
    expect(decryptField(t.config.dataKeys, stored.value!, bankAccountContext(user.id))).toBe("50100123456789:HDFC0001234");
  });

  it("records a failed penny drop", async () => {
    const { auth } = await signedInUser(t.prisma);
    const res = await post("verify-bank", auth, { account_number: "123456780000", ifsc: "SBIN0000001" });
    expect(res.body.data).toMatchObject({ status: "failed", failure_reason: "Bank account not found: the penny drop failed." });
  });

  it.each([
    [{ account_number: "12345678", ifsc: "HDFC0001234" }, "account_number", "The account number field must be 9 to 18 digits."],
    [{ account_number: "1234567890123456789", ifsc: "HDFC0001234" }, "account_number", "The account number field must be 9 to 18 digits."],
    [{ account_number: "123456789", ifsc: "HDFC1001234" }, "ifsc", "The ifsc field must be a valid IFSC, e.g. HDFC0001234."],
    [{ account_number: "123456789" }, "ifsc", "The ifsc field is required."],
  ])("refuses %j", async (body, field, message) => {
    const { auth } = await signedInUser(t.prisma);
    const res = await post("verify-bank", auth, body);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
  });
});

describe("Aadhaar", () => {
  it("keeps only the last four digits and a keyed hash", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const number = freshAadhaar();
    const res = await post("verify-aadhaar", auth, { aadhaar: `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8)}` });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "verified", aadhaar: `XXXXXXXX${number.slice(-4)}` });
    const check = await t.prisma.kycCheck.findFirstOrThrow({ where: { userId: user.id, type: "aadhaar" } });
    expect(check.value).toBeNull();
    const everything = JSON.stringify(
      await t.prisma.$queryRaw`SELECT row_to_json(x)::text AS row FROM (SELECT * FROM kyc_checks WHERE user_id = ${user.id}) x
                               UNION ALL SELECT row_to_json(y)::text FROM (SELECT * FROM verified_identities WHERE user_id = ${user.id}) y`,
    );
    expect(everything).not.toContain(number);
    expect(everything).not.toContain(number.slice(0, 8));
  });

  it("refuses a bad check digit, and a number verified on another account", async () => {
    const { auth } = await signedInUser(t.prisma);
    const number = freshAadhaar();
    const wrong = number.slice(0, 11) + String((Number(number[11]) + 1) % 10);
    const bad = await post("verify-aadhaar", auth, { aadhaar: wrong });
    expect(bad.body.errors.aadhaar).toEqual(["The aadhaar field must be a valid 12-digit Aadhaar number."]);
    expect((await post("verify-aadhaar", auth, { aadhaar: aadhaar("12345678901") })).status).toBe(422); // first digit 1
    expect((await post("verify-aadhaar", auth, { aadhaar: number })).status).toBe(200);
    const other = await signedInUser(t.prisma);
    const duplicate = await post("verify-aadhaar", other.auth, { aadhaar: number });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe("This Aadhaar is already verified on another account.");
  });
});

describe("address", () => {
  it("verifies a full address and refuses a bad pincode", async () => {
    const { auth } = await signedInUser(t.prisma);
    const bad = await post("verify-address", auth, { line1: "1 MG Road", city: "Pune", state: "Maharashtra", pincode: "011001" });
    expect(bad.body.errors.pincode).toEqual(["The pincode field must be a 6-digit pincode not starting with 0."]);
    const res = await post("verify-address", auth, { line1: "1 MG Road", city: "Pune", state: "Maharashtra", pincode: 411001 });
    expect(res.body.data).toMatchObject({ status: "verified", line1: "1 MG Road", city: "Pune", pincode: "411001", line2: null });
  });

  it("records the sandbox's unverifiable pincode as failed", async () => {
    const { auth } = await signedInUser(t.prisma);
    const res = await post("verify-address", auth, { line1: "x", city: "y", state: "z", pincode: "999999" });
    expect(res.body.data.status).toBe("failed");
  });
});

describe("provider outage", () => {
  it("answers 503 and records nothing when the vendor is down", async () => {
    const failing = new SandboxKycProvider();
    failing.verifyPan = async () => {
      throw new KycProviderUnavailable("timeout");
    };
    const down = await createTestApp();
    down.deps.kycProvider = failing;
    try {
      const { user, auth } = await signedInUser(down.prisma);
      const res = await request(down.app).post("/api/v2/kyc/verify-pan").set(auth).send({ pan: freshPan() });
      expect(res.status).toBe(503);
      expect(res.body.code).toBe("SERVICE_UNAVAILABLE");
      expect(await down.prisma.kycCheck.count({ where: { userId: user.id } })).toBe(0);
    } finally {
      await down.close();
    }
  });
});
