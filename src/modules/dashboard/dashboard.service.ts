import type { AppDeps } from "../../app-deps.ts";
import { todayInIndia } from "../../calendar.ts";
import { Prisma, type User } from "../../generated/prisma/client.ts";
import { walletBalanceColumnsSql, walletFromColumns } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { presentWallet } from "../payments/payment-presenters.ts";
import { isBidderRole } from "../factoring-units/fu-visibility.ts";
import { FU_STATUSES } from "../factoring-units/fu.schemas.ts";
import { activityColumnSql, activityFromColumn, sumActivity, type ActivityJson } from "../factoring-units/activity-totals.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

// SPEC 9. One statement per dashboard, whatever the number of units, no per-row round trips.

const UPCOMING_LIMIT = 5;

/**
 * What a financed unit (alias `fu`) owes today, in SQL: the same figure as repaymentDue() in
 * ledger/marketplace-postings.ts (principal + round_half_up(principal x rate_bps x days / (10000 x
 * 365)), days elapsed in India clamped to [MIN_INTEREST_DAYS, bid tenure]), so a dashboard of many
 * units is one aggregate instead of a row per unit in JavaScript. dashboard.test.ts checks that the
 * two agree on backdated units.
 */
function owedTodaySql(deps: Deps) {
  const today = todayInIndia();
  const minDays = deps.config.marketplace.minInterestDays;
  return Prisma.sql`(fu.principal + (fu.principal * fu.rate_bps
      * LEAST(fu.bid_tenure_days, GREATEST(${minDays}::int, ${today}::date - ((fu.financed_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Kolkata')::date)) * 2
      + 3650000) / 7300000)`;
}

interface Upcoming {
  id: number;
  invoice_no: string;
  due_date: string;
  amount: string;
  status: string;
}
const presentUpcoming = (rows: Upcoming[]) =>
  rows.map((row) => ({ factoring_unit_id: row.id, fu_invoice_no: row.invoice_no, due_date: row.due_date, amount: paiseToRupees(BigInt(row.amount)), status: row.status }));

// A literal, not a parameter: with LIMIT $5 PostgreSQL's generic plan assumed a tenth of a heavy
// funder's outstanding units would be read and lost to a custom plan, so at 200k units the dashboard
// was planned again on every call (0.6 ms, the funder's dashboard 1.3-1.8x slower than at 20k).
const UPCOMING_LIMIT_SQL = Prisma.raw(String(UPCOMING_LIMIT));

/** The next repayments of the units matching `where` (alias `fu`), as a JSON column of the statement. */
function upcomingSql(deps: Deps, where: Prisma.Sql) {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('id', u.id, 'invoice_no', u.invoice_no, 'due_date', u.due_date, 'amount', u.amount::text, 'status', u.status) ORDER BY u.due_date, u.id), '[]')
      FROM (SELECT fu.id, fu.invoice_no, fu.due_date, ${owedTodaySql(deps)} AS amount, fu.status::text AS status FROM factoring_units fu
             WHERE ${where} AND fu.status IN ('Financed', 'Overdue') ORDER BY fu.due_date, fu.id LIMIT ${UPCOMING_LIMIT_SQL}) u) AS upcoming`;
}

// Each dashboard is one statement: its figures were four or five queries run side by side, each on a
// pooled connection of its own, so fifty dashboards at once queued for the pool (bench/README.md).
// Counts and sums come from the user's activity totals (a few rows, kept by triggers), so they cost
// the same for a user with ten units as with ten thousand. What is owed today is the one figure
// summed per unit (per-day interest, rounded per unit, cannot be added up ahead of time): over the
// user's financed and overdue units only, read from an index alone, so it grows with what is
// outstanding now, not with the user's history.

const OUTSTANDING = ["Financed", "Overdue"] as const;

async function ownerDashboard(deps: Deps, user: User) {
  const [row] = await deps.prisma.$queryRaw<[{ activity: ActivityJson[]; due: bigint; upcoming: Upcoming[]; wallet_available: bigint; wallet_on_hold: bigint }]>`
    SELECT ${activityColumnSql(user.id)},
           (SELECT COALESCE(SUM(${owedTodaySql(deps)}), 0)::bigint FROM factoring_units fu WHERE fu.owner_id = ${user.id} AND fu.status IN ('Financed', 'Overdue')) AS due,
           ${upcomingSql(deps, Prisma.sql`fu.owner_id = ${user.id}`)},
           ${walletBalanceColumnsSql(user.id)}`;
  const activity = activityFromColumn(row.activity);
  const counts = Object.fromEntries(FU_STATUSES.map((status) => [status, sumActivity(activity, "unit_owner", [status]).count]));
  // Pending bids are only ever on units in Bidding (leaving Bidding ends them; the property test checks it).
  const pending = sumActivity(activity, "bid_owner", ["Pending"]);
  return {
    role: user.role,
    factoring_units: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) },
    total_financed: paiseToRupees(sumActivity(activity, "unit_owner").amount),
    total_repayment_due: paiseToRupees(row.due),
    pending_bids: { count: pending.count, amount: paiseToRupees(pending.amount) },
    upcoming_repayments: presentUpcoming(row.upcoming),
    wallet: presentWallet(walletFromColumns(row)),
  };
}

async function funderDashboard(deps: Deps, user: User) {
  const [row] = await deps.prisma.$queryRaw<[{ activity: ActivityJson[]; upcoming: Upcoming[]; wallet_available: bigint; wallet_on_hold: bigint }]>`
    SELECT ${activityColumnSql(user.id)},
           ${upcomingSql(deps, Prisma.sql`fu.funder_id = ${user.id}`)},
           ${walletBalanceColumnsSql(user.id)}`;
  const activity = activityFromColumn(row.activity);
  const bids = (status: string) => {
    const sum = sumActivity(activity, "bid_bidder", [status]);
    return { count: sum.count, amount: paiseToRupees(sum.amount) };
  };
  const outstanding = sumActivity(activity, "unit_funder", OUTSTANDING);
  return {
    role: user.role,
    wallet: presentWallet(walletFromColumns(row)),
    active_bids: bids("Pending"),
    accepted_bids: bids("Accepted"),
    total_deployed: paiseToRupees(sumActivity(activity, "unit_funder").amount),
    outstanding: paiseToRupees(outstanding.amount),
    expected_returns: paiseToRupees(outstanding.repaymentAmount - outstanding.amount),
    total_received: paiseToRupees(sumActivity(activity, "unit_funder", ["Repaid"]).repaidAmount),
    upcoming_repayments: presentUpcoming(row.upcoming),
  };
}

export async function getDashboard({ deps, user }: { deps: Deps; user: User }) {
  return isBidderRole(user) ? funderDashboard(deps, user) : ownerDashboard(deps, user);
}
