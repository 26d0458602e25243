import type { AppDeps } from "../../app-deps.ts";
import { todayInIndia } from "../../calendar.ts";
import { Prisma, type User } from "../../generated/prisma/client.ts";
import { walletBalanceColumnsSql, walletFromColumns } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { presentWallet } from "../payments/payment-presenters.ts";
import { isBidderRole } from "../factoring-units/fu-visibility.ts";
import { FU_STATUSES } from "../factoring-units/fu.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

// SPEC 9. Every figure is an aggregate computed in PostgreSQL on indexed columns (owner_id/status,
// bidder_id/status): one statement whatever the number of units, no per-row round trips.

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

/** The next repayments of the units matching `where` (alias `fu`), as a JSON column of the statement. */
function upcomingSql(deps: Deps, where: Prisma.Sql) {
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('id', u.id, 'invoice_no', u.invoice_no, 'due_date', u.due_date, 'amount', u.amount::text, 'status', u.status) ORDER BY u.due_date, u.id), '[]')
      FROM (SELECT fu.id, fu.invoice_no, fu.due_date, ${owedTodaySql(deps)} AS amount, fu.status::text AS status FROM factoring_units fu
             WHERE ${where} AND fu.status IN ('Financed', 'Overdue') ORDER BY fu.due_date, fu.id LIMIT ${UPCOMING_LIMIT}) u) AS upcoming`;
}

// Each dashboard is one statement: its figures were four or five queries run side by side, each on a
// pooled connection of its own, so fifty dashboards at once queued for the pool (bench/README.md).

async function ownerDashboard(deps: Deps, user: User) {
  const [row] = await deps.prisma.$queryRaw<
    [{ by_status: { status: string; count: number }[]; financed: bigint; due: bigint; pending_count: bigint; pending_amount: bigint; upcoming: Upcoming[]; wallet_available: bigint; wallet_on_hold: bigint }]
  >`
    SELECT (SELECT COALESCE(json_agg(json_build_object('status', s.status, 'count', s.count)), '[]')
              FROM (SELECT status::text AS status, COUNT(*) AS count FROM factoring_units WHERE owner_id = ${user.id} GROUP BY status) s) AS by_status,
           f.financed, f.due, p.pending_count, p.pending_amount,
           ${upcomingSql(deps, Prisma.sql`fu.owner_id = ${user.id}`)},
           ${walletBalanceColumnsSql(user.id)}
      FROM (SELECT COALESCE(SUM(fu.principal), 0)::bigint AS financed,
                   COALESCE(SUM(${owedTodaySql(deps)}) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS due
              FROM factoring_units fu WHERE fu.owner_id = ${user.id} AND fu.principal IS NOT NULL) f,
           -- Pending bids are only ever on units in Bidding (leaving Bidding ends them; the property test
           -- checks it), so the owner's pending bids are read from (owner_id, status, amount) alone.
           (SELECT COUNT(*) AS pending_count, COALESCE(SUM(b.amount), 0)::bigint AS pending_amount
              FROM bids b WHERE b.owner_id = ${user.id} AND b.status = 'Pending') p`;
  const counts = Object.fromEntries(FU_STATUSES.map((status) => [status, 0]));
  for (const entry of row.by_status) counts[entry.status] = Number(entry.count);
  return {
    role: user.role,
    factoring_units: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) },
    total_financed: paiseToRupees(row.financed),
    total_repayment_due: paiseToRupees(row.due),
    pending_bids: { count: Number(row.pending_count), amount: paiseToRupees(row.pending_amount) },
    upcoming_repayments: presentUpcoming(row.upcoming),
    wallet: presentWallet(walletFromColumns(row)),
  };
}

async function funderDashboard(deps: Deps, user: User) {
  const [row] = await deps.prisma.$queryRaw<
    [{ bids: { status: string; count: number; amount: string }[]; deployed: bigint; outstanding: bigint; expected: bigint; received: bigint; upcoming: Upcoming[]; wallet_available: bigint; wallet_on_hold: bigint }]
  >`
    SELECT (SELECT COALESCE(json_agg(json_build_object('status', s.status, 'count', s.count, 'amount', s.amount::text)), '[]')
              FROM (SELECT status::text AS status, COUNT(*) AS count, COALESCE(SUM(amount), 0) AS amount FROM bids WHERE bidder_id = ${user.id} GROUP BY status) s) AS bids,
           d.deployed, d.outstanding, d.expected, d.received,
           ${upcomingSql(deps, Prisma.sql`fu.funder_id = ${user.id}`)},
           ${walletBalanceColumnsSql(user.id)}
      FROM (SELECT COALESCE(SUM(fu.principal), 0)::bigint AS deployed,
                   COALESCE(SUM(fu.principal) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS outstanding,
                   COALESCE(SUM(fu.repayment_amount - fu.principal) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS expected,
                   COALESCE(SUM(fu.repaid_amount) FILTER (WHERE fu.status = 'Repaid'), 0)::bigint AS received
              FROM factoring_units fu WHERE fu.funder_id = ${user.id} AND fu.principal IS NOT NULL) d`;
  const byStatus = (status: string) => row.bids.find((entry) => entry.status === status);
  const summary = (status: string) => ({ count: Number(byStatus(status)?.count ?? 0), amount: paiseToRupees(BigInt(byStatus(status)?.amount ?? 0)) });
  return {
    role: user.role,
    wallet: presentWallet(walletFromColumns(row)),
    active_bids: summary("Pending"),
    accepted_bids: summary("Accepted"),
    total_deployed: paiseToRupees(row.deployed),
    outstanding: paiseToRupees(row.outstanding),
    expected_returns: paiseToRupees(row.expected),
    total_received: paiseToRupees(row.received),
    upcoming_repayments: presentUpcoming(row.upcoming),
  };
}

export async function getDashboard({ deps, user }: { deps: Deps; user: User }) {
  return isBidderRole(user) ? funderDashboard(deps, user) : ownerDashboard(deps, user);
}
