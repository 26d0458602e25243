import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayInIndia } from "../../src/calendar.ts";
import type { Db } from "../../src/db/prisma.ts";
import type { FactoringUnitStatus, Prisma } from "../../src/generated/prisma/client.ts";
import { runAllSweeps } from "../../src/jobs/marketplace-sweeps.ts";
import { marketListingPage, type MarketListingQuery } from "../../src/modules/factoring-units/fu-market-listing.ts";
import { visibleFactoringUnits } from "../../src/modules/factoring-units/fu-visibility.ts";
import { isolatedMarket } from "../helpers/isolated-database.ts";

// The investor's listing fast path against the one visibility rule, on a market of its own (a
// database nobody else writes to, so both answers are about the same units).

let market: Awaited<ReturnType<typeof isolatedMarket>>;
let pool: pg.Pool;
let prisma: Db;
beforeAll(async () => {
  market = await isolatedMarket("hundi_listing", { units: 1500, owners: 30, funders: 12 });
  ({ pool, prisma } = market);
  // Units on the edges of amount buckets (a bucket's first and last amount), which the seed's amounts
  // never hit: a count that is off by one at an edge must show.
  await pool.query(`
    UPDATE factoring_units SET invoice_total = edge, total = LEAST(total, edge), finance_amount = LEAST(finance_amount, edge)
      FROM (SELECT id AS unit_id, (ARRAY[200000, 510000, 519999, 1000000, 999999])[1 + (id / 40) % 5]::bigint AS edge FROM factoring_units) e
     WHERE e.unit_id = factoring_units.id AND status = 'Bidding' AND id % 40 = 3`);
}, 120_000);
afterAll(async () => {
  await market?.close();
});

const ORDER: Record<MarketListingQuery["sort"], Prisma.FactoringUnitOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "desc" }],
  amount_asc: [{ invoiceTotal: "asc" }, { id: "asc" }],
  amount_desc: [{ invoiceTotal: "desc" }, { id: "desc" }],
};

