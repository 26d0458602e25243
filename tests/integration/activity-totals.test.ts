import pg from "pg";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedMarket } from "../../bench/seed.ts";
import { todayInIndia } from "../../src/calendar.ts";
import { runAllSweeps } from "../../src/jobs/marketplace-sweeps.ts";
import { foldActivityTotals } from "../../src/modules/factoring-units/activity-totals.ts";
import { foldListingCounts } from "../../src/modules/factoring-units/fu-market-listing.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// user_activity_totals (the roll-up behind dashboards and GET /bids totals) against the rows it stands
// for, on a database of this file's own, so that "every row" means this file's rows: after set-based
// seeding, bulk status changes and sweeps, many API writes at once from many connections, rollbacks,
// and folding the rows of ended connections while others keep writing.

let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
let t: TestApp;
let pool: pg.Pool;
beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_activity");
  t = await createTestApp({ env: { DATABASE_URL: db.url } });
  pool = new pg.Pool({ connectionString: db.url, max: 12 });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await pool?.end();
  await db?.drop();
});

/** Rows of (user, subject, status) where the roll-up and a fresh aggregate of units and bids differ. */
async function drift() {
  const { rows } = await pool.query<{ drift: string }>(`
    WITH truth AS (
      SELECT fu.owner_id AS user_id, 'unit_owner' AS subject, fu.status::text AS status, COUNT(*) AS count, COALESCE(SUM(fu.principal), 0) AS amount, 0 AS repayment, 0 AS repaid
        FROM factoring_units fu GROUP BY 1, 2, 3
      UNION ALL
      SELECT fu.funder_id, 'unit_funder', fu.status::text, COUNT(*), COALESCE(SUM(fu.principal), 0), COALESCE(SUM(fu.repayment_amount), 0), COALESCE(SUM(fu.repaid_amount), 0)
        FROM factoring_units fu WHERE fu.funder_id IS NOT NULL GROUP BY 1, 2, 3
      UNION ALL
      SELECT b.bidder_id, 'bid_bidder', b.status::text, COUNT(*), SUM(b.amount), 0, 0 FROM bids b GROUP BY 1, 2, 3
      UNION ALL
      SELECT b.owner_id, 'bid_owner', b.status::text, COUNT(*), SUM(b.amount), 0, 0 FROM bids b GROUP BY 1, 2, 3
    ), kept AS (
      SELECT user_id, subject, status, SUM(count) AS count, SUM(amount) AS amount, SUM(repayment_amount) AS repayment, SUM(repaid_amount) AS repaid
        FROM user_activity_totals GROUP BY 1, 2, 3
      HAVING SUM(count) <> 0 OR SUM(amount) <> 0 OR SUM(repayment_amount) <> 0 OR SUM(repaid_amount) <> 0
    )
    SELECT COUNT(*) AS drift FROM ((SELECT user_id, subject, status, count::bigint, amount::bigint, repayment::bigint, repaid::bigint FROM truth
                                    EXCEPT SELECT user_id, subject, status, count::bigint, amount::bigint, repayment::bigint, repaid::bigint FROM kept)
                                   UNION ALL
                                   (SELECT user_id, subject, status, count::bigint, amount::bigint, repayment::bigint, repaid::bigint FROM kept
                                    EXCEPT SELECT user_id, subject, status, count::bigint, amount::bigint, repayment::bigint, repaid::bigint FROM truth)) d`);
  // The listing's participant counts (participant_counts) against a count of factoring_unit_participants.
  const participants = await pool.query<{ drift: string }>(`
    WITH truth AS (SELECT user_id, status, COUNT(*) AS count FROM factoring_unit_participants GROUP BY 1, 2),
         kept AS (SELECT user_id, status, SUM(count) AS count FROM participant_counts GROUP BY 1, 2 HAVING SUM(count) <> 0)
    SELECT COUNT(*) AS drift FROM truth FULL JOIN kept USING (user_id, status) WHERE truth.count IS DISTINCT FROM kept.count`);
  return Number(rows[0]!.drift) + Number(participants.rows[0]!.drift);
}

const totalsOf = async (userId: number) =>
  (await pool.query("SELECT subject, status, SUM(count)::int AS count, SUM(amount)::text AS amount FROM user_activity_totals WHERE user_id = $1 GROUP BY 1, 2 ORDER BY 1, 2", [userId])).rows;

