import { addDays, daysBetween, isoDate, todayInIndia } from "../calendar.ts";
import type { Db } from "../db/prisma.ts";
import { repaymentDue } from "../ledger/marketplace-postings.ts";
import { paiseToRupees } from "../money.ts";
import { notify } from "../modules/notifications/notify.ts";

export const DUE_SOON_DAYS = 3;

interface SweptUnit {
  id: number;
  owner_id: number;
  invoice_no: string;
  due_date: Date;
  funder_id: number;
  financed_at: Date;
  principal: bigint;
  rate_bps: number;
  bid_tenure_days: number;
}

/**
 * Reminds both sides of repayments due within 3 days, and turns financed units past their due date
 * (in India) into Overdue, telling both sides. Each is one UPDATE ... RETURNING, so a unit changes, and
 * its notifications are written, exactly once even when several instances sweep at the same time.
 * The amount stated is what will be owed on the due date (per-day interest, see repaymentDue).
 */
export async function sweepRepayments(db: Db, options: { today?: string; minInterestDays: number }) {
  const today = options.today ?? todayInIndia();
  const dueBy = addDays(today, DUE_SOON_DAYS);
  return db.$transaction(async (tx) => {
    const dueSoon = await tx.$queryRaw<SweptUnit[]>`
      UPDATE factoring_units fu SET due_reminder_at = now()
       WHERE fu.status = 'Financed' AND fu.due_reminder_at IS NULL
         AND fu.due_date >= ${today}::date AND fu.due_date <= ${dueBy}::date
      RETURNING fu.id, fu.owner_id, fu.invoice_no, fu.due_date, fu.funder_id, fu.financed_at, fu.principal, fu.rate_bps, fu.bid_tenure_days`;
    const overdue = await tx.$queryRaw<SweptUnit[]>`
      UPDATE factoring_units fu SET status = 'Overdue', overdue_at = now()
       WHERE fu.status = 'Financed' AND fu.due_date < ${today}::date
      RETURNING fu.id, fu.owner_id, fu.invoice_no, fu.due_date, fu.funder_id, fu.financed_at, fu.principal, fu.rate_bps, fu.bid_tenure_days`;
    for (const [event, units] of [["fu.repayment_due", dueSoon], ["fu.overdue", overdue]] as const) {
      for (const unit of units) {
        const dueDate = isoDate(unit.due_date);
        const owed = repaymentDue({ principal: unit.principal, rateBps: unit.rate_bps, tenureDays: unit.bid_tenure_days }, daysBetween(todayInIndia(unit.financed_at), dueDate), options.minInterestDays);
        const data = { factoring_unit_id: unit.id, invoice_no: unit.invoice_no, due_date: dueDate, amount: paiseToRupees(owed) };
        await notify(tx, unit.owner_id, event, { ...data, role: "owner" });
        await notify(tx, unit.funder_id, event, { ...data, role: "funder" });
      }
    }
    return { reminded: dueSoon.map((u) => u.id), overdue: overdue.map((u) => u.id) };
  });
}