async function reference(bidderId: number, query: MarketListingQuery) {
  const where: Prisma.FactoringUnitWhereInput = {
    AND: [
      visibleFactoringUnits({ id: bidderId, role: "investor" }),
      query.status ? { status: query.status } : {},
      query.min_amount !== undefined || query.max_amount !== undefined ? { invoiceTotal: { gte: query.min_amount, lte: query.max_amount } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    prisma.factoringUnit.findMany({ where, orderBy: ORDER[query.sort], skip: (query.page - 1) * query.per_page, take: query.per_page, include: { owner: { select: { id: true, name: true, entityName: true } } } }),
    prisma.factoringUnit.count({ where }),
  ]);
  return { units: rows, total };
}

/** factoring_unit_participants against what it stands for: funders and settled bidders, with the unit's copied columns. */
async function participantsDrift() {
  const { rows } = await pool.query<{ drift: string }>(`
    WITH expected AS (
      SELECT b.bidder_id AS user_id, fu.id AS factoring_unit_id, fu.status, fu.created_at, fu.invoice_total
        FROM bids b JOIN factoring_units fu ON fu.id = b.factoring_unit_id WHERE b.status <> 'Pending'
      UNION
      SELECT fu.funder_id, fu.id, fu.status, fu.created_at, fu.invoice_total FROM factoring_units fu WHERE fu.funder_id IS NOT NULL
    )
    SELECT COUNT(*) AS drift FROM (
      (SELECT * FROM expected EXCEPT SELECT user_id, factoring_unit_id, status, created_at, invoice_total FROM factoring_unit_participants)
      UNION ALL
      (SELECT user_id, factoring_unit_id, status, created_at, invoice_total FROM factoring_unit_participants EXCEPT SELECT * FROM expected)
    ) d`);
  return Number(rows[0]!.drift);
}

// Amount filters against the listing's bucketed count (biddingCountInRange): none; open-ended either
// way; a range over many buckets; both ends in one bucket (510,000-519,999 paise); ends either side of
// a bucket's start (510,000); a bound exactly on a bucket's start (1,000,000: a new digit count); one
// exact amount of a seeded unit (118,000 + 1,180 x 1).
const AMOUNT_RANGES = [
  [undefined, undefined],
  [200_000n, undefined],
  [undefined, 300_000n],
  [150_000n, 600_000n],
  [510_000n, 519_999n],
  [500_000n, 510_000n],
  [1_000_000n, undefined],
  [119_180n, 119_180n],
] as const;

/** Users and statuses where participant_counts and a count of factoring_unit_participants differ. */
async function participantCountDrift() {
  const { rows } = await pool.query<{ drift: string }>(`
    WITH truth AS (SELECT user_id, status, COUNT(*) AS count FROM factoring_unit_participants GROUP BY 1, 2),
         kept AS (SELECT user_id, status, SUM(count) AS count FROM participant_counts GROUP BY 1, 2 HAVING SUM(count) <> 0)
    SELECT COUNT(*) AS drift FROM truth FULL JOIN kept USING (user_id, status) WHERE truth.count IS DISTINCT FROM kept.count`);
  return Number(rows[0]!.drift);
}

/** Buckets where bidding_amount_counts and a count of the Bidding units differ. */
async function bucketDrift() {
  const { rows } = await pool.query<{ drift: string }>(`
    WITH truth AS (SELECT invoice_amount_bucket(invoice_total) AS bucket, COUNT(*) AS count FROM factoring_units WHERE status = 'Bidding' GROUP BY 1),
         kept AS (SELECT bucket, SUM(count) AS count FROM bidding_amount_counts GROUP BY 1 HAVING SUM(count) <> 0)
    SELECT COUNT(*) AS drift FROM truth FULL JOIN kept USING (bucket) WHERE truth.count IS DISTINCT FROM kept.count`);
  return Number(rows[0]!.drift);
}

/** Beyond Linux's largest pid_max (2^22): no backend ever has these pids. */
const ENDED_PIDS = [4_194_305, 4_194_306];

/** Moves part of the Bidding count and of one bucket's count to rows of ended backends. */
async function plantEndedBackendRows() {
  await pool.query(`
    WITH moved AS (UPDATE factoring_unit_status_counts SET count = count - 5
                    WHERE status = 'Bidding' AND backend_pid = (SELECT backend_pid FROM factoring_unit_status_counts WHERE status = 'Bidding' ORDER BY count DESC LIMIT 1) RETURNING status)
    INSERT INTO factoring_unit_status_counts (status, backend_pid, count) SELECT status, p, c FROM moved, (VALUES (${ENDED_PIDS[0]}, 3), (${ENDED_PIDS[1]}, 2)) v(p, c)`);
  await pool.query(`
    WITH moved AS (UPDATE bidding_amount_counts SET count = count - 2
                    WHERE (bucket, backend_pid) = (SELECT bucket, backend_pid FROM bidding_amount_counts WHERE count >= 2 ORDER BY bucket, backend_pid LIMIT 1) RETURNING bucket)
    INSERT INTO bidding_amount_counts (bucket, backend_pid, count) SELECT bucket, ${ENDED_PIDS[0]}, 2 FROM moved`);
  const planted = await pool.query("SELECT (SELECT COUNT(*) FROM factoring_unit_status_counts WHERE backend_pid = ANY($1)) + (SELECT COUNT(*) FROM bidding_amount_counts WHERE backend_pid = ANY($1)) AS n", [ENDED_PIDS]);
  expect(Number(planted.rows[0].n)).toBe(3);
}

describe("the investor's listing", () => {
  it("returns exactly the units and total the visibility rule gives, for every filter, sort and page", async () => {
    const funders = (await pool.query<{ id: number }>("SELECT id FROM users WHERE email LIKE 'funder%@bench.hundi' ORDER BY id")).rows.map((r) => r.id);
    const statuses: (FactoringUnitStatus | undefined)[] = [undefined, "Bidding", "Financed", "Overdue", "Repaid", "Cancelled", "Expired"];
    let compared = 0;
    for (const bidderId of [funders[0]!, funders[5]!, funders[11]!]) {
      for (const status of statuses) {
        for (const sort of ["newest", "amount_asc", "amount_desc"] as const) {
          for (const [min, max] of AMOUNT_RANGES) {
            for (const [page, perPage] of [[1, 20], [3, 7], [40, 20]] as const) {
              const query: MarketListingQuery = { page, per_page: perPage, status, sort, min_amount: min, max_amount: max };
              expect(await marketListingPage(prisma, bidderId, query), JSON.stringify({ bidderId, ...query }, (_k, v) => (typeof v === "bigint" ? String(v) : v))).toEqual(await reference(bidderId, query));
              compared++;
            }
          }
        }
      }
    }
    expect(compared).toBe(3 * 7 * 3 * AMOUNT_RANGES.length * 3);
  }, 120_000);

  it("keeps the per-status counts, the amount buckets and the participants equal to the rows through inserts and bulk status changes", async () => {
    expect(await participantsDrift()).toBe(0);
    expect(await participantCountDrift()).toBe(0);
    expect(await bucketDrift()).toBe(0);
    const counted = async () =>
      (
        await pool.query<{ status: string; rows: string; counted: string }>(`
          SELECT s.status::text, (SELECT COUNT(*) FROM factoring_units fu WHERE fu.status = s.status) AS rows,
                 (SELECT COALESCE(SUM(count), 0) FROM factoring_unit_status_counts c WHERE c.status = s.status) AS counted
            FROM unnest(enum_range(NULL::"FactoringUnitStatus")) AS s(status)`)
      ).rows;
    for (const row of await counted()) expect(row.counted, row.status).toBe(row.rows);
    // Rows ended backends left: part of the counts moved to pids no live backend can have
    // (above Linux's pid_max), so every sum stays true and only a fold that adds them back keeps it so.
    await plantEndedBackendRows();
    for (const row of await counted()) expect(row.counted, row.status).toBe(row.rows);
    expect(await bucketDrift()).toBe(0);
    // Time passes: units lapse and financed ones go overdue, many at once.
    await pool.query(`UPDATE factoring_units SET due_date = current_date + 3 WHERE status = 'Bidding' AND id % 5 = 0`);
    await pool.query(`UPDATE factoring_units SET due_date = current_date - 1 WHERE status = 'Financed' AND id % 3 = 0`);
    const swept = await runAllSweeps(prisma, { marketplace: { bidValidityDays: 7, minTenorDays: 15, minInterestDays: 7 } }, { today: todayInIndia() });
    expect(swept.overdue.length).toBeGreaterThan(0);
    expect(swept.expiredUnits.length).toBeGreaterThan(0);
    for (const row of await counted()) expect(row.counted, row.status).toBe(row.rows);
    expect(await participantsDrift()).toBe(0);
    expect(await participantCountDrift()).toBe(0);
    expect(await bucketDrift()).toBe(0);
    // The sweep folded the status, bucket and participant rows of ended backends (the planted ones
    // among them) into backend 0, and the sums above held.
    for (const table of ["factoring_unit_status_counts", "bidding_amount_counts", "participant_counts"]) {
      expect(Number((await pool.query(`SELECT COUNT(*) FROM ${table} WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)`)).rows[0].count), table).toBe(0);
    }
    // And the listing still gives what the rule gives after the sweeps moved units and bids.
    const funders = (await pool.query<{ id: number }>("SELECT id FROM users WHERE email LIKE 'funder%@bench.hundi' ORDER BY id")).rows.map((r) => r.id);
    for (const bidderId of [funders[0]!, funders[7]!]) {
      for (const status of [undefined, "Expired", "Overdue"] as const) {
        const query: MarketListingQuery = { page: 1, per_page: 50, status, sort: "newest" };
        expect(await marketListingPage(prisma, bidderId, query)).toEqual(await reference(bidderId, query));
      }
    }
  }, 120_000);
});
