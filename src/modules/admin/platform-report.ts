import type { Db } from "../../db/prisma.ts";
import { platformAccount } from "../../ledger/accounts.ts";
import { paiseToRupees } from "../../money.ts";

// The platform's figures over a period (flows: fees, GST, financing, repayments, top-ups,
// withdrawals) and at the moment of the request (stocks: outstanding and overdue). Fees and GST come
// from the ledger's own entries, so the report agrees with ledger-check to the paisa.

export interface ReportPeriod {
  from: Date;
  to: Date;
}

type Row = Record<string, bigint>;

export async function platformReport(db: Db, period: ReportPeriod) {
  const [row] = await db.$queryRaw<[Row]>`
    SELECT
      (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
        WHERE a.code = ${platformAccount("platform_fees")} AND e.created_at >= ${period.from} AND e.created_at < ${period.to})::bigint AS fees,
      (SELECT COALESCE(SUM(e.amount), 0) FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
        WHERE a.code = ${platformAccount("gst_payable")} AND e.created_at >= ${period.from} AND e.created_at < ${period.to})::bigint AS gst,
      (SELECT COUNT(*) FROM factoring_units WHERE financed_at >= ${period.from} AND financed_at < ${period.to})::bigint AS financed_count,
      (SELECT COALESCE(SUM(principal), 0) FROM factoring_units WHERE financed_at >= ${period.from} AND financed_at < ${period.to})::bigint AS financed_volume,
      (SELECT COUNT(*) FROM factoring_units WHERE repaid_at >= ${period.from} AND repaid_at < ${period.to})::bigint AS repaid_count,
      (SELECT COALESCE(SUM(repaid_amount), 0) FROM factoring_units WHERE repaid_at >= ${period.from} AND repaid_at < ${period.to})::bigint AS repaid_volume,
      (SELECT COUNT(*) FROM factoring_units WHERE created_at >= ${period.from} AND created_at < ${period.to})::bigint AS listed_count,
      (SELECT COALESCE(SUM(amount), 0) FROM payments WHERE status = 'paid' AND paid_at >= ${period.from} AND paid_at < ${period.to})::bigint AS topups,
      (SELECT COALESCE(SUM(amount), 0) FROM withdrawals WHERE status = 'processed' AND settled_at >= ${period.from} AND settled_at < ${period.to})::bigint AS withdrawn,
      (SELECT COUNT(*) FROM factoring_units WHERE status IN ('Financed', 'Overdue'))::bigint AS outstanding_count,
      (SELECT COALESCE(SUM(principal), 0) FROM factoring_units WHERE status IN ('Financed', 'Overdue'))::bigint AS outstanding_principal,
      (SELECT COALESCE(SUM(repayment_amount), 0) FROM factoring_units WHERE status IN ('Financed', 'Overdue'))::bigint AS outstanding_repayment,
      (SELECT COUNT(*) FROM factoring_units WHERE status = 'Overdue')::bigint AS overdue_count,
      (SELECT COALESCE(SUM(repayment_amount), 0) FROM factoring_units WHERE status = 'Overdue')::bigint AS overdue_repayment`;
  const count = (key: string) => Number(row[key]);
  const money = (key: string) => paiseToRupees(row[key]!);
  return {
    period: { from: period.from.toISOString(), to: period.to.toISOString() },
    currency: "INR" as const,
    fees_collected: money("fees"),
    gst_collected: money("gst"),
    financed: { count: count("financed_count"), principal: money("financed_volume") },
    repaid: { count: count("repaid_count"), amount: money("repaid_volume") },
    listed: { count: count("listed_count") },
    wallet_topups: money("topups"),
    withdrawals_settled: money("withdrawn"),
    outstanding: { count: count("outstanding_count"), principal: money("outstanding_principal"), repayment_due: money("outstanding_repayment") },
    overdue: { count: count("overdue_count"), repayment_due: money("overdue_repayment") },
  };
}
