import type { Config } from "../../config.ts";
import type { Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Bid, type FactoringUnit } from "../../generated/prisma/client.ts";
import { financeFromHoldCtes, repaymentAmount } from "../../ledger/marketplace-postings.ts";
import { ensureAccounts } from "../../ledger/post-transaction.ts";
import { paiseToRupees } from "../../money.ts";
import { notifyCtes } from "../notifications/notify.ts";
import { holdOfBid } from "../factoring-units/bid-endings.ts";

/**
 * The acceptance itself, on a locked unit and bid whose terms were checked, once the other pending
 * bids have ended: one statement where it was seven round trips. The bid becomes Accepted, the unit
 * Financed with the bid's terms, the bid's hold pays the owner less fee and GST (ledger
 * financeFromHoldCtes, the posting financeFromHold makes), and the bidder and the owner are told
 * (each notification with its push job). Locks follow the usual order: the unit and the bid are held
 * already, then the hold, then the accounts. Nothing is written unless the hold is there to capture
 * and the accounts exist; the owner's first financing creates their wallet and runs it again.
 */
export async function acceptLockedBid(tx: Tx, config: Pick<Config, "platformFeeBps">, fu: FactoringUnit, bid: Bid, remark: string | null): Promise<Bid> {
  const now = new Date();
  const amount = paiseToRupees(bid.amount);
  const capture = financeFromHoldCtes({ hold: holdOfBid(bid.id), bidderId: bid.bidderId, bidAmount: bid.amount, ownerId: fu.ownerId, platformFeeBps: config.platformFeeBps, after: "accepted" });
  const credited = paiseToRupees(capture.split.toOwner);
  const accept = () => tx.$queryRaw<Record<string, unknown>[]>`
    WITH accepted AS (
      UPDATE bids SET status = 'Accepted', live_key = NULL, accepted_key = ${fu.id}, remark = ${remark}, decided_at = ${now}, updated_at = ${now}
       WHERE id = ${bid.id} AND status = 'Pending' AND ${capture.holdMatches} AND ${capture.accountsReady}
      RETURNING *
    ), financed AS (
      UPDATE factoring_units
         SET status = 'Financed', accepted_bid_id = ${bid.id}, funder_id = ${bid.bidderId}, financed_at = ${now},
             repayment_amount = ${repaymentAmount(bid.amount, bid.rateBps, bid.tenureDays)}, principal = ${bid.amount},
             rate_bps = ${bid.rateBps}, bid_tenure_days = ${bid.tenureDays}, updated_at = ${now}
       WHERE id = ${fu.id} AND EXISTS (SELECT 1 FROM accepted)
      RETURNING id
    ), ${capture.ctes}, ${notifyCtes({
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
    SELECT accepted.*, ${capture.accountsReady} AS accounts_ready FROM (SELECT 1) AS one LEFT JOIN accepted ON true`;
  for (let attempt = 1; ; attempt++) {
    const { accounts_ready: accountsReady, ...row } = (await accept())[0]!;
    if (row.id !== null) return camelCaseRow<Bid>(row);
    // The locked bid is pending and holds its amount: the only thing that can be missing is the
    // owner's wallet (their first financing). Anything else is a broken invariant.
    if (accountsReady === true || attempt > 1) throw new Error(`bid ${bid.id} could not be accepted: its hold is not active for ${bid.amount} paise`);
    await ensureAccounts(tx, capture.codes);
  }
}
