import type { Db } from "../../db/prisma.ts";
import { Prisma, type FactoringUnitStatus } from "../../generated/prisma/client.ts";

// An investor's or financer's GET /factoring-units, in raw SQL. It replaces a Prisma findMany + count
// over `status = 'Bidding' OR funder_id = me OR EXISTS (my bid)`: PostgreSQL cannot use an index for
// that OR, so every request scanned and counted the whole market (3.5 s p50 at 200k units under
// load). Here the visible set is split into two disjoint arms that each have an index:
//   - the market: units in Bidding (index on status + sort key), and
//   - mine: units I funded or bid on that are no longer Bidding (funder_id; bids by bidder_id).
// The page is the top `offset + per_page` of each arm merged; the total is the market's count from
// factoring_unit_status_counts (kept by triggers, no scan) when no amount filter applies, plus mine.
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

/** The ids of one page, in order, and the total, for a bidder (investor or financer). */
export async function marketListingPage(db: Db, bidderId: number, query: MarketListingQuery): Promise<{ ids: number[]; total: number }> {
  const order = ORDER[query.sort];
  const offset = (query.page - 1) * query.per_page;
  const depth = offset + query.per_page;
  const amount = Prisma.sql`${query.min_amount === undefined ? Prisma.empty : Prisma.sql`AND invoice_total >= ${query.min_amount}`}
    ${query.max_amount === undefined ? Prisma.empty : Prisma.sql`AND invoice_total <= ${query.max_amount}`}`;
  const myAmount = Prisma.sql`${query.min_amount === undefined ? Prisma.empty : Prisma.sql`AND f.invoice_total >= ${query.min_amount}`}
    ${query.max_amount === undefined ? Prisma.empty : Prisma.sql`AND f.invoice_total <= ${query.max_amount}`}`;
  const withMarket = query.status === undefined || query.status === "Bidding";
  const withMine = query.status !== "Bidding";
  const mineStatus = query.status === undefined ? Prisma.sql`AND f.status <> 'Bidding'` : Prisma.sql`AND f.status = ${query.status}::"FactoringUnitStatus"`;
  // My units are looked up one by one by primary key from my own ids (LATERAL), so this arm costs what
  // my activity costs; as `id IN (...)` (or a LATERAL the planner may flatten) it hashes the ids and
  // scans the whole table. `LIMIT 1` keeps the LATERAL a per-id index lookup. Pending bids are left out:
  // a unit with a pending bid is always Bidding (leaving Bidding ends every pending bid; the property
  // test checks it), so it is in the market arm already.
  const mine = Prisma.sql`
    SELECT f.id, f.created_at, f.invoice_total
      FROM (SELECT id FROM factoring_units WHERE funder_id = ${bidderId}
            UNION SELECT factoring_unit_id FROM bids WHERE bidder_id = ${bidderId} AND status <> 'Pending') my
     CROSS JOIN LATERAL (SELECT id, created_at, invoice_total, status FROM factoring_units WHERE id = my.id LIMIT 1) f
     WHERE TRUE ${mineStatus} ${myAmount}`;

  const noAmountFilter = query.min_amount === undefined && query.max_amount === undefined;
  const marketCount = !withMarket
    ? Prisma.sql`0`
    : noAmountFilter
      ? Prisma.sql`(SELECT COALESCE(SUM(count), 0) FROM factoring_unit_status_counts WHERE status = 'Bidding')`
      : Prisma.sql`(SELECT COUNT(*) FROM factoring_units WHERE status = 'Bidding' ${amount})`;
  const arms: Prisma.Sql[] = [];
  if (withMarket) arms.push(Prisma.sql`(SELECT id, created_at, invoice_total FROM factoring_units WHERE status = 'Bidding' ${amount} ORDER BY ${order} LIMIT ${depth})`);
  if (withMine) arms.push(Prisma.sql`(SELECT id, created_at, invoice_total FROM mine ORDER BY ${order} LIMIT ${depth})`);
  // One statement: my units are looked up once (MATERIALIZED) for both the page and the total.
  const rows = await db.$queryRaw<{ id: number | null; total: bigint }[]>`
    WITH mine AS MATERIALIZED (${withMine ? mine : Prisma.sql`SELECT NULL::int AS id, NULL::timestamp AS created_at, NULL::bigint AS invoice_total WHERE FALSE`}),
         total AS (SELECT (${marketCount} + (SELECT COUNT(*) FROM mine))::bigint AS total),
         page AS (SELECT id, created_at, invoice_total FROM (${Prisma.join(arms, " UNION ALL ")}) visible ORDER BY ${order} LIMIT ${query.per_page} OFFSET ${offset})
    SELECT page.id, total.total FROM total LEFT JOIN page ON TRUE ORDER BY ${orderOfPage[query.sort]}`;
  const total = Number(rows[0]?.total ?? 0);
  return { ids: rows.flatMap((row) => (row.id === null ? [] : [row.id])), total };
}
