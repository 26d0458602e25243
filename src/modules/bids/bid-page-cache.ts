import type pg from "pg";
import type { Db } from "../../db/prisma.ts";
import { VersionCheckedCache } from "../../db/version-checked-cache.ts";
import type { BidListingQuery } from "./bid-listing.ts";

// Bidders and owners poll GET /bids; between two changes of their bids each poll read and presented
// the same page again (about 0.4 ms of PostgreSQL and 0.9 ms of the server's CPU for the bench's heavy
// funder). A page is now kept per user, role and query with the version of that user's bid pages
// (migration 20261203190000_bid_page_versions: triggers raise it in the same transaction as any change
// to a bid of theirs, to a unit they bid on or own, or to the name of a bidder on their units). Every
// request reads the version first, a one-row indexed read, and is answered from memory only when the
// page was read under that same version (db/version-checked-cache.ts): a bid placed through any
// instance, or expired by the sweep, is on the user's very next page, whichever instance answers it.
// A page shows no balance and decides nothing: every bid step reads its rows under row locks.
//
// Bounds: 1,000 pages (about 40 KB each as objects: 40 MB at worst), the oldest going first; 30 s each.

const PAGE_TTL_MS = 30_000;
const MAX_PAGES = 1_000;

export interface BidPage {
  items: unknown[];
  total: number;
}

export const createBidPageCache = () => new VersionCheckedCache<BidPage>({ ttlMs: PAGE_TTL_MS, maxEntries: MAX_PAGES });

/**
 * The version of a user's GET /bids pages (migration 20261203190000_bid_page_versions). Read through
 * pg on the pool Prisma's adapter uses, not through Prisma: it is one number that decides nothing,
 * read on every request, and Prisma's query path cost the server more than the rest of a cached
 * answer (0.74-0.93 against 0.41-0.51 ms of CPU per request, measured; README).
 */
export async function bidPagesVersion(pool: pg.Pool, userId: number): Promise<bigint> {
  const { rows } = await pool.query<{ version: string }>({ name: "bid_pages_version", text: "SELECT COALESCE(SUM(version), 0)::text AS version FROM bid_page_versions WHERE user_id = $1", values: [userId] });
  return BigInt(rows[0]!.version);
}

/** Folds the version rows of ended database backends into each user's row 0, leaving every version as it was (the sweep runs it). */
export async function foldBidPageVersions(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<[{ folded: bigint }]>`SELECT fold_bid_page_versions() AS folded`;
  return Number(row.folded);
}

/** A page's key: who asks, in which role (a bidder's own bids, or the bids on an owner's units), and what they asked. */
export const bidPageKey = (userId: number, asBidder: boolean, query: BidListingQuery) => `${userId}|${asBidder ? "bidder" : "owner"}|${query.page}|${query.per_page}|${query.status ?? ""}`;
