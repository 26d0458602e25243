import type { AppDeps } from "../../app-deps.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { holdsAccount, walletAccount } from "../../ledger/accounts.ts";
import { walletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import { presentWallet } from "./payment-presenters.ts";

type Deps = Pick<AppDeps, "prisma">;

export async function getWallet({ deps, userId }: { deps: Deps; userId: number }) {
  return presentWallet(await walletBalances(deps.prisma, userId));
}

/** The caller's ledger lines (wallet and on-hold parts), newest first. */
export async function walletTransactions({ deps, userId, query }: { deps: Deps; userId: number; query: { page: number; per_page: number } }) {
  const where = { account: { code: { in: [walletAccount(userId), holdsAccount(userId)] } } };
  const [entries, total] = await Promise.all([
    deps.prisma.ledgerEntry.findMany({ where, include: { transaction: true, account: true }, orderBy: { id: "desc" }, ...pageWindow(query) }),
    deps.prisma.ledgerEntry.count({ where }),
  ]);
  const items = entries.map((entry) => ({
    id: Number(entry.id),
    transaction_id: Number(entry.transactionId),
    kind: entry.transaction.kind,
    account: entry.account.type === "user_wallet" ? ("wallet" as const) : ("on_hold" as const),
    amount: paiseToRupees(entry.amount),
    description: entry.transaction.description,
    reference: { type: entry.transaction.businessType, id: entry.transaction.businessId },
    created_at: entry.createdAt.toISOString(),
  }));
  return { items, total };
}
