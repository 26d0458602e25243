import type { Db } from "../../db/prisma.ts";
import { Prisma } from "../../generated/prisma/client.ts";

// A user's units and bids by status, counted and summed: the `user_activity_totals` roll-up, kept by
// statement triggers in the same transaction as every change to units and bids (migration
// 20261202200000_user_activity_totals, which says why its rows are per database backend). A figure is
// the sum of the user's rows: a few dozen at most, however many units and bids the user has, where
// the dashboards and list totals used to aggregate every one (a heavy owner's 50,000 pending bids).
// activity-totals.test.ts holds the roll-up to the rows it stands for after every kind of change.

/** Whose side of a unit or bid a total counts: the unit's owner or funder, the bid's bidder or its unit's owner. */
export type ActivitySubject = "unit_owner" | "unit_funder" | "bid_bidder" | "bid_owner";

/** One subject and status of a user: how many, and their money (paise). `amount` is a unit's principal or a bid's amount. */
export interface ActivityTotal {
  subject: ActivitySubject;
  status: string;
  count: number;
  amount: bigint;
  repaymentAmount: bigint;
  repaidAmount: bigint;
}

/**
 * All of a user's totals as one JSON column (`activity`) of a caller's statement, so that a dashboard
 * stays one round trip; activityFromColumn reads it back. Money travels as text (JSON has no bigint).
 */
export function activityColumnSql(userId: number): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('subject', a.subject, 'status', a.status, 'count', a.count,
             'amount', a.amount::text, 'repayment_amount', a.repayment_amount::text, 'repaid_amount', a.repaid_amount::text)), '[]')
       FROM (SELECT subject, status, SUM(count) AS count, SUM(amount) AS amount, SUM(repayment_amount) AS repayment_amount, SUM(repaid_amount) AS repaid_amount
               FROM user_activity_totals WHERE user_id = ${userId} GROUP BY subject, status) a) AS activity`;
}

/** One element of the `activity` column, as PostgreSQL's JSON gives it. */
export interface ActivityJson {
  subject: ActivitySubject;
  status: string;
  count: number | string;
  amount: string;
  repayment_amount: string;
  repaid_amount: string;
}

export function activityFromColumn(rows: ActivityJson[]): ActivityTotal[] {
  return rows.map((row) => ({
    subject: row.subject,
    status: row.status,
    count: Number(row.count),
    amount: BigInt(row.amount),
    repaymentAmount: BigInt(row.repayment_amount),
    repaidAmount: BigInt(row.repaid_amount),
  }));
}

/** The sums of one subject over `statuses` (every status when omitted). */
export function sumActivity(totals: ActivityTotal[], subject: ActivitySubject, statuses?: readonly string[]) {
  const sum = { count: 0, amount: 0n, repaymentAmount: 0n, repaidAmount: 0n };
  for (const total of totals) {
    if (total.subject !== subject || (statuses && !statuses.includes(total.status))) continue;
    sum.count += total.count;
    sum.amount += total.amount;
    sum.repaymentAmount += total.repaymentAmount;
    sum.repaidAmount += total.repaidAmount;
  }
  return sum;
}

/**
 * How many units or bids of one subject a user has (of one status when given), as a scalar subquery
 * for a caller's statement: a list's total without a second round trip.
 */
export function activityCountSql(userId: number, subject: ActivitySubject, status?: string): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(SUM(count), 0)::bigint FROM user_activity_totals
     WHERE user_id = ${userId} AND subject = ${subject} ${status === undefined ? Prisma.empty : Prisma.sql`AND status = ${status}`})`;
}

/**
 * Folds the rows of database backends that have ended into one row per user, subject and status (the
 * marketplace sweep runs it every minute), so that a user's rows stay few. Returns how many it folded.
 */
export async function foldActivityTotals(db: Db): Promise<number> {
  const [row] = await db.$queryRaw<[{ folded: bigint }]>`SELECT fold_user_activity_totals() AS folded`;
  return Number(row.folded);
}
