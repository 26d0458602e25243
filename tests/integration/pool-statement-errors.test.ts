import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { bid, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

// A statement the server refused leaves its connection in the pool; a connection the server ended
// does not (db/prisma.ts queryKeepingHealthyConnections).

const backendPid = async (db: Database) => (await db.pool.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;

describe("one pooled connection, statements that fail", () => {
  let db: Database;
  let removed: number;
  beforeAll(() => {
    db = connectDatabase({ url: testEnv().DATABASE_URL!, poolSize: 1, logger: createLogger("silent") });
    db.pool.on("remove", () => removed++);
  });
  afterEach(() => expect(db.pool.totalCount).toBeLessThanOrEqual(1));
  afterAll(() => db.close());

  it("keeps the session after a unique violation through pg: its temporary table is still there", async () => {
    removed = 0;
    const pid = await backendPid(db);
    await db.pool.query("CREATE TEMPORARY TABLE IF NOT EXISTS kept (id int PRIMARY KEY)");
    await db.pool.query("INSERT INTO kept VALUES ($1)", [1]);
    await expect(db.pool.query("INSERT INTO kept VALUES ($1)", [1])).rejects.toMatchObject({ code: "23505" });
    expect((await db.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM kept")).rows).toEqual([{ n: 1 }]);
    expect(await backendPid(db)).toBe(pid);
    expect(removed).toBe(0);
  });

  it("keeps it after Prisma's prepared statement fails on one value, and that statement runs on the next", async () => {
    removed = 0;
    const pid = await backendPid(db);
    const divide = (by: number) => db.prisma.$queryRaw<{ q: number }[]>(Prisma.sql`SELECT (10 / ${by}::int)::int AS q`);
    expect(await divide(2)).toEqual([{ q: 5 }]);
    await expect(divide(0)).rejects.toThrow(/division by zero/);
    expect(await divide(5)).toEqual([{ q: 2 }]);
    expect(await backendPid(db)).toBe(pid);
    expect(removed).toBe(0);
  });

  it("closes a connection whose multi-statement text failed inside BEGIN (pg-boss's maintenance sends such texts)", async () => {
    removed = 0;
    const pid = await backendPid(db);
    await expect(db.pool.query("BEGIN; SELECT 1 / 0; COMMIT;")).rejects.toMatchObject({ code: "22012" });
    // The session that failed is left in an aborted transaction; the next query must not meet it.
    expect((await db.pool.query<{ one: number }>("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    expect(await backendPid(db)).not.toBe(pid);
    expect(removed).toBe(1);
  });

  it("closes a connection whose backend was terminated, and the next statement runs on a new one", async () => {
    removed = 0;
    const pid = await backendPid(db);
    await expect(db.pool.query("SELECT pg_terminate_backend(pg_backend_pid())")).rejects.toMatchObject({ code: "57P01" });
    const next = await backendPid(db);
    expect(next).not.toBe(pid);
    expect(removed).toBe(1);
  });

  it("refuses the callback form instead of leaving a callback that is never called", async () => {
    const withCallback = db.pool.query as unknown as (text: string, values: unknown) => Promise<unknown>;
    await expect(withCallback("SELECT 1", () => undefined)).rejects.toThrow(/callbacks are not supported/);
  });
});

describe("refusals the API answers from a statement error", () => {
  let t: TestApp;
  let removed = 0;
  beforeAll(async () => {
    t = await createTestApp();
    t.deps.pool.on("remove", () => removed++);
  });
  afterAll(() => t.close());

  it("a second live bid (409) and an overdraft (422) close no connection", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 5_000_000n);
    const fu = await listUnit(t, owner.auth);
    const other = await listUnit(t, owner.auth);
    await placedBid(t, investor.auth, fu.id, { bid_amount: 100 });
    removed = 0;
    const duplicates = await Promise.all(Array.from({ length: 20 }, () => bid(t, investor.auth, fu.id, { bid_amount: 100 })));
    expect(duplicates.map((res) => res.status)).toEqual(Array(20).fill(409));
    const overdraft = await bid(t, investor.auth, other.id, { bid_amount: 50000 });
    expect(overdraft.status).toBe(422);
    expect(removed).toBe(0);
  });
});