describe("user activity totals", () => {
  it("equal the rows after set-based seeding, bulk status changes and the sweeps", async () => {
    await seedMarket(pool, { units: 800, owners: 40, funders: 12 });
    expect(Number((await pool.query("SELECT COUNT(*) FROM user_activity_totals")).rows[0].count)).toBeGreaterThan(0);
    expect(await drift()).toBe(0);
    await pool.query(`UPDATE factoring_units SET due_date = current_date + 3 WHERE status = 'Bidding' AND id % 5 = 0`);
    await pool.query(`UPDATE factoring_units SET due_date = current_date - 1 WHERE status = 'Financed' AND id % 3 = 0`);
    await pool.query(`UPDATE bids SET valid_until = now() - interval '1 minute' WHERE status = 'Pending' AND id % 7 = 0`);
    const swept = await runAllSweeps(t.prisma, { marketplace: { bidValidityDays: 7, minTenorDays: 15, minInterestDays: 7 } }, { today: todayInIndia() });
    expect(swept.expiredUnits.length + swept.overdue.length + swept.expiredBids.length).toBeGreaterThan(0);
    expect(await drift()).toBe(0);
    // An update that changes no status or money nets to nothing.
    const before = (await pool.query("SELECT COUNT(*) FROM user_activity_totals")).rows[0].count;
    await pool.query("UPDATE factoring_units SET updated_at = now()");
    await pool.query("UPDATE bids SET updated_at = now()");
    expect((await pool.query("SELECT COUNT(*) FROM user_activity_totals")).rows[0].count).toBe(before);
    expect(await drift()).toBe(0);
  }, 120_000);

  it("equal the rows after many bids, accepts, rejections and withdrawals at once through the API", async () => {
    const owner = await trader(t, "seller");
    const units: Awaited<ReturnType<typeof listUnit>>[] = [];
    for (let i = 0; i < 4; i++) units.push(await listUnit(t, owner.auth));
    const investors = await Promise.all(Array.from({ length: 10 }, () => trader(t, "investor", 10_000_000_00n)));
    const placed = await Promise.all(investors.flatMap((investor) => units.map(async (unit) => ({ investor, unit, bid: await placedBid(t, investor.auth, unit.id, { bid_amount: 50000 }) }))));
    expect(placed).toHaveLength(40);
    // At once: one accept per unit, a rejection on each unit, and withdrawals of other bids.
    const results = await Promise.all([
      ...units.map((unit) => decide(t, owner.auth, placed.find((p) => p.unit.id === unit.id)!.bid.id, "Accepted")),
      ...units.map((unit) => decide(t, owner.auth, placed.filter((p) => p.unit.id === unit.id)[1]!.bid.id, "Rejected")),
      ...placed.filter((_, i) => i % 5 === 4).map((p) => request(t.app).post(`/api/v2/bids/${p.bid.id}/withdraw`).set(p.investor.auth)),
    ]);
    expect(results.slice(0, 4).map((res) => res.status)).toEqual([200, 200, 200, 200]);
    expect(await drift()).toBe(0);

    const ownerTotals = await totalsOf(owner.user.id);
    expect(ownerTotals.find((row) => row.subject === "unit_owner" && row.status === "Financed")?.count).toBe(4);
    expect(ownerTotals.some((row) => row.subject === "bid_owner" && row.status === "Pending" && row.count !== 0)).toBe(false);
    // The totals behind GET /bids and the dashboard answer as a count of the rows would.
    const listed = await request(t.app).get("/api/v2/bids").set(owner.auth).query({ per_page: 5 });
    expect(listed.body.meta.total).toBe(40);
    const accepted = await request(t.app).get("/api/v2/bids").set(investors[0]!.auth).query({ status: "Accepted" });
    const acceptedCount = Number((await pool.query("SELECT COUNT(*) FROM bids WHERE bidder_id = $1 AND status = 'Accepted'", [investors[0]!.user.id])).rows[0].count);
    expect(accepted.body.meta.total).toBe(acceptedCount);
    const dashboard = await request(t.app).get("/api/v2/dashboard").set(owner.auth);
    expect(dashboard.body.data.factoring_units).toMatchObject({ Financed: 4, total: 4 });
    expect(dashboard.body.data.total_financed).toBe(200000);
  }, 120_000);

  it("lets a bid on one of an owner's units commit while a transaction holding another of their bids is open (no shared row)", async () => {
    const owner = await trader(t, "seller");
    const [first, second] = [await listUnit(t, owner.auth), await listUnit(t, owner.auth)];
    const [a, b] = await Promise.all([trader(t, "investor", 10_000_000n), trader(t, "investor", 10_000_000n)]);
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      // Open, uncommitted: a pending bid on this owner's other unit, as a slow bid transaction holds
      // it. With one counter row per owner and status, the API's bid below would wait on that row.
      await client.query(
        `INSERT INTO bids (factoring_unit_id, bidder_id, owner_id, amount, rate_bps, tenure_days, status, live_key, valid_until, updated_at)
         VALUES ($1, $2, $3, 1000, 1200, 30, 'Pending', $4, now() + interval '1 day', now())`,
        [first!.id, a.user.id, owner.user.id, `${first!.id}|${a.user.id}`],
      );
      const started = Date.now();
      const res = await Promise.race([
        request(t.app).post(`/api/v2/bids/${second!.id}`).set(b.auth).send({ bid_amount: 1000, bid_percentage: 12, bid_tenure: "30" }),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the bid waited on the open transaction")), 10_000)),
      ]);
      expect(res.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      await client.query("ROLLBACK");
      client.release();
    }
    expect(await drift()).toBe(0);
  }, 60_000);

  it("is unchanged by a change that rolls back", async () => {
    const before = await pool.query("SELECT * FROM user_activity_totals ORDER BY 1, 2, 3, 4");
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await client.query("UPDATE factoring_units SET status = 'Cancelled' WHERE status = 'Bidding'");
      await client.query("UPDATE bids SET status = 'Rejected', live_key = NULL WHERE status = 'Pending'");
      await client.query("ROLLBACK");
    } finally {
      client.release();
    }
    expect((await pool.query("SELECT * FROM user_activity_totals ORDER BY 1, 2, 3, 4")).rows).toEqual(before.rows);
  });

  it("folds the rows of ended connections into one per user while other connections keep writing, losing nothing", async () => {
    const writer = async (round: number) => {
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      try {
        for (let i = 0; i < 5; i++) {
          await client.query("BEGIN");
          await client.query(`UPDATE factoring_units SET status = CASE WHEN status = 'Cancelled' THEN 'Expired'::"FactoringUnitStatus" ELSE 'Cancelled'::"FactoringUnitStatus" END
                               WHERE status IN ('Cancelled', 'Expired') AND id % 11 = $1`, [(round + i) % 11]);
          // Only bids of the units this transaction changed, as the app does (the unit is locked first).
          await client.query(`UPDATE bids SET amount = amount + 1 WHERE status = 'Rejected' AND factoring_unit_id IN
                                 (SELECT id FROM factoring_units WHERE status IN ('Cancelled', 'Expired') AND id % 11 = $1)`, [(round + i) % 11]);
          await client.query("COMMIT");
        }
        return (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid;
      } finally {
        await client.end();
      }
    };
    const pids = new Set<number>();
    let folded = 0;
    for (let round = 0; round < 6; round++) {
      const [written] = await Promise.all([Promise.all([writer(round), writer(round + 3), writer(round + 7)]), foldActivityTotals(t.prisma).then((n) => (folded += n)), foldListingCounts(t.prisma)]);
      for (const pid of written) pids.add(pid);
    }
    expect(await drift()).toBe(0);
    // Wait for the ended connections to leave pg_stat_activity, then fold what they wrote.
    for (let i = 0; i < 50; i++) {
      const live = (await pool.query("SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ANY($1)", [[...pids]])).rows[0].count;
      if (Number(live) === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    folded += await foldActivityTotals(t.prisma);
    await foldListingCounts(t.prisma);
    expect(folded).toBeGreaterThan(0);
    expect(Number((await pool.query("SELECT COUNT(*) FROM participant_counts WHERE backend_pid = ANY($1)", [[...pids]])).rows[0].count)).toBe(0);
    expect(Number((await pool.query("SELECT COUNT(*) FROM user_activity_totals WHERE backend_pid = ANY($1)", [[...pids]])).rows[0].count)).toBe(0);
    expect(await drift()).toBe(0);
    // Every user's subject and status is at most one folded row plus one per live connection.
    const { rows } = await pool.query(
      `SELECT COUNT(*) FILTER (WHERE backend_pid = 0) AS folded, COUNT(*) FILTER (WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity)) AS ended
         FROM user_activity_totals GROUP BY user_id, subject, status ORDER BY 1 DESC LIMIT 1`,
    );
    expect(Number(rows[0].folded)).toBe(1);
    expect(Number(rows[0].ended)).toBe(0);
  }, 120_000);
});
