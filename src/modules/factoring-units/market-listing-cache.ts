import type { AppDeps } from "../../app-deps.ts";
import type { Db } from "../../db/prisma.ts";
import { VersionedCache } from "../../db/versioned-cache.ts";
import type { Logger } from "../../logger.ts";
import type { MarketListingQuery } from "./fu-market-listing.ts";

// Investors and financers poll the market listing; between two changes of the market every one of
// those polls read and presented the same page again (about 0.35 ms of PostgreSQL and 0.6 ms of the
// server's CPU per page, most of what the request cost). A page is now kept per caller and query until
// the market changes: migration 20261203170000_market_versions raises the market's version in the
// same transaction as any change to units, to a bidder's own units (factoring_unit_participants) or
// to an owner's name, each instance reads it every 50 ms, and db/versioned-cache.ts says what makes
// serving from memory safe. A page shows no balance and decides nothing; bids, acceptances and every
// money step read the units under their own row locks.
//
// Bounds: a change made elsewhere is on the pages within a poll (50 ms); pages live 30 s at most and
// 1,000 are kept (about 40 KB each as objects: 40 MB at worst), the oldest goes first.

const POLL_MS = 50;
const PAGE_TTL_MS = 30_000;
const MAX_PAGES = 1_000;

/** The market's version (migration 20261203170000_market_versions). */
export async function marketVersion(db: Db): Promise<bigint> {
  const [row] = await db.$queryRaw<[{ version: bigint }]>`SELECT COALESCE(SUM(version), 0)::bigint AS version FROM market_versions`;
  return row.version;
}

/** Folds the version rows of ended database backends into one, leaving the version as it was (the sweep runs it). */
export async function foldMarketVersions(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<[{ folded: bigint }]>`SELECT fold_market_versions() AS folded`;
  return Number(row.folded);
}

export function createMarketListingCache(db: Db, logger: Logger): AppDeps["marketListings"] {
  return new VersionedCache({ name: "market listing pages", readVersion: () => marketVersion(db), pollMs: POLL_MS, ttlMs: PAGE_TTL_MS, maxEntries: MAX_PAGES, logger });
}

/**
 * A page's key: who asks (their own units are on it), what they asked, and the day in India (a
 * financed unit's repayment figure grows with the days since financing).
 */
export const marketPageKey = (bidderId: number, query: MarketListingQuery, today: string) =>
  `${bidderId}|${today}|${query.page}|${query.per_page}|${query.sort}|${query.status ?? ""}|${query.min_amount ?? ""}|${query.max_amount ?? ""}`;

/**
 * For a use case that has just changed what listing pages show (a unit listed, cancelled, financed or
 * repaid; a bid settled; an owner renamed): this instance forgets its pages before it answers, so the
 * caller's next read sees the change (other instances forget when their poll sees the market's version move).
 */
export const forgetMarketPages = (deps: Pick<AppDeps, "marketListings">) => deps.marketListings.forgetAll();
