import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.ts";
import { closeAppDeps, createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { apiKeyPrefix, findApiKey } from "../../src/modules/api-keys/api-key-credentials.ts";
import { createCallerPolicy } from "../../src/modules/auth/caller-policy.ts";
import { signedInAdmin } from "../helpers/admin.ts";
import { signedInUser } from "../helpers/factories.ts";
import { capturedLogger } from "../helpers/log-lines.ts";
import { listUnit, trader } from "../helpers/marketplace.ts";
import { createTestApp, TEST_JWT_SECRET, testEnv, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
let other: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  other = await createTestApp();
  await Promise.all([t.deps.callers.ready(), other.deps.callers.ready()]);
});
afterAll(async () => {
  await t.close();
  await other.close();
});

async function keyFor(auth: Record<string, string>, scopes: string[], app = t.app) {
  const res = await request(app).post("/api/v2/api-keys").set(auth).send({ name: "ERP sync", scopes });
  expect(res.status).toBe(201);
  return { id: res.body.data.id as number, secret: res.body.data.secret as string, bearer: { Authorization: `Bearer ${res.body.data.secret}` } };
}

describe("API keys", () => {
  it("shows the secret once, lists keys masked, and stores only a hash", async () => {
    const { user, auth } = await trader(t, "investor");
    const res = await request(t.app).post("/api/v2/api-keys").set(auth).send({ name: "Treasury tool", scopes: ["trade", "read", "read"] });
    expect(res.status).toBe(201);
    const secret = res.body.data.secret as string;
    // Sandbox gateways: a test key.
    expect(secret).toMatch(/^hk_test_[0-9A-Za-z]{44}$/);
    expect(res.body.data).toMatchObject({ name: "Treasury tool", scopes: ["read", "trade"], mode: "test", last_used_at: null, key: `${secret.slice(0, 20)}••••••••${secret.slice(-4)}` });

    const listed = await request(t.app).get("/api/v2/api-keys").set(auth);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: res.body.data.id, key: res.body.data.key })]);
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    const stored = await t.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM api_keys WHERE user_id = ${user.id}`;
    expect(JSON.stringify(stored)).not.toContain(secret.slice(20, 44));
  });

  it("authenticates as its owner on the routes its scopes allow, and names a missing scope", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const unit = await listUnit(t, owner.auth);
    const reader = await keyFor(investor.auth, ["read"]);
    const trading = await keyFor(investor.auth, ["read", "trade"]);

    const bids = await request(t.app).get("/api/v2/bids").set(reader.bearer);
    expect(bids.status).toBe(200);
    const refused = await request(t.app).post(`/api/v2/bids/${unit.id}`).set(reader.bearer).send({ bid_amount: 1000, bid_percentage: 12, bid_tenure: 30 });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ status: "error", code: "FORBIDDEN", message: 'This API key lacks the "trade" scope.' });
    const placed = await request(t.app).post(`/api/v2/bids/${unit.id}`).set(trading.bearer).send({ bid_amount: 1000, bid_percentage: 12, bid_tenure: 30 });
    expect(placed.status).toBe(201);
    expect((await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.body.data.id } })).bidderId).toBe(investor.user.id);

    // Money leaves only with `payments`.
    const withdraw = await request(t.app).post("/api/v2/payments/withdraw").set(trading.bearer).send({ amount: 500 });
    expect(withdraw.body.message).toBe('This API key lacks the "payments" scope.');
    const payments = await keyFor(investor.auth, ["payments"]);
    expect((await request(t.app).post("/api/v2/payments/create-order").set(payments.bearer).send({ amount: 1000 })).status).toBe(201);
  });

  it.each([
    ["POST", "/api/v2/api-keys"],
    ["GET", "/api/v2/api-keys"],
    ["DELETE", "/api/v2/api-keys/1"],
    ["POST", "/api/v2/auth/change-password"],
    ["POST", "/api/v2/auth/logout"],
    ["POST", "/api/v2/auth/refresh"],
    ["POST", "/api/v2/kyc/verify-pan"],
    ["POST", "/api/v2/notifications/fcm-token"],
  ])("cannot call %s %s, whatever its scopes", async (method, path) => {
    const { auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read", "trade", "payments"]);
    const res = await request(t.app)[method.toLowerCase() as "get"](path).set(key.bearer).send({});
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("API keys cannot call this endpoint: use a user token.");
  });

  it("stops working at once when revoked, on every instance", async () => {
    const { auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read"]);
    expect((await request(t.app).get("/api/v2/bids").set(key.bearer)).status).toBe(200);
    expect((await request(other.app).get("/api/v2/bids").set(key.bearer)).status).toBe(200);
    expect((await request(t.app).delete(`/api/v2/api-keys/${key.id}`).set(auth)).status).toBe(200);
    expect((await request(t.app).get("/api/v2/bids").set(key.bearer)).status).toBe(401);
    // The other instance had it in memory: the revocation's notification makes it forget.
    for (let i = 0; i < 50 && (await request(other.app).get("/api/v2/bids").set(key.bearer)).status === 200; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await request(other.app).get("/api/v2/bids").set(key.bearer)).status).toBe(401);
    expect((await request(t.app).get("/api/v2/api-keys").set(auth)).body.data).toEqual([]);
    expect((await request(t.app).delete(`/api/v2/api-keys/${key.id}`).set(auth)).status).toBe(404);
  });

  it("stops working while its owner is suspended", async () => {
    const { user, auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read"]);
    expect((await request(t.app).get("/api/v2/bids").set(key.bearer)).status).toBe(200);
    const admin = await signedInAdmin(t);
    expect((await admin.as.post(`/admin/users/${user.id}/suspend`, { reason: "Key leaked" })).status).toBe(200);
    const res = await request(t.app).get("/api/v2/bids").set(key.bearer);
    expect(res.status).toBe(401);
    expect((await admin.as.post(`/admin/users/${user.id}/reactivate`)).status).toBe(200);
    expect((await request(t.app).get("/api/v2/bids").set(key.bearer)).status).toBe(200);
  });

  it("refuses a wrong secret behind a real prefix, a malformed key, someone else's key id, and an inactive account", async () => {
    const { auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read"]);
    const forged = `${key.secret.slice(0, 20)}${"A".repeat(24)}`;
    expect((await request(t.app).get("/api/v2/bids").set("Authorization", `Bearer ${forged}`)).status).toBe(401);
    expect((await request(t.app).get("/api/v2/bids").set("Authorization", "Bearer hk_live_short")).status).toBe(401);
    const stranger = await trader(t, "financer");
    expect((await request(t.app).delete(`/api/v2/api-keys/${key.id}`).set(stranger.auth)).status).toBe(404);
    expect((await request(t.app).get("/api/v2/bids").set(key.bearer)).status).toBe(200);
    const pending = await signedInUser(t.prisma, { status: "pending" });
    const refused = await request(t.app).post("/api/v2/api-keys").set(pending.auth).send({ name: "x", scopes: ["read"] });
    expect(refused.status).toBe(403);
    const invalid = await request(t.app).post("/api/v2/api-keys").set(auth).send({ name: "", scopes: ["admin"] });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(["name", "scopes.0"]);
  });

  it("records when a key was last used", async () => {
    const { auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read"]);
    await request(t.app).get("/api/v2/dashboard").set(key.bearer);
    for (let i = 0; i < 50 && !(await t.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id } })).lastUsedAt; i++) await new Promise((r) => setTimeout(r, 20));
    const listed = await request(t.app).get("/api/v2/api-keys").set(auth);
    expect(listed.body.data[0].last_used_at).toEqual(expect.any(String));
  });

  it("has its own rate-limit bucket, apart from its owner's token", async () => {
    const limited = await createTestApp({ env: { RATE_LIMIT_PER_MINUTE: "3" } });
    try {
      const { auth } = await trader(limited, "investor");
      const key = await keyFor(auth, ["read"], limited.app);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await request(limited.app).get("/api/v2/bids").set(key.bearer)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await request(limited.app).get("/api/v2/bids").set(auth)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("is refused in production when it is a test key", async () => {
    const { auth } = await trader(t, "investor");
    const key = await keyFor(auth, ["read"]);
    const prefix = apiKeyPrefix(key.secret)!;
    expect(await findApiKey(t.prisma, prefix, { refuseTestKeys: false })).not.toBeNull();
    expect(await findApiKey(t.prisma, prefix, { refuseTestKeys: true })).toBeNull();
    const production = createCallerPolicy(t.prisma, { jwtSecret: TEST_JWT_SECRET, refuseTestKeys: true });
    expect(await production.resolveClaims(production.verifyToken(key.secret))).toBeNull();
    const development = createCallerPolicy(t.prisma, { jwtSecret: TEST_JWT_SECRET });
    expect((await development.resolveClaims(development.verifyToken(key.secret)))?.apiKey?.id).toBe(key.id);
  });

  it("never writes the secret to the log", async () => {
    const { logger, lines } = capturedLogger("debug");
    const config = loadConfig(testEnv());
    const database = connectDatabase({ url: config.databaseUrl!, poolSize: 2, logger: createLogger("silent") });
    const deps = createAppDeps(config, logger, database);
    try {
      const app = buildApp(deps);
      const { auth } = await trader(t, "investor");
      const key = await keyFor(auth, ["read"], app);
      await request(app).get("/api/v2/bids").set(key.bearer);
      await request(app).get("/api/v2/bids").set("Authorization", `Bearer ${key.secret.slice(0, 30)}x`);
      expect(lines.length).toBeGreaterThan(0);
      expect(JSON.stringify(lines)).not.toContain(key.secret.slice(20));
    } finally {
      await closeAppDeps(deps);
      await database.close();
    }
  });
});
