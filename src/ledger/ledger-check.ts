import type { DbOrTx } from "../db/prisma.ts";

// The ledger's invariants, checked from the rows themselves. Run by `npm run admin -- ledger-check`
// and at the end of the test suite.

export interface LedgerProblem {
  kind: "unbalanced_transaction" | "too_few_entries" | "cached_balance_mismatch" | "negative_user_balance" | "holds_mismatch" | "payment_ledger_mismatch";
  id: string;
  detail: string;
}

export async function checkLedger(db: DbOrTx): Promise<LedgerProblem[]> {
  const unbalanced = await db.$queryRaw<{ id: bigint; total: bigint; entries: bigint }[]>`
    SELECT t.id, COALESCE(SUM(e.amount), 0)::bigint AS total, COUNT(e.id) AS entries
      FROM ledger_transactions t LEFT JOIN ledger_entries e ON e.transaction_id = t.id
     GROUP BY t.id
    HAVING COALESCE(SUM(e.amount), 0) <> 0 OR COUNT(e.id) < 2`;
  const mismatched = await db.$queryRaw<{ code: string; balance: bigint; total: bigint }[]>`
    SELECT a.code, a.balance, COALESCE(SUM(e.amount), 0)::bigint AS total
      FROM ledger_accounts a LEFT JOIN ledger_entries e ON e.account_id = a.id
     WHERE a.type IN ('user_wallet', 'user_holds')
     GROUP BY a.id
    HAVING a.balance <> COALESCE(SUM(e.amount), 0)`;
  // Platform accounts keep no cached balance (post-transaction.ts): their column must stay 0.
  const platformCached = await db.$queryRaw<{ code: string; balance: bigint; total: bigint }[]>`
    SELECT code, balance, 0::bigint AS total FROM ledger_accounts WHERE type NOT IN ('user_wallet', 'user_holds') AND balance <> 0`;
  const negative = await db.$queryRaw<{ code: string; balance: bigint }[]>`
    SELECT code, balance FROM ledger_accounts WHERE type IN ('user_wallet', 'user_holds') AND balance < 0`;
  const holds = await db.$queryRaw<{ user_id: number; account: bigint; active: bigint }[]>`
    SELECT u.user_id, COALESCE(a.balance, 0)::bigint AS account, COALESCE(h.active, 0)::bigint AS active
      FROM (SELECT user_id FROM ledger_accounts WHERE type = 'user_holds' UNION SELECT user_id FROM holds) u
      LEFT JOIN ledger_accounts a ON a.user_id = u.user_id AND a.type = 'user_holds'
      LEFT JOIN (SELECT user_id, SUM(amount) AS active FROM holds WHERE status = 'active' GROUP BY user_id) h ON h.user_id = u.user_id
     WHERE COALESCE(a.balance, 0) <> COALESCE(h.active, 0)`;
  const payments = await db.$queryRaw<{ id: number; status: string; credits: bigint }[]>`
    SELECT p.id, p.status::text AS status, COUNT(t.id) AS credits
      FROM payments p LEFT JOIN ledger_transactions t ON t.reference = 'payment:' || p.id || ':capture'
     GROUP BY p.id
    HAVING (p.status = 'paid') <> (COUNT(t.id) = 1)`;

  return [
    ...unbalanced.map((row) =>
      row.entries < 2n
        ? { kind: "too_few_entries" as const, id: `transaction:${row.id}`, detail: `${row.entries} entries` }
        : { kind: "unbalanced_transaction" as const, id: `transaction:${row.id}`, detail: `entries sum to ${row.total}` },
    ),
    ...[...mismatched, ...platformCached].map((row) => ({ kind: "cached_balance_mismatch" as const, id: row.code, detail: `cached ${row.balance}, entries ${row.total}` })),
    ...negative.map((row) => ({ kind: "negative_user_balance" as const, id: row.code, detail: `balance ${row.balance}` })),
    ...holds.map((row) => ({ kind: "holds_mismatch" as const, id: `user:${row.user_id}:holds`, detail: `account ${row.account}, active holds ${row.active}` })),
    ...payments.map((row) => ({ kind: "payment_ledger_mismatch" as const, id: `payment:${row.id}`, detail: `status ${row.status}, ${row.credits} credits` })),
  ];
}

/**
 * How many transactions and accounts the check covered, for its report. One raw statement: two model
 * counts made the CLI compile two query plans in Prisma's query compiler (40-50 ms of a command).
 */
export async function ledgerSize(db: DbOrTx): Promise<{ transactions: number; accounts: number }> {
  const [row] = await db.$queryRaw<{ transactions: bigint; accounts: bigint }[]>`
    SELECT (SELECT COUNT(*) FROM ledger_transactions) AS transactions, (SELECT COUNT(*) FROM ledger_accounts) AS accounts`;
  return { transactions: Number(row!.transactions), accounts: Number(row!.accounts) };
}
