import { isoDate } from "../../calendar.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Bid, type FactoringUnit } from "../../generated/prisma/client.ts";
import { financeFromHoldCtes, repaymentAmount } from "../../ledger/marketplace-postings.ts";
import { ensureAccounts, lockAccountsFirstCte } from "../../ledger/post-transaction.ts";
import { paiseToRupees } from "../../money.ts";
import { notifyCtes } from "../notifications/notify.ts";
import { endBidsCtes, holdOfBid } from "../factoring-units/bid-endings.ts";

/** What the acceptance was decided on: the unit, the bid and the unit's other pending bids, as read. */
export interface SeenAcceptance {
  fu: FactoringUnit;
  bid: Bid;
  others: Pick<Bid, "id" | "bidderId" | "amount">[];
}

/**
 * The acceptance, in one statement on its own (no transaction around it): it was BEGIN, the locks,
 * ending the other bids, the acceptance and COMMIT, five round trips and Prisma's interactive
 * transaction (about 1.4 ms of CPU by itself) while holding the unit's lock. The caller read the unit
 * and its bids without locks and decided on them (bids.service.ts acceptBid); this statement locks
 * the unit and its bids (the usual order), and writes only if they are still as read: the unit
 * Bidding with the same owner, due date and invoice number, the bid Pending with the same terms, and
 * the same other pending bids (a bid's terms never change once placed). Then, in order: every user
 * account of both postings locked in one pass by id (lockAccountsFirstCte: two passes deadlocked),
 * the bid Accepted, the unit Financed with its terms, the other bids Rejected with their holds
 * released and their bidders told (endBidsCtes), the winning hold paying the owner less fee and GST
 * (ledger financeFromHoldCtes) and the bidder and the owner told. The final SELECT checks that every
 * part wrote what it had to (assert_statement: otherwise the statement fails and nothing is kept).
 *
 * Returns the accepted bid, or null when the unit or its bids changed since they were read (the
 * caller reads and decides again). The owner's first financing creates their wallet and runs again.
 */
export async function acceptBidAsSeen(db: Db, config: Pick<Config, "platformFeeBps">, seen: SeenAcceptance, remark: string | null, now: Date): Promise<Bid | null> {
  const { fu, bid, others } = seen;
  // Each posting updates its own users' accounts; a statement cannot update one row twice. A bidder
  // has one live bid per unit and an owner cannot bid on their own unit, so these never meet.
  if (others.some((other) => other.bidderId === bid.bidderId || other.bidderId === fu.ownerId)) throw new Error(`bid ${bid.id}: another pending bid has the same bidder or the owner`);
  const amount = paiseToRupees(bid.amount);
  const capture = financeFromHoldCtes({ hold: holdOfBid(bid.id), bidderId: bid.bidderId, bidAmount: bid.amount, ownerId: fu.ownerId, platformFeeBps: config.platformFeeBps, after: "accepted" });
  const credited = paiseToRupees(capture.split.toOwner);
  const ending = others.length > 0 ? endBidsCtes(fu, others, { status: "Rejected", remark: "Another bid was accepted.", now }, "accepted") : null;
  const accounts = lockAccountsFirstCte({ name: "accounts_first", codes: [...capture.codes, ...(ending?.codes ?? [])], after: "as_seen" });
  const accept = () => db.$queryRaw<Record<string, unknown>[]>`
    WITH unit AS MATERIALIZED (
      SELECT id FROM factoring_units
       WHERE id = ${fu.id} AND status = 'Bidding' AND owner_id = ${fu.ownerId} AND due_date = ${isoDate(fu.dueDate)}::date AND invoice_no = ${fu.invoiceNo}
      FOR UPDATE
    ), unit_bids AS MATERIALIZED (
      SELECT id, bidder_id, amount, rate_bps, tenure_days, valid_until, status FROM bids
       WHERE factoring_unit_id = (SELECT id FROM unit) AND (id = ${bid.id} OR status = 'Pending') ORDER BY id FOR UPDATE
    ), as_seen AS MATERIALIZED (
      SELECT 1 FROM unit
       WHERE EXISTS (SELECT 1 FROM unit_bids WHERE id = ${bid.id} AND status = 'Pending' AND bidder_id = ${bid.bidderId} AND amount = ${bid.amount}
                        AND rate_bps = ${bid.rateBps} AND tenure_days = ${bid.tenureDays} AND valid_until = ${bid.validUntil})
         AND ARRAY(SELECT id FROM unit_bids WHERE status = 'Pending' AND id <> ${bid.id} ORDER BY id) = ${others.map((other) => other.id)}::int[]
    ), ${accounts.cte}, accepted AS (
      UPDATE bids SET status = 'Accepted', live_key = NULL, accepted_key = ${fu.id}, remark = ${remark}, decided_at = ${now}, updated_at = ${now}
       WHERE id = ${bid.id} AND EXISTS (SELECT 1 FROM as_seen) AND (SELECT COUNT(*) FROM accounts_first) = ${accounts.count} AND ${capture.holdMatches} AND ${capture.accountsReady}
      RETURNING *
    ), financed AS (
      UPDATE factoring_units
         SET status = 'Financed', accepted_bid_id = ${bid.id}, funder_id = ${bid.bidderId}, financed_at = ${now},
             repayment_amount = ${repaymentAmount(bid.amount, bid.rateBps, bid.tenureDays)}, principal = ${bid.amount},
             rate_bps = ${bid.rateBps}, bid_tenure_days = ${bid.tenureDays}, updated_at = ${now}
       WHERE id = ${fu.id} AND EXISTS (SELECT 1 FROM accepted)
      RETURNING id
    ), ${ending ? Prisma.sql`${ending.ctes}, ` : Prisma.empty}${capture.ctes}, ${notifyCtes({
      name: "bidder_told",
      source: "financed",
      userId: Prisma.sql`${bid.bidderId}`,
      event: "bid.accepted",
      data: { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount },
      fromStatement: {},
    })}, ${notifyCtes({
      name: "owner_told",
      source: "financed",
      userId: Prisma.sql`${fu.ownerId}`,
      event: "fu.financed",
      data: { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, amount, credited },
      fromStatement: {},
    })}
    SELECT accepted.*, EXISTS (SELECT 1 FROM as_seen) AS as_seen, ${capture.accountsReady} AS accounts_ready,
           assert_statement(NOT EXISTS (SELECT 1 FROM accepted) OR (
             (SELECT COUNT(*) FROM financed) = 1 AND (SELECT COUNT(*) FROM hold) = 1 AND (SELECT COUNT(*) FROM created) = 1
             ${ending ? Prisma.sql`AND ${ending.allWritten}` : Prisma.empty}
           ), ${`accepting bid ${bid.id} left part of its change unwritten`}) AS checked
      FROM (SELECT 1) AS one LEFT JOIN accepted ON true`;
  for (let attempt = 1; ; attempt++) {
    const { as_seen: asSeen, accounts_ready: accountsReady, checked: _checked, ...row } = (await accept())[0]!;
    if (row.id !== null) return camelCaseRow<Bid>(row);
    if (asSeen !== true) return null;
    // As read, locked, and still not accepted: the only thing that can be missing is the owner's
    // wallet (their first financing). Anything else is a broken invariant.
    if (accountsReady === true || attempt > 1) throw new Error(`bid ${bid.id} could not be accepted: its hold is not active for ${bid.amount} paise`);
    await ensureAccounts(db, capture.codes);
  }
}
