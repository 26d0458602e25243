import type { Db } from "../../db/prisma.ts";
import { recordColumnsSql, recordFromJson, recordObjectSql, type ColumnKind } from "../../db/json-records.ts";
import { pageDepthLimit } from "../../db/page-depth.ts";
import { Prisma, type BidStatus } from "../../generated/prisma/client.ts";
import { activityCountSql } from "../factoring-units/activity-totals.ts";
import { bidColumns, personJsonSql } from "../factoring-units/fu-records.ts";
import type { ListedBid } from "./bid-presenter.ts";

/** The summary of a bid's unit that GET /bids lists (bidInclude's factoringUnit), by kind. */
const bidUnitColumns = {
  id: "int",
  invoiceNo: "text",
  seller: "text",
  status: "text",
  dueDate: "date",
  ownerId: "int",
} as const satisfies Record<keyof ListedBid["factoringUnit"], ColumnKind>;

// GET /bids in one statement: the page of the caller's bids (as bidder, or on their units as owner)
// with each bid's bidder and unit, and the total from user_activity_totals. It replaces a Prisma
// findMany with `include` (its own statement with lateral joins and JSON per row, decoded twice)
// plus a second statement for the total, each holding a pooled connection: two round trips and
// most of the request's CPU. Both scopes read an index in page order: (bidder_id, created_at, id)
// and (owner_id, created_at, id); a status filter is applied while walking it. The presenter is
// the one Prisma's rows went through (presentBidItem); bid-listing.test.ts holds this to Prisma's read.

export interface BidListingQuery {
  page: number;
  per_page: number;
  status?: BidStatus;
}

/** One page of a user's bids, newest first, and how many they have (of the status, when filtered). */
export async function bidListingPage(db: Db, viewer: { userId: number; asBidder: boolean }, query: BidListingQuery): Promise<{ bids: ListedBid[]; total: number }> {
  const scope = viewer.asBidder ? Prisma.sql`bidder_id = ${viewer.userId}` : Prisma.sql`owner_id = ${viewer.userId}`;
  const status = query.status === undefined ? Prisma.empty : Prisma.sql`AND status = ${query.status}::"BidStatus"`;
  // The index is walked as deep as the page with a literal limit (db/page-depth.ts says why); the rows
  // come as one json value (db/json-records.ts).
  const [row] = await db.$queryRaw<[{ listing_total: bigint; bids: string }]>`
    WITH walked AS (SELECT id, created_at FROM bids WHERE ${scope} ${status} ORDER BY created_at DESC, id DESC LIMIT ${pageDepthLimit(query)}),
         page AS (SELECT id, created_at FROM walked ORDER BY created_at DESC, id DESC LIMIT ${query.per_page} OFFSET ${(query.page - 1) * query.per_page})
    SELECT ${activityCountSql(viewer.userId, viewer.asBidder ? "bid_bidder" : "bid_owner", query.status)} AS listing_total,
           (SELECT COALESCE(json_agg(bid ORDER BY page.created_at DESC, page.id DESC), '[]')::text
              FROM page CROSS JOIN LATERAL (
                SELECT ${recordColumnsSql(bidColumns, "b")},
                       ${personJsonSql("u")} AS bidder,
                       ${recordObjectSql(bidUnitColumns, "fu")} AS "factoringUnit"
                  FROM bids b JOIN users u ON u.id = b.bidder_id JOIN factoring_units fu ON fu.id = b.factoring_unit_id WHERE b.id = page.id) bid) AS bids`;
  const bids = (JSON.parse(row.bids) as (Record<string, unknown> & { factoringUnit: Record<string, unknown> })[]).map((json) => ({
    ...recordFromJson<ListedBid>(bidColumns, json),
    factoringUnit: recordFromJson<ListedBid["factoringUnit"]>(bidUnitColumns, json.factoringUnit),
  }));
  return { bids, total: Number(row.listing_total) };
}
