import type { DbOrTx } from "../db/prisma.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { LedgerAccountType } from "../generated/prisma/enums.ts";
import { mustStayNonNegative } from "./accounts.ts";

// What an operator reads of the ledger: an account with its balance and latest entries, and
// transactions by reference or by the business object they belong to. Read-only: postings are made
// by the named postings of this module only.

export interface AccountStatement {
  id: number;
  code: string;
  type: LedgerAccountType;
  userId: number | null;
  /** User accounts: the cached balance (ledger-check proves it equals the entries); platform accounts: the sum of entries. */
  balance: bigint;
  entryCount: number;
  entries: { id: bigint; transactionId: bigint; reference: string; kind: string; description: string; amount: bigint; createdAt: Date }[];
}

/** By numeric id or by code (`user:12:wallet`, `platform:platform_fees`); null when there is none. */
export async function accountStatement(db: DbOrTx, ref: string, options: { limit: number }): Promise<AccountStatement | null> {
  const account = /^\d{1,10}$/.test(ref) ? await db.ledgerAccount.findUnique({ where: { id: Number(ref) } }) : await db.ledgerAccount.findUnique({ where: { code: ref } });
  if (!account) return null;
  const [totals] = await db.$queryRaw<[{ total: bigint; count: bigint }]>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS total, COUNT(*) AS count FROM ledger_entries WHERE account_id = ${account.id}`;
  const entries = await db.$queryRaw<AccountStatement["entries"]>`
    SELECT e.id, e.transaction_id AS "transactionId", t.reference, t.kind, t.description, e.amount, e.created_at AS "createdAt"
      FROM ledger_entries e JOIN ledger_transactions t ON t.id = e.transaction_id
     WHERE e.account_id = ${account.id} ORDER BY e.id DESC LIMIT ${options.limit}`;
  return {
    id: account.id,
    code: account.code,
    type: account.type,
    userId: account.userId,
    balance: mustStayNonNegative(account.type) ? account.balance : totals.total,
    entryCount: Number(totals.count),
    entries,
  };
}

export interface TransactionQuery {
  page: number;
  per_page: number;
  reference?: string;
  business_type?: string;
  business_id?: string;
  kind?: string;
}

/** Newest first, each with its entries (account code and signed amount in paise). */
export async function findTransactions(db: DbOrTx, query: TransactionQuery) {
  const where: Prisma.LedgerTransactionWhereInput = { reference: query.reference, businessType: query.business_type, businessId: query.business_id, kind: query.kind };
  const [items, total] = await Promise.all([
    db.ledgerTransaction.findMany({
      where,
      include: { entries: { include: { account: { select: { code: true } } }, orderBy: { id: "asc" } } },
      orderBy: { id: "desc" },
      skip: (query.page - 1) * query.per_page,
      take: query.per_page,
    }),
    db.ledgerTransaction.count({ where }),
  ]);
  return { items, total };
}
