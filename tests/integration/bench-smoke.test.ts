import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { load } from "../../bench/load.ts";
import { seedMarket } from "../../bench/seed.ts";
import { buildApp } from "../../src/app.ts";
import { closeAppDeps, createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { createLogger } from "../../src/logger.ts";
import { issueAccessToken } from "../../src/modules/auth/access-tokens.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { testEnv, TEST_JWT_SECRET } from "../helpers/test-app.ts";

// The benchmark is not a test, but its parts must not rot: seed a small market with the bench's own
// seeding in a database of its own, then drive one scenario with the bench's load driver for a second.

let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_bench_smoke");
}, 120_000);
afterAll(() => db?.drop());

describe("bench", () => {
  it("seeds a market and loads the listing with no failed request", async () => {
    const pool = new pg.Pool({ connectionString: db.url });
    const counts = await seedMarket(pool, { units: 400, owners: 20, funders: 10 });
    expect(counts.units).toBe(400);
    expect(counts.bids).toBeGreaterThan(400);
    const config = loadConfig(testEnv({ DATABASE_URL: db.url }));
    const database = connectDatabase({ url: db.url, poolSize: 4, logger: createLogger("silent") });
    // The seeded money history is the API's own postings: every ended bid has its hold, and the
    // ledger's invariants hold over all of it.
    const { rows: history } = await pool.query<{ ended: number; holds: number; transactions: number }>(`
      SELECT (SELECT COUNT(*) FROM bids WHERE status IN ('Accepted', 'Rejected'))::int AS ended, (SELECT COUNT(*) FROM holds)::int AS holds,
             (SELECT COUNT(*) FROM ledger_transactions)::int AS transactions`);
    expect(history[0]!.ended).toBeGreaterThan(0);
    expect(history[0]!.holds).toBe(history[0]!.ended);
    expect(history[0]!.transactions).toBeGreaterThan(2 * history[0]!.ended);
    expect(await checkLedger(database.prisma)).toEqual([]);
    const deps = createAppDeps(config, createLogger("silent"), database);
    const server = buildApp(deps).listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const funder = (await pool.query("SELECT id FROM users WHERE email = 'funder1@bench.hundi'")).rows[0].id as number;
      const { token } = await issueAccessToken(database.prisma, { userId: funder, role: "investor", secret: TEST_JWT_SECRET });
      const result = await load({ name: "listing", base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connections: 4, seconds: 1, next: () => ({ path: "/api/v2/factoring-units", token }) });
      expect(result.total).toBeGreaterThan(0);
      expect(result.errors + result.non2xx).toBe(0);
    } finally {
      server.close();
      await closeAppDeps(deps);
      await database.close();
      await pool.end();
    }
  }, 60_000);
});
