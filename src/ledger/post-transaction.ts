import type { Tx } from "../db/prisma.ts";
import { Prisma, type LedgerTransaction } from "../generated/prisma/client.ts";
import { describeAccountCode, mustStayNonNegative } from "./accounts.ts";
import { isCheckViolation } from "../db/errors.ts";
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

/**
 * Posts one balanced transaction inside the caller's database transaction, in one statement. User
 * accounts (wallets and holds, whose balances may never go below zero) are locked in id order (one
 * fixed order for every posting, so concurrent postings cannot deadlock each other); then, unless the
 * reference was posted already, the transaction, its entries and the locked accounts' cached balances
 * are written. A balance that would go below zero is refused by the accounts' CHECK constraint
 * (ledger_accounts_user_balance_non_negative) and becomes InsufficientFunds, after the repeat check:
 * posting an effect again returns its first transaction, whatever the balances are now.
 *
 * Platform accounts (Razorpay clearing, fees, GST payable, payouts in transit) guard no constraint, so
 * they are neither locked nor given a cached balance: their balance is the sum of their entries
 * (platformBalance). Locking them made every top-up of the whole platform wait on one row, and every
 * accept on two, for the rest of its transaction.
 *
 * It replaces a lock-and-read, a reference look-up, two inserts and an update (five round trips on
 * every money step; see bench/README.md). The rare paths take a second statement: an account seen for
 * the first time is created and the posting runs again; a racing posting of the same effect that
 * committed while this one waited for its locks is read back (the unique reference refused ours).
 */
export async function postTransaction(tx: Tx, posting: Posting): Promise<{ transaction: LedgerTransaction; created: boolean }> {
  const entries = mergeEntries(posting.entries);
  if (entries.length < 2) throw new Error(`ledger posting ${posting.reference} needs at least two accounts`);
  const sum = entries.reduce((total, entry) => total + entry.amount, 0n);
  if (sum !== 0n) throw new Error(`ledger posting ${posting.reference} does not balance (${sum})`);

  const { ctes, codes } = postingCtes({ ...posting, entries, reference: Prisma.sql`${posting.reference}`, businessId: Prisma.sql`${String(posting.businessId)}` });
  const post = () => tx.$queryRaw<(LedgerTransactionRow & { outcome: "created" | "existing" | "missing_accounts" })[]>`
    WITH ${ctes}
    SELECT id, kind, reference, business_type, business_id, description, created_at, 'created' AS outcome FROM created
    UNION ALL
    SELECT id, kind, reference, business_type, business_id, description, created_at, 'existing' FROM existing
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'missing_accounts' WHERE (SELECT COUNT(*) FROM accounts) < ${codes.length}`;
  const moves = entries.filter((entry) => mustStayNonNegative(describeAccountCode(entry.account).type));

  let rows;
  try {
    rows = await post();
    if (rows.some((row) => row.outcome === "missing_accounts") && !rows.some((row) => row.outcome === "existing")) {
      await ensureAccounts(tx, codes);
      rows = await post();
    }
  } catch (error) {
    if (isCheckViolation(error, "ledger_accounts_user_balance_non_negative")) {
      throw new InsufficientFunds(moves.find((entry) => entry.amount < 0n)?.account ?? codes[0]!);
    }
    throw error;
  }
  const row = rows.find((candidate) => candidate.outcome === "created") ?? rows.find((candidate) => candidate.outcome === "existing");
  if (row) {
    const { outcome, ...transaction } = row;
    return { transaction: presentTransaction(transaction), created: outcome === "created" };
  }
  // A racing posting of the same effect committed while this one waited for the locks.
  const existing = await tx.ledgerTransaction.findUnique({ where: { reference: posting.reference } });
  if (!existing) throw new Error(`ledger posting ${posting.reference} wrote nothing`);
  return { transaction: existing, created: false };
}

/**
 * The statement's parts that write one posting (CTEs named locked, accounts, existing, created, entries,
 * balances; `balances` returns each user account's code and its balance after the posting), so that
 * a use case can post in the same statement as the change the money is for (placeHoldCtes, for a
 * bid). `reference` and `businessId` may be SQL over the caller's CTEs; `after` names a CTE of the
 * caller's that must be written first: the user accounts are locked only once it has rows, which
 * keeps the one lock order (the caller's rows, then accounts) inside one statement.
 */
