import type { Db } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Bid, type BidStatus } from "../../generated/prisma/client.ts";
import { activityCountSql } from "../factoring-units/activity-totals.ts";
import type { ListedBid } from "./bid-presenter.ts";

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

type Row = Record<string, unknown> & {
  listing_total: bigint;
  bidder_name: string;
  bidder_entity_name: string | null;
  unit_invoice_no: string;
  unit_seller: string;
  unit_status: string;
  unit_due_date: Date;
  unit_owner_id: number;
};

/** One page of a user's bids, newest first, and how many they have (of the status, when filtered). */
export async function bidListingPage(db: Db, viewer: { userId: number; asBidder: boolean }, query: BidListingQuery): Promise<{ bids: ListedBid[]; total: number }> {
  const scope = viewer.asBidder ? Prisma.sql`bidder_id = ${viewer.userId}` : Prisma.sql`owner_id = ${viewer.userId}`;
  const status = query.status === undefined ? Prisma.empty : Prisma.sql`AND status = ${query.status}::"BidStatus"`;
  const rows = await db.$queryRaw<Row[]>`
    WITH page AS (SELECT id, created_at FROM bids WHERE ${scope} ${status}
                   ORDER BY created_at DESC, id DESC LIMIT ${query.per_page} OFFSET ${(query.page - 1) * query.per_page}),
         total AS (SELECT ${activityCountSql(viewer.userId, viewer.asBidder ? "bid_bidder" : "bid_owner", query.status)} AS listing_total)
    SELECT b.*, u.name AS bidder_name, u.entity_name AS bidder_entity_name,
           fu.invoice_no AS unit_invoice_no, fu.seller AS unit_seller, fu.status::text AS unit_status, fu.due_date AS unit_due_date,
           fu.owner_id AS unit_owner_id, total.listing_total
      FROM total LEFT JOIN page ON TRUE LEFT JOIN bids b ON b.id = page.id
      LEFT JOIN users u ON u.id = b.bidder_id LEFT JOIN factoring_units fu ON fu.id = b.factoring_unit_id
     ORDER BY page.created_at DESC, page.id DESC`;
  const total = Number(rows[0]?.listing_total ?? 0);
  const bids = rows.flatMap(({ listing_total: _total, bidder_name, bidder_entity_name, unit_invoice_no, unit_seller, unit_status, unit_due_date, unit_owner_id, ...row }) => {
    if (row.id === null) return [];
    const bid = camelCaseRow<Bid>(row);
    return [
      {
        ...bid,
        bidder: { id: bid.bidderId, name: bidder_name, entityName: bidder_entity_name },
        factoringUnit: { id: bid.factoringUnitId, invoiceNo: unit_invoice_no, seller: unit_seller, status: unit_status as ListedBid["factoringUnit"]["status"], dueDate: unit_due_date, ownerId: unit_owner_id },
      },
    ];
  });
  return { bids, total };
}
