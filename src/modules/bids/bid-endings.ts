import type { Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import type { Bid, FactoringUnit } from "../../generated/prisma/client.ts";
import { releaseHold } from "../../ledger/holds.ts";
import { paiseToRupees } from "../../money.ts";
import { notify } from "../notifications/notify.ts";

// How a pending bid ends without being accepted, in one place: rejected by the owner or because
// another bid won or the unit was cancelled, expired (its own validity or the unit's lapse), or
// withdrawn by the bidder. Each ending releases the hold; all but a withdrawal tell the bidder.

export type BidEnding = "Rejected" | "Expired" | "Withdrawn";

const releaseNotes: Record<BidEnding, string> = {
  Rejected: "Bid rejected: returned to wallet",
  Expired: "Bid expired: returned to wallet",
  Withdrawn: "Bid withdrawn: returned to wallet",
};

/** The hold a bid places (placeBid) and its ending releases or its acceptance captures. */
export const holdOfBid = (bidId: number) => ({ ...holdKindOfBid, businessId: String(bidId) });
export const holdKindOfBid = { businessType: "bid", kind: "bid" } as const;

/** Locks a bid's row and reads it in one statement (after its unit's lock: unit, bids, holds, accounts). */
export async function lockBid(tx: Tx, bidId: number): Promise<Bid | null> {
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM bids WHERE id = ${bidId} FOR UPDATE`;
  return row ? camelCaseRow<Bid>(row) : null;
}

/**
 * Ends a locked pending bid on its locked unit. `remark` is the reason shown on the bid and sent to
 * the bidder (left as it was when undefined).
 */
export async function endBid(tx: Tx, fu: FactoringUnit, bidId: number, outcome: { status: BidEnding; remark?: string | null; now?: Date }): Promise<Bid> {
  const bid = await tx.bid.update({ where: { id: bidId }, data: { status: outcome.status, liveKey: null, remark: outcome.remark, decidedAt: outcome.now ?? new Date() } });
  await releaseHold(tx, holdOfBid(bid.id), releaseNotes[outcome.status]);
  if (outcome.status !== "Withdrawn") {
    const data = { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(bid.amount), reason: outcome.remark ?? null };
    await notify(tx, bid.bidderId, outcome.status === "Expired" ? "bid.expired" : "bid.rejected", data);
  }
  return bid;
}
