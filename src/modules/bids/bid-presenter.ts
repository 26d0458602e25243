import { isoDate } from "../../calendar.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { presentBid } from "../factoring-units/fu.presenter.ts";

// A bid as GET /bids lists it and as webhooks send it: one shape, from Prisma's read (webhooks) or the
// listing's one statement (bid-listing.ts), which reads the same columns.

/** What a listed bid is read with: its bidder's name and a summary of its unit. */
export const bidInclude = {
  bidder: { select: { id: true, name: true, entityName: true } },
  factoringUnit: { select: { id: true, invoiceNo: true, seller: true, status: true, dueDate: true, ownerId: true } },
} as const;

/** A bid with its bidder and unit, as GET /bids and webhooks present it. */
export type ListedBid = Prisma.BidGetPayload<{ include: typeof bidInclude }>;

/** A bid as GET /bids shows it to `viewerId` (the bidder's name for the unit's owner only); webhooks send the same. */
export const presentBidItem = (bid: ListedBid, viewerId: number) => ({
  ...presentBid(bid, { showBidder: bid.factoringUnit.ownerId === viewerId }),
  factoring_unit: {
    id: bid.factoringUnit.id,
    fu_invoice_no: bid.factoringUnit.invoiceNo,
    fu_seller: bid.factoringUnit.seller,
    status: bid.factoringUnit.status,
    fu_due_date: isoDate(bid.factoringUnit.dueDate),
  },
});
