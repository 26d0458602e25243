import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_JWT_SECRET, type TestApp } from "../helpers/test-app.ts";
import { createUser, DEFAULT_PASSWORD, signedInUser, uniqueEmail } from "../helpers/factories.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const registration = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  name: "Asha Traders",
  email: uniqueEmail("reg"),
  phone: "+919876543210",
  password: "S3cure!pass",
  password_confirmation: "S3cure!pass",
  role: "buyer",
  ...overrides,
});

describe("POST /auth/register", () => {
  it("creates a pending user and returns the seed's shape with a working token", async () => {
    const body = registration({ email: "  Mixed.Case@Test.Hundi.App ".replace("Mixed", `M${Date.now()}`), pan: "abcpe1234f", fcm_token: "device-1-" + Date.now() });
    const res = await request(t.app).post("/api/v2/auth/register").send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      status: "success",
      message: "Registration successful. Account pending approval.",
      data: { user: { name: "Asha Traders", role: "buyer", status: "pending" }, token_type: "Bearer", expires_in: 2592000 },
    });
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: res.body.data.user.id }, include: { devices: true } });
    expect(stored.email).toBe(String(body.email).trim().toLowerCase());
    expect(stored.pan).toBe("ABCPE1234F");
    expect(stored.passwordHash).not.toContain("S3cure");
    expect(stored.devices.map((d) => d.token)).toEqual([body.fcm_token]);

    const profile = await request(t.app).get("/api/v2/auth/profile").set("Authorization", `Bearer ${res.body.data.token}`);
    expect(profile.status).toBe(200);
    expect(profile.body.data.email).toBe(stored.email);
  });

  it("answers every missing field in Laravel's shape", async () => {
    const res = await request(t.app).post("/api/v2/auth/register").send({});
    expect(res.status).toBe(422);
    expect(res.body.message).toBe("The name field is required. (and 5 more errors)");
    expect(res.body.errors).toMatchObject({
      name: ["The name field is required."],
      email: ["The email field is required."],
      phone: ["The phone field is required."],
      password: ["The password field is required."],
      password_confirmation: ["The password confirmation field is required."],
      role: ["The role field is required."],
    });
  });

  it.each([
    [{ password_confirmation: "different1" }, "password", "The password field confirmation does not match."],
    [{ password: "short", password_confirmation: "short" }, "password", "The password field must be at least 8 characters."],
    [{ password: "é".repeat(40), password_confirmation: "é".repeat(40) }, "password", "The password field must not be greater than 72 bytes."],
    [{ email: "not-an-email" }, "email", "The email field must be a valid email address."],
    [{ role: "admin" }, "role", "The selected role is invalid."],
    [{ pan: "ABCDE12345" }, "pan", "The pan field must be a valid PAN, e.g. ABCPE1234F."],
    [{ pan: "ABCZE1234F" }, "pan", "The pan field must be a valid PAN, e.g. ABCPE1234F."],
    [{ phone: "98765" }, "phone", "The phone field must be a phone number with country code, e.g. +919876543210."],
    [{ is_admin: true }, "is_admin", "The is admin field is prohibited."],
  ])("rejects %j with a message on the field", async (overrides, field, message) => {
    const before = await t.prisma.user.count();
    const res = await request(t.app).post("/api/v2/auth/register").send(registration(overrides));
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
    expect(await t.prisma.user.count()).toBe(before);
  });

  it("refuses an email that is already taken, whatever its case", async () => {
    const existing = await createUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/register").send(registration({ email: existing.email.toUpperCase() }));
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ message: "The email has already been taken.", errors: { email: ["The email has already been taken."] } });
  });

  it("creates exactly one account when the same email registers many times at once", async () => {
    const email = uniqueEmail("race");
    const responses = await Promise.all(Array.from({ length: 8 }, () => request(t.app).post("/api/v2/auth/register").send(registration({ email }))));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 422, 422, 422, 422, 422, 422, 422]);
    expect(await t.prisma.user.count({ where: { email } })).toBe(1);
  });
});

