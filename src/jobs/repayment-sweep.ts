import { addDays, todayInIndia } from "../calendar.ts";
import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";
import { paiseToRupees } from "../money.ts";
import { notify } from "../modules/notifications/notify.ts";

export const DUE_SOON_DAYS = 3;

interface SweptUnit {
  id: number;
  owner_id: number;
  invoice_no: string;
  due_date: Date;
  repayment_amount: bigint;
  funder_id: number;
}

/**
 * Reminds both sides of repayments due within 3 days, and turns financed units past their due date
 * (in India) into Overdue, telling both sides. Each is one UPDATE ... RETURNING, so a unit changes, and
 * its notifications are written, exactly once even when several instances sweep at the same time.
 */
export async function sweepRepayments(db: Db, options: { today?: string } = {}) {
  const today = options.today ?? todayInIndia();
  const dueBy = addDays(today, DUE_SOON_DAYS);
  return db.$transaction(async (tx) => {
    const dueSoon = await tx.$queryRaw<SweptUnit[]>`
      UPDATE factoring_units fu SET due_reminder_at = now()
       WHERE fu.status = 'Financed' AND fu.due_reminder_at IS NULL
         AND fu.due_date >= ${today}::date AND fu.due_date <= ${dueBy}::date
      RETURNING fu.id, fu.owner_id, fu.invoice_no, fu.due_date, fu.repayment_amount, fu.funder_id`;
    const overdue = await tx.$queryRaw<SweptUnit[]>`
      UPDATE factoring_units fu SET status = 'Overdue', overdue_at = now()
       WHERE fu.status = 'Financed' AND fu.due_date < ${today}::date
      RETURNING fu.id, fu.owner_id, fu.invoice_no, fu.due_date, fu.repayment_amount, fu.funder_id`;
    for (const [event, units] of [["fu.repayment_due", dueSoon], ["fu.overdue", overdue]] as const) {
      for (const unit of units) {
        const data = { factoring_unit_id: unit.id, invoice_no: unit.invoice_no, due_date: unit.due_date.toISOString().slice(0, 10), amount: paiseToRupees(unit.repayment_amount) };
        await notify(tx, unit.owner_id, event, { ...data, role: "owner" });
        await notify(tx, unit.funder_id, event, { ...data, role: "funder" });
      }
    }
    return { reminded: dueSoon.map((u) => u.id), overdue: overdue.map((u) => u.id) };
  });
}

/** Runs the sweep every `intervalMs` in the background of each API instance. */
export function startRepaymentSweeper(options: { prisma: Db; logger: Logger; intervalMs: number }) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = sweepRepayments(options.prisma)
      .then((result) => {
        if (result.reminded.length || result.overdue.length) options.logger.info(result, "repayment sweep");
      })
      .catch((error) => options.logger.error({ err: error }, "repayment sweep failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
