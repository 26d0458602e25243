import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/db/prisma.ts";
import type { BidStatus, Prisma } from "../../src/generated/prisma/client.ts";
import { bidListingPage } from "../../src/modules/bids/bid-listing.ts";
import { bidInclude } from "../../src/modules/bids/bid-presenter.ts";
import { isolatedMarket } from "../helpers/isolated-database.ts";

// GET /bids' one-statement read (bid-listing.ts) against Prisma's findMany + count of the same bids
// (what GET /bids ran before), on a market of its own: every scope, status filter and page, for a
// heavy bidder, typical ones and the units' owners (whose scope is the units they own, as before,
// not the copy of the owner on the bid that the fast path reads).

let market: Awaited<ReturnType<typeof isolatedMarket>>;
let pool: pg.Pool;
let prisma: Db;
beforeAll(async () => {
  market = await isolatedMarket("hundi_bidlist", { units: 900, owners: 20, funders: 10 });
  ({ pool, prisma } = market);
  // The seed writes Pending, Accepted and Rejected bids; end some pending ones the other two ways
  // (statuses only: this file reads bids, it does not check their money).
  await pool.query(`UPDATE bids SET status = 'Withdrawn', live_key = NULL, decided_at = now() WHERE status = 'Pending' AND id % 7 = 0`);
  await pool.query(`UPDATE bids SET status = 'Expired', live_key = NULL, decided_at = now() WHERE status = 'Pending' AND id % 7 = 1`);
}, 120_000);
afterAll(async () => {
  await market?.close();
});

const STATUSES: (BidStatus | undefined)[] = [undefined, "Pending", "Accepted", "Rejected", "Withdrawn", "Expired"];

async function reference(userId: number, asBidder: boolean, query: { page: number; per_page: number; status?: BidStatus }) {
  const where: Prisma.BidWhereInput = { ...(asBidder ? { bidderId: userId } : { factoringUnit: { ownerId: userId } }), ...(query.status ? { status: query.status } : {}) };
  const [bids, total] = await Promise.all([
    prisma.bid.findMany({ where, include: bidInclude, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (query.page - 1) * query.per_page, take: query.per_page }),
    prisma.bid.count({ where }),
  ]);
  return { bids, total };
}

describe("GET /bids' listing", () => {
  it("returns exactly the bids and total Prisma's read of the same scope gives, for every status and page", async () => {
    const bidders = (await pool.query<{ id: number; n: number }>("SELECT bidder_id AS id, COUNT(*)::int AS n FROM bids GROUP BY 1 ORDER BY 2 DESC")).rows;
    const owners = (await pool.query<{ id: number; n: number }>("SELECT fu.owner_id AS id, COUNT(*)::int AS n FROM bids b JOIN factoring_units fu ON fu.id = b.factoring_unit_id GROUP BY 1 ORDER BY 2 DESC")).rows;
    expect(bidders.length).toBeGreaterThan(3);
    expect(owners.length).toBeGreaterThan(3);
    // The heaviest, a middle one and the lightest of each side, and a user with no bids at all.
    const pick = <T,>(rows: T[]) => [rows[0]!, rows[Math.floor(rows.length / 2)]!, rows.at(-1)!];
    const nobody = (await pool.query<{ id: number }>("SELECT id FROM users WHERE id NOT IN (SELECT bidder_id FROM bids UNION SELECT owner_id FROM bids) LIMIT 1")).rows[0]!;
    const viewers = [...pick(bidders).map((row) => ({ userId: row.id, asBidder: true })), ...pick(owners).map((row) => ({ userId: row.id, asBidder: false })), { userId: nobody.id, asBidder: true }, { userId: nobody.id, asBidder: false }];
    let compared = 0;
    let nonEmpty = 0;
    const statusesSeen = new Set<string>();
    for (const viewer of viewers) {
      for (const status of STATUSES) {
        for (const [page, perPage] of [[1, 20], [2, 7], [3, 50], [1000, 20]] as const) {
          const query = { page, per_page: perPage, status };
          const [fast, slow] = await Promise.all([bidListingPage(prisma, viewer, query), reference(viewer.userId, viewer.asBidder, query)]);
          expect({ viewer, query, ...fast }).toEqual({ viewer, query, ...slow });
          compared++;
          if (fast.bids.length > 0) nonEmpty++;
          if (fast.bids.length > 0) statusesSeen.add(status ?? "any");
        }
      }
    }
    expect(compared).toBe(viewers.length * STATUSES.length * 4);
    // Not an empty comparison: a quarter of the pages had bids (the rest are past the end, of a user
    // with none, or of a rare status), and every status filter returned some.
    expect(nonEmpty).toBeGreaterThan(compared / 4);
    expect([...statusesSeen].sort()).toEqual(["Accepted", "Expired", "Pending", "Rejected", "Withdrawn", "any"]);
  }, 120_000);
});
