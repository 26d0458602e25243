import type { Db } from "../../db/prisma.ts";
import { recordColumnsSql, recordFromJson } from "../../db/json-records.ts";
import { pageDepthLimit } from "../../db/page-depth.ts";
import { Prisma, type FactoringUnit, type FactoringUnitStatus, type User } from "../../generated/prisma/client.ts";
import { factoringUnitColumns, personJsonSql } from "./fu-records.ts";

// An investor's or financer's GET /factoring-units, in raw SQL. It replaces a Prisma findMany + count
// over `status = 'Bidding' OR funder_id = me OR EXISTS (my bid)`: PostgreSQL cannot use an index for
// that OR, so every request scanned and counted the whole market (3.5 s p50 at 200k units under
// load). Here the visible set is split into two disjoint arms that each have an index:
//   - the market: units in Bidding (index on status + sort key), and
//   - mine: units I funded or bid on that are no longer Bidding (factoring_unit_participants).
// The page is the top `offset + per_page` of each arm merged; the total is the market's count from
// factoring_unit_status_counts (kept by triggers, no scan), or with an amount filter from
// bidding_amount_counts and the range's end buckets (biddingCountInRange), plus mine.
// The rule itself is visibleFactoringUnits (fu-visibility.ts); a test checks both give the same units.

export interface MarketListingQuery {
  page: number;
  per_page: number;
  status?: FactoringUnitStatus;
  min_amount?: bigint;
  max_amount?: bigint;
  sort: "amount_asc" | "amount_desc" | "newest";
}

const ORDER: Record<MarketListingQuery["sort"], Prisma.Sql> = {
  newest: Prisma.sql`created_at DESC, id DESC`,
  amount_asc: Prisma.sql`invoice_total ASC, id ASC`,
  amount_desc: Prisma.sql`invoice_total DESC, id DESC`,
};

const orderOfPage: Record<MarketListingQuery["sort"], Prisma.Sql> = {
  newest: Prisma.sql`page.created_at DESC, page.id DESC`,
  amount_asc: Prisma.sql`page.invoice_total ASC, page.id ASC`,
  amount_desc: Prisma.sql`page.invoice_total DESC, page.id DESC`,
};

const BIGINT_MAX = 9223372036854775807n;

/**
 * How many units in Bidding have an invoice total in [min, max], without counting the market: the
 * amount buckets wholly inside the range from bidding_amount_counts (kept by triggers), plus the units
 * of the buckets the two ends fall in, counted on the (status, invoice_total) index (migration
 * 20261203063000_bidding_amount_counts says how buckets are cut). When both ends fall in one bucket,
 * that bucket's part is the whole answer. It replaces COUNT(*) over the range, which grew with the
 * market (3.5 ms per request at 200k units against 0.15 ms); market-listing.test.ts holds it to a count.
 */
function biddingCountInRange(min: bigint, max: bigint): Prisma.Sql {
  const inRange = Prisma.sql`status = 'Bidding' AND invoice_total >= ${min}::bigint AND invoice_total <= ${max}::bigint`;
  const low = Prisma.sql`invoice_amount_bucket(${min}::bigint)`;
  const high = Prisma.sql`invoice_amount_bucket(${max}::bigint)`;
  return Prisma.sql`((SELECT COALESCE(SUM(count), 0) FROM bidding_amount_counts WHERE bucket > ${low} AND bucket < ${high})
    + (SELECT COUNT(*) FROM factoring_units WHERE ${inRange} AND invoice_total < invoice_amount_bucket_end(${low}))
    + (SELECT COUNT(*) FROM factoring_units WHERE ${inRange} AND invoice_total >= invoice_amount_bucket_start(${high}) AND ${low} < ${high}))`;
}

/** A unit of the page as Prisma would read it with `include: { owner: { select: { id, name, entityName } } }`. */
export type ListedUnit = FactoringUnit & { owner: Pick<User, "id" | "name" | "entityName"> };

