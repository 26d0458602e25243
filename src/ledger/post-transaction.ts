import type { Tx } from "../db/prisma.ts";
import type { LedgerAccountType } from "../generated/prisma/enums.ts";
import type { LedgerTransaction } from "../generated/prisma/client.ts";
import { describeAccountCode, mustStayNonNegative } from "./accounts.ts";
import { InsufficientFunds } from "./errors.ts";

export interface Posting {
  /** Unique per business effect ("payment:12:capture"): posting it again returns the first transaction. */
  reference: string;
  kind: string;
  businessType: string;
  businessId: string | number;
  description: string;
  entries: { account: string; amount: bigint }[];
}

interface LockedAccount {
  id: number;
  code: string;
  type: LedgerAccountType;
  balance: bigint;
}

/**
 * Posts one balanced transaction inside the caller's database transaction. User accounts (wallets and
 * holds, whose balances may never go below zero) are locked in id order (one fixed order for every
 * posting, so concurrent postings cannot deadlock each other), the reference is checked under those
 * locks (every effect moves some user's money, so two racing postings of one effect yield one
 * transaction; the unique reference backs this up), and user accounts are refused any balance below
 * zero.
 *
 * Platform accounts (Razorpay clearing, fees, GST payable, payouts in transit) guard no constraint, so
 * they are neither locked nor given a cached balance: their balance is the sum of their entries
 * (platformBalance). Locking them made every top-up of the whole platform wait on one row, and every
 * accept on two, for the rest of its transaction.
 */
export async function postTransaction(tx: Tx, posting: Posting): Promise<{ transaction: LedgerTransaction; created: boolean }> {
  const entries = mergeEntries(posting.entries);
  if (entries.length < 2) throw new Error(`ledger posting ${posting.reference} needs at least two accounts`);
  const sum = entries.reduce((total, entry) => total + entry.amount, 0n);
  if (sum !== 0n) throw new Error(`ledger posting ${posting.reference} does not balance (${sum})`);

  const codes = entries.map((entry) => entry.account);
  const userCodes = codes.filter((code) => mustStayNonNegative(describeAccountCode(code).type));
  const platformCodes = codes.filter((code) => !userCodes.includes(code));
  // User accounts locked in id order, platform accounts only read, in one statement. An account seen
  // for the first time is created, then the statement runs again (accounts are never deleted).
  const lockAndRead = () => tx.$queryRaw<LockedAccount[]>`
    WITH locked AS (SELECT id, code, type::text AS type, balance FROM ledger_accounts WHERE code = ANY(${userCodes}) ORDER BY id FOR UPDATE)
    SELECT * FROM locked
    UNION ALL SELECT id, code, type::text AS type, balance FROM ledger_accounts WHERE code = ANY(${platformCodes})`;
  let accounts = await lockAndRead();
  if (accounts.length < codes.length) {
    await tx.ledgerAccount.createMany({ data: codes.map((code) => ({ code, ...describeAccountCode(code) })), skipDuplicates: true });
    accounts = await lockAndRead();
  }
  const byCode = new Map(accounts.map((account) => [account.code, account]));

  // Funds are checked against the balances just locked. A refused posting may still be a repeat of one
  // that went through (posting again returns the first transaction), so that is looked up first.
  const short = entries.find((entry) => {
    const account = byCode.get(entry.account)!;
    return mustStayNonNegative(account.type) && account.balance + entry.amount < 0n;
  });
  if (short) {
    const existing = await tx.ledgerTransaction.findUnique({ where: { reference: posting.reference } });
    if (existing) return { transaction: existing, created: false };
    throw new InsufficientFunds(short.account);
  }

  // The transaction, its entries and the locked user accounts' cached balances, in one statement (it
  // replaces a reference look-up, two inserts and an update: four round trips on every money step).
  // It runs after the locks, so its snapshot sees a racing posting of the same effect that committed
  // while we waited; then nothing is written and that one is returned. The unique reference backs it.
  const moves = entries.filter((entry) => userCodes.includes(entry.account));
  const [row] = await tx.$queryRaw<(LedgerTransactionRow & { created: boolean })[]>`
    WITH existing AS (SELECT * FROM ledger_transactions WHERE reference = ${posting.reference}),
    created AS (
      INSERT INTO ledger_transactions (kind, reference, business_type, business_id, description)
      SELECT ${posting.kind}, ${posting.reference}, ${posting.businessType}, ${String(posting.businessId)}, ${posting.description}
       WHERE NOT EXISTS (SELECT 1 FROM existing)
      RETURNING *
    ), entries AS (
      INSERT INTO ledger_entries (transaction_id, account_id, amount)
      SELECT created.id, e.account_id, e.amount
        FROM created, unnest(${entries.map((entry) => byCode.get(entry.account)!.id)}::int[], ${entries.map((entry) => entry.amount.toString())}::bigint[]) AS e(account_id, amount)
    ), balances AS (
      UPDATE ledger_accounts a SET balance = a.balance + m.amount, updated_at = now()
        FROM created, unnest(${moves.map((entry) => byCode.get(entry.account)!.id)}::int[], ${moves.map((entry) => entry.amount.toString())}::bigint[]) AS m(id, amount)
       WHERE a.id = m.id
    )
    SELECT id, kind, reference, business_type, business_id, description, created_at, TRUE AS created FROM created
    UNION ALL
    SELECT id, kind, reference, business_type, business_id, description, created_at, FALSE FROM existing`;
  if (!row) throw new Error(`ledger posting ${posting.reference} wrote nothing`);
  const { created, ...transaction } = row;
  return { transaction: presentTransaction(transaction), created };
}

type LedgerTransactionRow = { id: bigint; kind: string; reference: string; business_type: string; business_id: string; description: string; created_at: Date };

const presentTransaction = (row: LedgerTransactionRow): LedgerTransaction => ({
  id: row.id,
  kind: row.kind,
  reference: row.reference,
  businessType: row.business_type,
  businessId: row.business_id,
  description: row.description,
  createdAt: row.created_at,
});

/** One entry per account (a posting may name an account twice); zero entries are dropped. */
function mergeEntries(entries: Posting["entries"]) {
  const merged = new Map<string, bigint>();
  for (const entry of entries) merged.set(entry.account, (merged.get(entry.account) ?? 0n) + entry.amount);
  return [...merged].filter(([, amount]) => amount !== 0n).map(([account, amount]) => ({ account, amount }));
}
