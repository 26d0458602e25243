import type { AppDeps } from "../../app-deps.ts";
import { todayInIndia } from "../../calendar.ts";
import { Prisma, type User } from "../../generated/prisma/client.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { presentWallet } from "../payments/payment-presenters.ts";
import { isBidderRole } from "../factoring-units/fu-visibility.ts";
import { FU_STATUSES } from "../factoring-units/fu.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

// SPEC 9. Every figure is an aggregate computed in PostgreSQL on indexed columns (owner_id/status,
// bidder_id/status): a handful of queries whatever the number of units, no per-row round trips.

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
  due_date: Date;
  amount: bigint;
  status: string;
}
const presentUpcoming = (rows: Upcoming[]) =>
  rows.map((row) => ({ factoring_unit_id: row.id, fu_invoice_no: row.invoice_no, due_date: row.due_date.toISOString().slice(0, 10), amount: paiseToRupees(row.amount), status: row.status }));

async function ownerDashboard(deps: Deps, user: User) {
  const db = deps.prisma;
  const [byStatus, financed, pending, upcoming, wallet] = await Promise.all([
    db.$queryRaw<{ status: string; count: bigint }[]>`SELECT status::text, COUNT(*) AS count FROM factoring_units WHERE owner_id = ${user.id} GROUP BY status`,
    db.$queryRaw<[{ amount: bigint; due: bigint }]>`
      SELECT COALESCE(SUM(fu.principal), 0)::bigint AS amount,
             COALESCE(SUM(${owedTodaySql(deps)}) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS due
        FROM factoring_units fu
       WHERE fu.owner_id = ${user.id} AND fu.principal IS NOT NULL`,
    db.$queryRaw<[{ count: bigint; amount: bigint }]>`
      SELECT COUNT(*) AS count, COALESCE(SUM(b.amount), 0)::bigint AS amount
        FROM bids b JOIN factoring_units fu ON fu.id = b.factoring_unit_id
       WHERE fu.owner_id = ${user.id} AND fu.status = 'Bidding' AND b.status = 'Pending'`,
    db.$queryRaw<Upcoming[]>`
      SELECT fu.id, fu.invoice_no, fu.due_date, ${owedTodaySql(deps)}::bigint AS amount, fu.status::text AS status FROM factoring_units fu
       WHERE fu.owner_id = ${user.id} AND status IN ('Financed', 'Overdue') ORDER BY due_date, id LIMIT ${UPCOMING_LIMIT}`,
    walletBalances(db, user.id),
  ]);
  const counts = Object.fromEntries(FU_STATUSES.map((status) => [status, 0]));
  for (const row of byStatus) counts[row.status] = Number(row.count);
  return {
    role: user.role,
    factoring_units: { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) },
    total_financed: paiseToRupees(financed[0].amount),
    total_repayment_due: paiseToRupees(financed[0].due),
    pending_bids: { count: Number(pending[0].count), amount: paiseToRupees(pending[0].amount) },
    upcoming_repayments: presentUpcoming(upcoming),
    wallet: presentWallet(wallet),
  };
}

async function funderDashboard(deps: Deps, user: User) {
  const db = deps.prisma;
  const [bids, deployed, upcoming, wallet] = await Promise.all([
    db.$queryRaw<{ status: string; count: bigint; amount: bigint }[]>`
      SELECT status::text, COUNT(*) AS count, COALESCE(SUM(amount), 0)::bigint AS amount FROM bids WHERE bidder_id = ${user.id} GROUP BY status`,
    db.$queryRaw<[{ deployed: bigint; outstanding: bigint; expected: bigint; received: bigint }]>`
      SELECT COALESCE(SUM(fu.principal), 0)::bigint AS deployed,
             COALESCE(SUM(fu.principal) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS outstanding,
             COALESCE(SUM(fu.repayment_amount - fu.principal) FILTER (WHERE fu.status IN ('Financed', 'Overdue')), 0)::bigint AS expected,
             COALESCE(SUM(fu.repaid_amount) FILTER (WHERE fu.status = 'Repaid'), 0)::bigint AS received
        FROM factoring_units fu
       WHERE fu.funder_id = ${user.id} AND fu.principal IS NOT NULL`,
    db.$queryRaw<Upcoming[]>`
      SELECT fu.id, fu.invoice_no, fu.due_date, ${owedTodaySql(deps)}::bigint AS amount, fu.status::text AS status
        FROM factoring_units fu
       WHERE fu.funder_id = ${user.id} AND fu.status IN ('Financed', 'Overdue')
       ORDER BY fu.due_date, fu.id LIMIT ${UPCOMING_LIMIT}`,
    walletBalances(db, user.id),
  ]);
  const byStatus = (status: string) => bids.find((row) => row.status === status);
  const summary = (status: string) => ({ count: Number(byStatus(status)?.count ?? 0), amount: paiseToRupees(byStatus(status)?.amount ?? 0n) });
  return {
    role: user.role,
    wallet: presentWallet(wallet),
    active_bids: summary("Pending"),
    accepted_bids: summary("Accepted"),
    total_deployed: paiseToRupees(deployed[0].deployed),
    outstanding: paiseToRupees(deployed[0].outstanding),
    expected_returns: paiseToRupees(deployed[0].expected),
    total_received: paiseToRupees(deployed[0].received),
    upcoming_repayments: presentUpcoming(upcoming),
  };
}

export async function getDashboard({ deps, user }: { deps: Deps; user: User }) {
  return isBidderRole(user) ? funderDashboard(deps, user) : ownerDashboard(deps, user);
}
