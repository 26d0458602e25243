import type { Db } from "../../db/prisma.ts";
import type { Prisma, User } from "../../generated/prisma/client.ts";
import type { UserRole, UserStatus } from "../../generated/prisma/enums.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { HttpError } from "../../http/errors.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { kycSummary } from "../kyc/kyc-status.ts";
import { presentAccountFields } from "../profile/profile.presenter.ts";

// The operators' view of accounts: a searchable list and one account in full (profile, KYC with
// masked values, wallet, activity counts), with the fields its owner sees of it. PANs are masked here too: an operator recognises a
// document by its last four characters, and nothing more leaves the database.

export interface UserSearch {
  page: number;
  per_page: number;
  status?: UserStatus;
  role?: UserRole;
  /** Name or e-mail (contains, any case), phone (contains), or the PAN's last 4 characters. */
  q?: string;
  created_from?: Date;
  created_to?: Date;
}

export const presentUserForAdmin = (user: User) => ({
  ...presentAccountFields(user),
  status_reason: user.statusReason,
  created_at: user.createdAt.toISOString(),
  updated_at: user.updatedAt.toISOString(),
});

function searchTerms(q: string): Prisma.UserWhereInput[] {
  const terms: Prisma.UserWhereInput[] = [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }];
  const digits = q.replace(/[\s-]/g, "");
  if (/^\+?\d{3,15}$/.test(digits)) terms.push({ phone: { contains: digits } });
  if (/^[A-Za-z0-9]{4}$/.test(q)) terms.push({ pan: { endsWith: q.toUpperCase() } });
  return terms;
}

/** Newest first. */
export async function searchUsers(db: Db, query: UserSearch) {
  const where: Prisma.UserWhereInput = {
    status: query.status,
    role: query.role,
    ...(query.q ? { OR: searchTerms(query.q) } : {}),
    ...(query.created_from || query.created_to ? { createdAt: { ...(query.created_from ? { gte: query.created_from } : {}), ...(query.created_to ? { lt: query.created_to } : {}) } } : {}),
  };
  const [items, total] = await Promise.all([
    db.user.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    db.user.count({ where }),
  ]);
  return { items: items.map(presentUserForAdmin), total };
}

export async function userForAdmin(db: Db, userId: number) {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new HttpError(404, "User not found.", "NOT_FOUND");
  const [kyc, wallet, unitsOwned, unitsFunded, bids, withdrawals] = await Promise.all([
    kycSummary(db, user.id),
    walletBalances(db, user.id),
    db.factoringUnit.groupBy({ by: ["status"], where: { ownerId: user.id }, _count: { _all: true } }),
    db.factoringUnit.count({ where: { funderId: user.id } }),
    db.bid.groupBy({ by: ["status"], where: { bidderId: user.id }, _count: { _all: true } }),
    db.withdrawal.count({ where: { userId: user.id, status: "processing" } }),
  ]);
  const byStatus = (rows: { status: string; _count: { _all: number } }[]) => Object.fromEntries(rows.map((row) => [row.status, row._count._all]));
  return {
    ...presentUserForAdmin(user),
    kyc_status: kyc,
    wallet: { balance: paiseToRupees(wallet.balance), on_hold: paiseToRupees(wallet.onHold), available: paiseToRupees(wallet.available), currency: "INR" as const },
    counts: {
      factoring_units: unitsOwned.reduce((sum, row) => sum + row._count._all, 0),
      factoring_units_by_status: byStatus(unitsOwned),
      factoring_units_funded: unitsFunded,
      bids: bids.reduce((sum, row) => sum + row._count._all, 0),
      bids_by_status: byStatus(bids),
      withdrawals_processing: withdrawals,
    },
  };
}