export function postingCtes(posting: {
  reference: Prisma.Sql;
  kind: string;
  businessType: string;
  businessId: Prisma.Sql;
  description: string | Prisma.Sql;
  /**
   * An amount may be SQL over the caller's CTEs (the amount of the hold a release ends): then the
   * caller builds the entries so that they balance by construction (the same expression, negated).
   */
  entries: { account: string; amount: bigint | Prisma.Sql }[];
  after?: string;
}): { ctes: Prisma.Sql; codes: string[] } {
  const { entries } = posting;
  const known = entries.every((entry) => typeof entry.amount === "bigint");
  if (known && entries.reduce((total, entry) => total + (entry.amount as bigint), 0n) !== 0n) throw new Error(`a ${posting.kind} posting does not balance`);
  const codes = entries.map((entry) => entry.account);
  const userCodes = codes.filter((code) => mustStayNonNegative(describeAccountCode(code).type));
  const platformCodes = codes.filter((code) => !userCodes.includes(code));
  const moves = entries.filter((entry) => userCodes.includes(entry.account));
  const after = posting.after ? Prisma.sql`AND EXISTS (SELECT 1 FROM ${Prisma.raw(posting.after)})` : Prisma.empty;
  const ctes = Prisma.sql`locked AS MATERIALIZED (
      SELECT id, code FROM ledger_accounts WHERE ${codeIsOneOf(userCodes)} ${after} ORDER BY id FOR UPDATE
    ), accounts AS (
      SELECT id, code FROM locked UNION ALL SELECT id, code FROM ledger_accounts WHERE ${codeIsOneOf(platformCodes)}
    ), existing AS (
      SELECT * FROM ledger_transactions WHERE reference = ${posting.reference}
    ), created AS (
      INSERT INTO ledger_transactions (kind, reference, business_type, business_id, description)
      SELECT ${posting.kind}, ${posting.reference}, ${posting.businessType}, ${posting.businessId}, ${posting.description}
       WHERE (SELECT COUNT(*) FROM accounts) = ${codes.length} AND NOT EXISTS (SELECT 1 FROM existing)
      ON CONFLICT (reference) DO NOTHING
      RETURNING *
    ), entries AS (
      INSERT INTO ledger_entries (transaction_id, account_id, amount)
      SELECT created.id, a.id, e.amount
        FROM created, unnest(${codes}::text[], ${amounts(entries)}) AS e(code, amount)
        JOIN accounts a ON a.code = e.code
    ), balances AS (
      UPDATE ledger_accounts a SET balance = a.balance + m.amount, updated_at = now()
        FROM created, locked l JOIN unnest(${moves.map((entry) => entry.account)}::text[], ${amounts(moves)}) AS m(code, amount) ON m.code = l.code
       WHERE a.id = l.id
      RETURNING a.code, a.balance
    )`;
  return { ctes, codes };
}

/**
 * One ordered lock of the user accounts of every posting a statement makes (a CTE named `name`), for
 * a statement with more than one posting: accepting a bid releases the other bidders' holds and
 * captures the winner's. Each posting locks its own accounts in id order, but two postings are two
 * passes, and two such statements could take each other's accounts in opposite orders and deadlock
 * (two units accepting each other's rejected bidders did: tests/integration/bids.test.ts). The caller
 * makes this CTE run before any posting's (its own change's condition counts its rows, and the
 * postings run only after that change), and only once `after`, the caller's locked rows, has rows:
 * the lock order stays the caller's rows, then the accounts. The postings lock the same rows again,
 * which costs no wait. `count` is how many rows it has when every account exists.
 */
export function lockAccountsFirstCte(options: { name: string; codes: string[]; after: string }) {
  const userCodes = [...new Set(options.codes.filter((code) => mustStayNonNegative(describeAccountCode(code).type)))];
  const cte = Prisma.sql`${Prisma.raw(options.name)} AS MATERIALIZED (
      SELECT id FROM ledger_accounts WHERE ${codeIsOneOf(userCodes)} AND EXISTS (SELECT 1 FROM ${Prisma.raw(options.after)}) ORDER BY id FOR UPDATE
    )`;
  return { cte, count: userCodes.length };
}

/** The entries' amounts as a bigint[]: one array parameter when all are known, else ARRAY[...] with the SQL ones. */
function amounts(entries: { amount: bigint | Prisma.Sql }[]): Prisma.Sql {
  if (entries.every((entry) => typeof entry.amount === "bigint")) return Prisma.sql`${entries.map((entry) => entry.amount.toString())}::bigint[]`;
  return Prisma.sql`ARRAY[${Prisma.join(entries.map((entry) => (typeof entry.amount === "bigint" ? Prisma.sql`${entry.amount.toString()}::bigint` : Prisma.sql`(${entry.amount})::bigint`)))}]::bigint[]`;
}

/** Creates the accounts a posting names that do not exist yet (a user's first top-up, first hold). */
export async function ensureAccounts(db: Pick<Tx, "ledgerAccount">, codes: string[]) {
  await db.ledgerAccount.createMany({ data: codes.map((code) => ({ code, ...describeAccountCode(code) })), skipDuplicates: true });
}

/** True in SQL when every account named exists (accounts are never deleted, so no lock is needed). */
export const accountsExistSql = (codes: string[]) => Prisma.sql`(SELECT COUNT(*) FROM ledger_accounts WHERE ${codeIsOneOf(codes)}) = ${codes.length}`;

/**
 * `code IN (...)` with one parameter per code, so that the planner knows how many accounts it looks
 * up. With one array parameter (`code = ANY($1)`) a generic plan assumes ten, and on PostgreSQL 15
 * ten probes of the unique index are costed above reading a table of a thousand accounts, so every
 * posting read the whole table, four to seven times (bench/README.md, fourteenth round). One posting
 * names two to four accounts, always as many for the same use case; a longer list (an acceptance
 * locks the accounts of every bidder whose hold it releases) is padded to a power of two by repeating
 * its last code (a repeat in IN changes nothing), which keeps the statement texts, each prepared once
 * per connection, to one per power of two.
 */
function codeIsOneOf(codes: string[]): Prisma.Sql {
  if (codes.length === 0) return Prisma.sql`false`;
  const size = codes.length <= 4 ? codes.length : 2 ** Math.ceil(Math.log2(codes.length));
  const padded = [...codes, ...Array<string>(size - codes.length).fill(codes.at(-1)!)];
  return Prisma.sql`code IN (${Prisma.join(padded)})`;
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
