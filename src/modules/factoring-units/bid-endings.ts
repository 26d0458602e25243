import type { Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Bid, type FactoringUnit } from "../../generated/prisma/client.ts";
import { releaseHoldCtes, releaseHoldsCtes } from "../../ledger/holds.ts";
import { paiseToRupees } from "../../money.ts";
import { notifyCtes, notifyManyCtes } from "../notifications/notify.ts";

// How a pending bid ends without being accepted, in one place: rejected by the owner or because
// another bid won or the unit was cancelled, expired (its own validity or the unit's lapse), or
// withdrawn by the bidder. Each ending releases the hold; all but a withdrawal tell the bidder.
// It lives with the units, below bids/: a unit's own lifecycle (cancel, expiry) ends its bids, and
// bids/ builds on units, never the other way round.

export type BidEnding = "Rejected" | "Expired" | "Withdrawn";

export const releaseNotes: Record<BidEnding, string> = {
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
 *
 * One statement (it was five or six round trips, once for every other bid of an accepted unit): the
 * bid, its hold released and the release posted (ledger releaseHoldCtes, which locks the hold and
 * then the accounts, after the bid), and the bidder's notification with its push job.
 */
export async function endBid(tx: Tx, fu: Pick<FactoringUnit, "id" | "invoiceNo">, bid: Pick<Bid, "id" | "bidderId" | "amount">, outcome: { status: BidEnding; remark?: string | null; now?: Date }): Promise<Bid> {
  const release = releaseHoldCtes({ userId: bid.bidderId, ...holdKindOfBid, businessId: Prisma.sql`${String(bid.id)}`, description: releaseNotes[outcome.status], after: "ended" });
  const notice =
    outcome.status === "Withdrawn"
      ? Prisma.empty
      : Prisma.sql`, ${notifyCtes({
          source: "ended",
          userId: Prisma.sql`${bid.bidderId}`,
          event: outcome.status === "Expired" ? "bid.expired" : "bid.rejected",
          data: { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(bid.amount), reason: outcome.remark ?? null },
          fromStatement: {},
        })}`;
  const remark = outcome.remark === undefined ? Prisma.sql`remark` : Prisma.sql`${outcome.remark}`;
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`
    WITH ended AS (
      UPDATE bids SET status = ${outcome.status}::"BidStatus", live_key = NULL, remark = ${remark}, decided_at = ${outcome.now ?? new Date()}, updated_at = now()
       WHERE id = ${bid.id} AND bidder_id = ${bid.bidderId} AND ${release.accountsReady}
      RETURNING *
    ), ${release.ctes}${notice}
    SELECT * FROM ended`;
  // The caller locked a pending bid, whose hold's accounts exist: anything else is a broken invariant.
  if (!row) throw new Error(`bid ${bid.id} could not be ended`);
  return camelCaseRow<Bid>(row);
}

/**
 * Ends several locked pending bids of one locked unit the same way (rejected because another bid won
 * or the unit was cancelled, expired with the unit): what endBid does for each, in one statement (it
 * was one per bid): the bids, their holds released and posted (ledger releaseHoldsCtes), and each
 * bidder told with a push job.
 */
export async function endBids(tx: Tx, fu: Pick<FactoringUnit, "id" | "invoiceNo">, bids: Pick<Bid, "id" | "bidderId" | "amount">[], outcome: BidsEnding): Promise<void> {
  if (bids.length === 0) return;
  const ending = endBidsCtes(fu, bids, outcome);
  // The caller locked these bids pending: anything less than all of them ended, released and posted
  // is a broken invariant, and the statement fails whole.
  await tx.$queryRaw`
    WITH ${ending.ctes}
    SELECT assert_statement(${ending.allWritten}, ${`ending ${bids.length} bid(s) of factoring unit ${fu.id} left part of it unwritten`}) AS checked`;
}

type BidsEnding = { status: "Rejected" | "Expired"; remark: string; now?: Date };

/**
 * endBids as parts of a caller's statement (accepting a bid ends the unit's other pending bids in the
 * same statement): the CTE `ended` (written only once the caller's CTE `after` has rows, when given),
 * the holds' release and postings (`released...`) and the notices (`bidders_told`). `allWritten` is
 * SQL that is true when every bid ended and every hold was released and posted (for the caller's
 * assert_statement); `codes` the ledger accounts the releases post to.
 */
export function endBidsCtes(fu: Pick<FactoringUnit, "id" | "invoiceNo">, bids: Pick<Bid, "id" | "bidderId" | "amount">[], outcome: BidsEnding, after?: string) {
  const release = releaseHoldsCtes({ ...holdKindOfBid, holds: bids.map((bid) => ({ businessId: String(bid.id), userId: bid.bidderId })), description: releaseNotes[outcome.status], after: "ended" });
  const notices = notifyManyCtes({
    name: "bidders_told",
    source: "ended",
    event: outcome.status === "Expired" ? "bid.expired" : "bid.rejected",
    notifications: bids.map((bid) => ({ userId: bid.bidderId, data: { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount: paiseToRupees(bid.amount), reason: outcome.remark } })),
  });
  const gate = after ? Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(after)})` : Prisma.empty;
  const ctes = Prisma.sql`ended AS (
      UPDATE bids SET status = ${outcome.status}::"BidStatus", live_key = NULL, remark = ${outcome.remark}, decided_at = ${outcome.now ?? new Date()}, updated_at = now()
       WHERE id = ANY(${bids.map((bid) => bid.id)}::int[]) AND factoring_unit_id = ${fu.id} AND status = 'Pending' ${gate}
      RETURNING id
    ), ${release.ctes}, ${notices}`;
  const allWritten = Prisma.sql`((SELECT COUNT(*) FROM ended) = ${bids.length} AND ${release.allWritten})`;
  return { ctes, allWritten, codes: release.codes };
}