describe("POST /auth/login", () => {
  it("returns a token for the right password and registers the device", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    const res = await request(t.app).post("/api/v2/auth/login").send({ email: user.email.toUpperCase(), password: DEFAULT_PASSWORD, fcm_token: `login-device-${user.id}` });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ user: { id: user.id, status: "pending" }, token_type: "Bearer", expires_in: 2592000 });
    expect(await t.prisma.deviceToken.count({ where: { userId: user.id } })).toBe(1);
  });

  it("gives the same 401 for a wrong password and an unknown email", async () => {
    const user = await createUser(t.prisma);
    const wrongPassword = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "nope-nope" });
    const unknownEmail = await request(t.app).post("/api/v2/auth/login").send({ email: uniqueEmail("ghost"), password: "nope-nope" });
    for (const res of [wrongPassword, unknownEmail]) {
      expect(res.status).toBe(401);
      expect(res.body.message).toBe("Invalid credentials.");
      expect(Object.keys(res.body).sort()).toEqual(["code", "message", "request_id"]);
    }
  });

  it("locks an email for 15 minutes after 5 consecutive failures, without touching other emails", async () => {
    const user = await createUser(t.prisma);
    const other = await createUser(t.prisma);
    for (let i = 0; i < 5; i++) {
      expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password" })).status).toBe(401);
    }
    const locked = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ status: "error", message: "Too many requests.", code: "RATE_LIMIT_EXCEEDED" });
    expect(Number(locked.headers["retry-after"])).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers["retry-after"])).toBeLessThanOrEqual(15 * 60);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: other.email, password: DEFAULT_PASSWORD })).status).toBe(200);

    // Once the lock has expired, the next attempt is judged on its password again.
    // (rate-limiter-flexible keeps the lock's end in epoch milliseconds, keyed "login:<email>").
    await t.prisma.loginLockout.update({ where: { key: `login:${user.email}` }, data: { expire: BigInt(Date.now() - 1000) } });
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(200);
    expect(await t.prisma.loginLockout.findUnique({ where: { key: `login:${user.email}` } })).toBeNull();
  });

  it("locks an email whose failures arrive all at once, and the lock holds for the right password", async () => {
    const user = await createUser(t.prisma);
    const answers = await Promise.all(Array.from({ length: 10 }, () => request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password" })));
    // A request that arrives once the fifth failure has locked the email is refused (429) before its
    // password is checked, so how many get that far depends on timing; every one that did is counted.
    const failed = answers.filter((res) => res.status === 401).length;
    expect(answers.every((res) => res.status === 401 || res.status === 429)).toBe(true);
    expect(failed).toBeGreaterThanOrEqual(5);
    // Each failure is one atomic upsert, so the fifth is seen whatever the interleaving; the lock then
    // records the count that crossed the line (rate-limiter-flexible's block), not every later one.
    const row = await t.prisma.loginLockout.findUniqueOrThrow({ where: { key: `login:${user.email}` } });
    expect(row.points).toBeGreaterThanOrEqual(5);
    expect(Number(row.expire)).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(429);
  });

  it("a successful login resets the failure count", async () => {
    const user = await createUser(t.prisma);
    for (let i = 0; i < 4; i++) await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password" });
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(200);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password" })).status).toBe(401);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(200);
  });
});

