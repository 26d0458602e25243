import type { AppDeps } from "../../app-deps.ts";
import { NotifiedCache } from "../../db/notified-cache.ts";
import type { Logger } from "../../logger.ts";
import type { BidListingQuery } from "./bid-listing.ts";

// Bidders waiting on an owner's decision poll GET /bids, and owners poll the bids on their units.
// A user's pages are kept, per query, until one of the bids or units they show changes: migration
// 20261203180000_bid_change_notifications notifies `hundi_bids` with the id of every user whose pages
// show a changed bid or unit (an empty payload for a rename, which touches everyone's), and each
// instance forgets those users' pages when it commits (db/notified-cache.ts says what makes serving
// from memory safe). A page decides nothing: withdrawing, accepting and rejecting read the bid under
// its row lock.
//
// Bounds: pages live 30 s at most and 2,000 are kept (about 20 KB each as objects: 40 MB at worst).

export const BID_CHANGES_CHANNEL = "hundi_bids";
const PAGE_TTL_MS = 30_000;
const MAX_PAGES = 2_000;

export function createBidPagesCache(listen: { url: string; logger: Logger } | undefined): AppDeps["bidPages"] {
  return new NotifiedCache({ channel: BID_CHANGES_CHANNEL, listen, ttlMs: PAGE_TTL_MS, maxEntries: MAX_PAGES });
}

export const bidPageKey = (viewer: { userId: number; asBidder: boolean }, query: BidListingQuery) =>
  `${viewer.userId}|${viewer.asBidder ? "bidder" : "owner"}|${query.page}|${query.per_page}|${query.status ?? ""}`;

/** The group a user's pages are kept under: the payload the triggers send for them. */
export const bidPagesOf = (userId: number) => String(userId);

/**
 * After a use case changed bids: this instance forgets the caller's pages before it answers, so their
 * next read sees the change (other users' pages, here and elsewhere, go when the notification arrives).
 * `everyone`: a change whose other parties the caller's answer does not name (an acceptance rejects
 * other bidders' bids) forgets every page here, for the same immediacy.
 */
export function forgetBidPages(deps: Pick<AppDeps, "bidPages">, userId: number, options: { everyone?: boolean } = {}): void {
  if (options.everyone) deps.bidPages.forgetAll();
  else deps.bidPages.forgetGroup(bidPagesOf(userId));
}
