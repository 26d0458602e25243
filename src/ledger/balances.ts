import type { DbOrTx } from "../db/prisma.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { holdsAccount, platformAccount, walletAccount, type PlatformAccountType } from "./accounts.ts";

export interface WalletBalances {
  /** Everything the user owns on the platform: available plus on hold. */
  balance: bigint;
  onHold: bigint;
  available: bigint;
}

/** A platform account's balance: the sum of its entries (platform accounts keep no cached balance). */
export async function platformBalance(db: DbOrTx, type: PlatformAccountType): Promise<bigint> {
  const [row] = await db.$queryRaw<[{ balance: bigint }]>`
    SELECT COALESCE(SUM(e.amount), 0)::bigint AS balance FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id WHERE a.code = ${platformAccount(type)}`;
  return row.balance;
}

/** A user's wallet (GET /payments/wallet on every app screen): one indexed statement, no ORM mapping. */
export async function walletBalances(db: DbOrTx, userId: number): Promise<WalletBalances> {
  const [row] = await db.$queryRaw<[{ wallet_available: bigint; wallet_on_hold: bigint }]>`SELECT ${walletBalanceColumnsSql(userId)}`;
  return walletFromColumns(row);
}

/**
 * walletBalances as two columns of a caller's statement (`wallet_available`, `wallet_on_hold`), for a
 * read that gathers many figures in one round trip (the dashboard); walletFromColumns reads them back.
 */
export function walletBalanceColumnsSql(userId: number): Prisma.Sql {
  return walletColumnsSql(userId, Prisma.sql`(SELECT COALESCE(SUM(balance), 0) FROM ledger_accounts WHERE code = ${walletAccount(userId)})`);
}

/**
 * walletBalanceColumnsSql for a statement that posts to the user's wallet (postingCtes), as the
 * posting left it: the wallet's balance from the posting's `balances` CTE (the statement's own reads of
 * ledger_accounts see the balance from before it), the holds account as read. `wallet_available` is
 * null when the statement did not post. It saves the read after the posting (markPaymentPaid).
 */
export function walletAfterPostingColumnsSql(userId: number): Prisma.Sql {
  return walletColumnsSql(userId, Prisma.sql`(SELECT balance FROM balances WHERE code = ${walletAccount(userId)})`);
}

/** The two wallet columns: the wallet's balance as `walletBalance` gives it, the holds account as read. */
const walletColumnsSql = (userId: number, walletBalance: Prisma.Sql) =>
  Prisma.sql`${walletBalance}::bigint AS wallet_available,
    (SELECT COALESCE(SUM(balance), 0) FROM ledger_accounts WHERE code = ${holdsAccount(userId)})::bigint AS wallet_on_hold`;

export function walletFromColumns(row: { wallet_available: bigint; wallet_on_hold: bigint }): WalletBalances {
  return { balance: row.wallet_available + row.wallet_on_hold, onHold: row.wallet_on_hold, available: row.wallet_available };
}