/** One page of units, in order, with their owners, and the total, for a bidder (investor or financer). */
export async function marketListingPage(db: Db, bidderId: number, query: MarketListingQuery): Promise<{ units: ListedUnit[]; total: number }> {
  const order = ORDER[query.sort];
  const offset = (query.page - 1) * query.per_page;
  // Each arm reads as deep as the page needs, with a literal limit (db/page-depth.ts says why).
  const armLimit = pageDepthLimit(query);
  const amount = Prisma.sql`${query.min_amount === undefined ? Prisma.empty : Prisma.sql`AND invoice_total >= ${query.min_amount}`}
    ${query.max_amount === undefined ? Prisma.empty : Prisma.sql`AND invoice_total <= ${query.max_amount}`}`;
  const withMarket = query.status === undefined || query.status === "Bidding";
  const withMine = query.status !== "Bidding";
  // My units come from factoring_unit_participants (kept by triggers: units I funded or hold a settled
  // bid on, with their status and sort keys), read in index order. Pending bids are left out: a unit
  // with a pending bid is always Bidding (leaving Bidding ends every pending bid; the property test
  // checks it), so it is in the market arm already.
  const mineStatus = query.status === undefined ? Prisma.sql`AND status <> 'Bidding'` : Prisma.sql`AND status = ${query.status}::"FactoringUnitStatus"`;
  const mine = Prisma.sql`FROM factoring_unit_participants WHERE user_id = ${bidderId} ${mineStatus} ${amount}`;

  const noAmountFilter = query.min_amount === undefined && query.max_amount === undefined;
  const marketCount = !withMarket
    ? Prisma.sql`0`
    : noAmountFilter
      ? Prisma.sql`(SELECT COALESCE(SUM(count), 0) FROM factoring_unit_status_counts WHERE status = 'Bidding')`
      : biddingCountInRange(query.min_amount ?? 0n, query.max_amount ?? BIGINT_MAX);
  // Without an amount filter my part of the total comes from participant_counts (kept by triggers,
  // migration 20261203070000): a count of my rows grew with my own history.
  const mineCount = !withMine
    ? Prisma.sql`0`
    : noAmountFilter
      ? Prisma.sql`(SELECT COALESCE(SUM(count), 0) FROM participant_counts WHERE user_id = ${bidderId} ${mineStatus})`
      : Prisma.sql`(SELECT COUNT(*) ${mine})`;
  const arms: Prisma.Sql[] = [];
  if (withMarket) arms.push(Prisma.sql`(SELECT id, created_at, invoice_total FROM factoring_units WHERE status = 'Bidding' ${amount} ORDER BY ${order} LIMIT ${armLimit})`);
  if (withMine) arms.push(Prisma.sql`(SELECT factoring_unit_id AS id, created_at, invoice_total ${mine} ORDER BY ${order} LIMIT ${armLimit})`);
  // One statement for the page, its rows with their owners, and the total (it replaces the page's ids,
  // then Prisma's findMany of the units, then of their owners: three round trips). The rows come as one
  // json value (db/json-records.ts says why).
  const [row] = await db.$queryRaw<[{ listing_total: bigint; units: string }]>`
    WITH page AS (SELECT id, created_at, invoice_total FROM (${Prisma.join(arms, " UNION ALL ")}) visible ORDER BY ${order} LIMIT ${query.per_page} OFFSET ${offset})
    SELECT (${marketCount} + ${mineCount})::bigint AS listing_total,
           (SELECT COALESCE(json_agg(unit ORDER BY ${orderOfPage[query.sort]}), '[]')::text
              FROM page CROSS JOIN LATERAL (
                SELECT ${recordColumnsSql(factoringUnitColumns, "fu")}, ${personJsonSql("o")} AS owner
                  FROM factoring_units fu JOIN users o ON o.id = fu.owner_id WHERE fu.id = page.id) unit) AS units`;
  const units = (JSON.parse(row.units) as Record<string, unknown>[]).map((unit) => recordFromJson<ListedUnit>(factoringUnitColumns, unit));
  return { units, total: Number(row.listing_total) };
}

/**
 * Folds the listing's per-backend counts of ended database backends (units per status, bidding units
 * per amount bucket, each user's units per status) into backend 0, leaving every sum as it was: one
 * statement for the three tables (the sweep runs it). Returns how many rows were folded.
 */
export async function foldListingCounts(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<[{ folded: bigint }]>`
    SELECT fold_factoring_unit_status_counts() + fold_bidding_amount_counts() + fold_participant_counts() AS folded`;
  return Number(row.folded);
}