describe("tokens", () => {
  it("logout revokes the token on its next use", async () => {
    const { auth, tokenId } = await signedInUser(t.prisma);
    expect((await request(t.app).post("/api/v2/auth/logout").set(auth)).body).toEqual({ status: "success", message: "Logged out successfully." });
    expect((await t.prisma.accessToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt).not.toBeNull();
    const after = await request(t.app).get("/api/v2/auth/profile").set(auth);
    expect(after.status).toBe(401);
    expect(after.body.message).toBe("Unauthenticated.");
  });

  it("refresh revokes the old token and issues a working new one", async () => {
    const { auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/auth/refresh").set(auth);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ token_type: "Bearer", expires_in: 2592000 });
    expect((await request(t.app).get("/api/v2/auth/profile").set(auth)).status).toBe(401);
    expect((await request(t.app).get("/api/v2/auth/profile").set("Authorization", `Bearer ${res.body.data.token}`)).status).toBe(200);
  });

  it("lets only one of many concurrent refreshes of one token succeed", async () => {
    const { auth, user } = await signedInUser(t.prisma);
    const responses = await Promise.all(Array.from({ length: 6 }, () => request(t.app).post("/api/v2/auth/refresh").set(auth)));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 401)).toHaveLength(5);
    expect(await t.prisma.accessToken.count({ where: { userId: user.id, revokedAt: null } })).toBe(1);
  });

  it.each([
    ["alg none", (sub: string, jti: string) => jwt.sign({ sub }, "", { algorithm: "none", jwtid: jti })],
    ["a forged signature", (sub: string, jti: string) => jwt.sign({ sub }, "another-secret-another-secret-another", { algorithm: "HS256", jwtid: jti })],
    ["HS512 with the right secret", (sub: string, jti: string) => jwt.sign({ sub }, TEST_JWT_SECRET, { algorithm: "HS512", jwtid: jti })],
    ["an expired token", (sub: string, jti: string) => jwt.sign({ sub, exp: Math.floor(Date.now() / 1000) - 10 }, TEST_JWT_SECRET, { algorithm: "HS256", jwtid: jti })],
    ["a valid signature with an unknown jti", (sub: string) => jwt.sign({ sub }, TEST_JWT_SECRET, { algorithm: "HS256", jwtid: crypto.randomUUID() })],
  ])("refuses %s", async (_label, makeToken) => {
    const { user, tokenId } = await signedInUser(t.prisma);
    const res = await request(t.app).get("/api/v2/auth/profile").set("Authorization", `Bearer ${makeToken(String(user.id), tokenId)}`);
    expect(res.status).toBe(401);
    expect(res.body.message).toBe("Unauthenticated.");
  });

  it("refuses a token whose subject was changed to another user", async () => {
    const victim = await createUser(t.prisma);
    const { tokenId } = await signedInUser(t.prisma);
    const token = jwt.sign({ sub: String(victim.id) }, TEST_JWT_SECRET, { algorithm: "HS256", jwtid: tokenId });
    expect((await request(t.app).get("/api/v2/auth/profile").set("Authorization", `Bearer ${token}`)).status).toBe(401);
  });
});

describe("POST /auth/change-password", () => {
  it("changes the password, keeps this token and revokes the others", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const other = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    const res = await request(t.app)
      .post("/api/v2/auth/change-password")
      .set(auth)
      .send({ current_password: DEFAULT_PASSWORD, password: "N3w-password!", password_confirmation: "N3w-password!" });
    expect(res.status).toBe(200);
    expect(res.body.message).toBe("Password changed successfully.");
    expect((await request(t.app).get("/api/v2/auth/profile").set(auth)).status).toBe(200);
    expect((await request(t.app).get("/api/v2/auth/profile").set("Authorization", `Bearer ${other.body.data.token}`)).status).toBe(401);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(401);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "N3w-password!" })).status).toBe(200);
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app)
      .post("/api/v2/auth/change-password")
      .set(auth)
      .send({ current_password: "wrong-one!", password: "N3w-password!", password_confirmation: "N3w-password!" });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ current_password: ["The password is incorrect."] });
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toBe(user.passwordHash);
  });

  it("refuses a new password equal to the current one or not confirmed", async () => {
    const { auth } = await signedInUser(t.prisma);
    const same = await request(t.app)
      .post("/api/v2/auth/change-password")
      .set(auth)
      .send({ current_password: DEFAULT_PASSWORD, password: DEFAULT_PASSWORD, password_confirmation: DEFAULT_PASSWORD });
    expect(same.body.errors.password).toEqual(["The password field and current password must be different."]);
    const mismatch = await request(t.app)
      .post("/api/v2/auth/change-password")
      .set(auth)
      .send({ current_password: DEFAULT_PASSWORD, password: "N3w-password!", password_confirmation: "other" });
    expect(mismatch.body.errors.password).toEqual(["The password field confirmation does not match."]);
  });
});
