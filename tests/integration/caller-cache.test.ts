import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { suspendUser } from "../../src/modules/accounts/account-admin.service.ts";
import { createCallerPolicy } from "../../src/modules/auth/caller-policy.ts";
import { readVerifiedClaims } from "../../src/modules/auth/access-tokens.ts";
import { createLogger } from "../../src/logger.ts";
import type { Database } from "../../src/db/prisma.ts";
import { signedInUser } from "../helpers/factories.ts";
import { appWithAnotherProcess, silently as silentlyOn, within } from "../helpers/database-changes.ts";
import { TEST_JWT_SECRET, type TestApp } from "../helpers/test-app.ts";

// The caller cache (src/modules/auth/caller-cache.ts) against a real PostgreSQL: what it serves from
// memory, and every way a change made elsewhere (another instance, the CLI, psql) reaches it. This file
// has a database of its own: it terminates listening connections, which must not disturb other files.

const env = appWithAnotherProcess("hundi_caller_cache", (t) => t.deps.callers.ready());
let db: typeof env.db;
let t: TestApp;
let other: Database; // another process's connection: changes from here reach the app only by NOTIFY
beforeAll(() => {
  ({ db, t, other } = env);
});

/** A change made as another process would, that fires no trigger. */
const silently = (sql: string, ...values: unknown[]) => silentlyOn(other, sql, ...values);
const status = async (token: string) => (await request(t.app).get("/api/v2/payments/wallet").set("Authorization", `Bearer ${token}`)).status;

describe("caller cache", () => {
  it("answers from memory once a caller is known (a change that notifies nobody is not seen)", async () => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const token = auth.Authorization.replace("Bearer ", "");
    expect(await status(token)).toBe(200);
    await silently("UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1", user.id);
    expect(await status(token)).toBe(200);
  });

  it("a token revoked by another process is refused as soon as the commit is notified", async () => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const token = auth.Authorization.replace("Bearer ", "");
    expect(await status(token)).toBe(200);
    await other.prisma.accessToken.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    expect(await within(2_000, async () => (await status(token)) === 401)).toBe(true);
  });

  it("an account suspended from the admin CLI's use case is refused on its next requests", async () => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const token = auth.Authorization.replace("Bearer ", "");
    expect(await status(token)).toBe(200);
    // Suspended accounts may still read their wallet; a top-up order is refused before its body is read.
    const createOrder = async () => (await request(t.app).post("/api/v2/payments/create-order").set("Authorization", `Bearer ${token}`).send({})).status;
    expect(await createOrder()).toBe(422);
    await suspendUser({ prisma: other.prisma }, { actor: { name: "cli:test" }, ref: user.email, reason: "test" });
    expect(await within(2_000, async () => (await createOrder()) === 403)).toBe(true);
  });

  it("this instance's own logout is refused on the very next request (no wait for the notification)", async () => {
    const { auth } = await signedInUser(t.prisma, { role: "investor" });
    const token = auth.Authorization.replace("Bearer ", "");
    expect(await status(token)).toBe(200);
    expect((await request(t.app).post("/api/v2/auth/logout").set(auth)).status).toBe(200);
    expect(await status(token)).toBe(401);
  });

  it("serves nothing from memory while the notification connection is lost, and resumes when it is back", async () => {
    const policy = createCallerPolicy(t.prisma, { jwtSecret: TEST_JWT_SECRET, listen: { url: db.url, logger: createLogger("silent") } });
    try {
      await policy.ready();
      const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
      const claims = readVerifiedClaims(auth.Authorization.replace("Bearer ", ""), TEST_JWT_SECRET);
      expect(await policy.resolveClaims(claims)).not.toBeNull();
      await other.prisma.$queryRawUnsafe("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'");
      // Not notified (replica mode), yet refused: with no listener the cache is bypassed and forgotten.
      await silently("UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1", user.id);
      expect(await within(2_000, async () => (await policy.resolveClaims(claims)) === null)).toBe(true);
      // Back: a new caller is remembered again.
      const again = await signedInUser(t.prisma, { role: "investor" });
      const fresh = readVerifiedClaims(again.auth.Authorization.replace("Bearer ", ""), TEST_JWT_SECRET);
      await policy.ready();
      expect(await policy.resolveClaims(fresh)).not.toBeNull();
      await silently("UPDATE access_tokens SET revoked_at = now() WHERE user_id = $1", again.user.id);
      expect(await policy.resolveClaims(fresh)).not.toBeNull();
    } finally {
      await policy.close();
    }
  });

  it("a KYC check recorded elsewhere reaches the trading gate", async () => {
    const { auth, user } = await signedInUser(t.prisma, { role: "investor" });
    const bid = () => request(t.app).post("/api/v2/bids/999999999").set(auth).send({ bid_amount: 500, bid_percentage: 12, bid_tenure: "10" });
    expect((await bid()).body.message).toMatch(/Verify your PAN and bank account/);
    await other.prisma.kycCheck.createMany({
      data: [
        { userId: user.id, type: "pan", status: "verified", value: "ABCPZ1234Z", verifiedAt: new Date(), details: {} },
        { userId: user.id, type: "bank_account", status: "verified", value: "501000000001:HDFC0001234", verifiedAt: new Date(), details: {} },
      ],
    });
    expect(await within(2_000, async () => (await bid()).status === 404)).toBe(true);
  });
});
