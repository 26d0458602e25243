import type { Tx } from "../db/prisma.ts";
import { camelCaseRow } from "../db/rows.ts";
import { Prisma, type Hold } from "../generated/prisma/client.ts";
import { holdsAccount, walletAccount } from "./accounts.ts";
import { accountsExistSql, postingCtes, postTransaction } from "./post-transaction.ts";

// A hold moves money from a user's wallet to their holds account, so it is no longer available but is
// still theirs. It ends once: released (back to the wallet) or captured (paid out to other accounts).

export async function placeHold(
  tx: Tx,
  options: { userId: number; amount: bigint; kind: string; businessType: string; businessId: string | number; description: string },
): Promise<Hold> {
  if (options.amount <= 0n) throw new Error("a hold must be positive");
  const hold = await tx.hold.create({
    data: { userId: options.userId, amount: options.amount, kind: options.kind, businessType: options.businessType, businessId: String(options.businessId) },
  });
  await postTransaction(tx, {
    reference: `hold:${hold.id}:place`,
    kind: "hold_place",
    businessType: options.businessType,
    businessId: options.businessId,
    description: options.description,
    entries: [
      { account: walletAccount(options.userId), amount: -options.amount },
      { account: holdsAccount(options.userId), amount: options.amount },
    ],
  });
  return hold;
}

/**
 * The posting of a hold step as parts of a statement whose CTE `hold` is the hold placed, released or
 * captured: the reference, kind and business object postTransaction gives it (`hold:<id>:<step>`),
 * written once `hold` has rows.
 */
function holdStepPostingCtes(step: "place" | "release" | "capture", options: { businessType: string; description: string | Prisma.Sql; entries: { account: string; amount: bigint | Prisma.Sql }[] }) {
  return postingCtes({
    reference: Prisma.sql`'hold:' || (SELECT id FROM hold) || ${`:${step}`}`,
    kind: `hold_${step}`,
    businessType: options.businessType,
    businessId: Prisma.sql`(SELECT business_id FROM hold)`,
    description: options.description,
    entries: options.entries,
    after: "hold",
  });
}

/** `hold`: the user's active hold for the business effect ends as `status` once the caller's CTE `after` has rows. */
const endHoldCte = (status: "released" | "captured", thisHold: Prisma.Sql, after: string) => Prisma.sql`hold AS (
      UPDATE holds SET status = ${status}::"HoldStatus", updated_at = now()
       WHERE ${thisHold} AND EXISTS (SELECT 1 FROM ${Prisma.raw(after)})
      RETURNING *
    )`;

/**
 * placeHold as parts of a caller's statement, for a use case that places a hold in the same statement
 * as the change it is for (placeBid: one round trip instead of eight). `source` names the caller's CTE
 * of exactly one row whose `id` column is the business id (the new bid). Adds the CTE `hold` and the
 * posting's CTEs (postingCtes), with the same reference, kind and entries as placeHold; the user's
 * accounts are locked after the hold is written. `accountsReady` is SQL that is true when both
 * accounts exist: the caller writes nothing unless it holds, and creates them (ensureAccounts) and
 * runs again when it does not, as postTransaction does. A balance that would go below zero fails the
 * whole statement with the accounts' CHECK, as in postTransaction.
 */
export function placeHoldCtes(options: { source: string; userId: number; amount: bigint; kind: string; businessType: string; description: string | Prisma.Sql }) {
  if (options.amount <= 0n) throw new Error("a hold must be positive");
  const source = Prisma.raw(options.source);
  const posting = holdStepPostingCtes("place", {
    businessType: options.businessType,
    description: options.description,
    entries: [
      { account: walletAccount(options.userId), amount: -options.amount },
      { account: holdsAccount(options.userId), amount: options.amount },
    ],
  });
  const ctes = Prisma.sql`hold AS (
      INSERT INTO holds (user_id, amount, kind, business_type, business_id, updated_at)
      SELECT ${options.userId}, ${options.amount}, ${options.kind}, ${options.businessType}, id::text, now() FROM ${source}
      RETURNING *
    ), ${posting.ctes}`;
  return { ctes, accountsReady: accountsExistSql(posting.codes), codes: posting.codes };
}

/**
 * releaseHold as parts of a caller's statement (withdrawBid: one round trip instead of eight). The CTE
 * `hold` ends the user's active hold for the business effect, only once the caller's CTE `after` has
 * rows (the caller's own change, written first: the lock order stays the caller's rows, the hold, the
 * accounts); then the same posting as releaseHold, its amount read from the hold. `accountsReady` as
 * in placeHoldCtes: the caller writes nothing unless it holds.
 */
export function releaseHoldCtes(options: { userId: number; kind: string; businessType: string; businessId: Prisma.Sql; description: string; after: string }) {
  const amount = Prisma.sql`SELECT amount FROM hold`;
  const posting = holdStepPostingCtes("release", {
    businessType: options.businessType,
    description: options.description,
    entries: [
      { account: holdsAccount(options.userId), amount: Prisma.sql`-(${amount})` },
      { account: walletAccount(options.userId), amount },
    ],
  });
  const thisHold = Prisma.sql`business_type = ${options.businessType} AND business_id = ${options.businessId} AND kind = ${options.kind}
         AND user_id = ${options.userId} AND status = 'active'`;
  const ctes = Prisma.sql`${endHoldCte("released", thisHold, options.after)}, ${posting.ctes}`;
  return { ctes, accountsReady: accountsExistSql(posting.codes) };
}

/**
 * captureHold as parts of a caller's statement (accepting a bid: one statement for the bid, the unit,
 * the capture and the notifications). The CTE `hold` captures the user's active hold for the business
 * effect once the caller's CTE `after` has rows, only if it holds exactly what the credits add up to;
 * then the same posting as captureHold (zero credits left out, as postTransaction leaves them out).
 * `holdMatches` is SQL the caller puts in its own change's condition, so that nothing is written
 * unless the hold will be captured (the hold cannot change meanwhile: the caller holds the lock of
 * the row it belongs to). `accountsReady` as in placeHoldCtes.
 */
export function captureHoldCtes(options: { userId: number; kind: string; businessType: string; businessId: string; description: string; credits: { account: string; amount: bigint }[]; after: string }) {
  const credits = options.credits.filter((credit) => credit.amount !== 0n);
  const total = options.credits.reduce((sum, credit) => sum + credit.amount, 0n);
  const posting = holdStepPostingCtes("capture", { businessType: options.businessType, description: options.description, entries: [{ account: holdsAccount(options.userId), amount: -total }, ...credits] });
  const thisHold = Prisma.sql`business_type = ${options.businessType} AND business_id = ${options.businessId} AND kind = ${options.kind}
         AND user_id = ${options.userId} AND status = 'active' AND amount = ${total}`;
  const ctes = Prisma.sql`${endHoldCte("captured", thisHold, options.after)}, ${posting.ctes}`;
  return { ctes, holdMatches: Prisma.sql`EXISTS (SELECT 1 FROM holds WHERE ${thisHold})`, accountsReady: accountsExistSql(posting.codes), codes: posting.codes };
}

/**
 * releaseHold for many holds in one part of a caller's statement (ending every other pending bid of
 * an accepted, cancelled or lapsed unit: one statement where it was one per bid). The CTE `released`
 * ends each listed user's active hold for its business effect once the caller's CTE `after` has rows;
 * then, per hold, the posting releaseHold makes (same reference, kind, description and two entries).
 * The accounts are locked in one ordered pass (by id), so two such statements over the same users
 * cannot deadlock. `allWritten` is SQL that is true when every hold was released and posted: the
 * caller's final SELECT checks it with assert_statement, so a half-written release fails the whole
 * statement. `codes` are the accounts the releases post to.
 */
export function releaseHoldsCtes(options: { kind: string; businessType: string; holds: { businessId: string; userId: number }[]; description: string; after: string }) {
  const { holds } = options;
  // Each hold is found by its unique key first (a LATERAL subquery with LIMIT is never flattened into
  // a join, so it is always one index probe per key), then updated by id. Joining holds to the keys
  // directly let PostgreSQL's generic plan of this prepared statement walk every hold of the kind and
  // filter: with stale statistics (a holds table analysed while small) it read all 5,686 active bid
  // holds for each acceptance, 6-8 ms that grew with the market.
  const ctes = Prisma.sql`released_keys AS MATERIALIZED (
      SELECT found.id, k.user_id, k.holds_code, k.wallet_code
        FROM unnest(${holds.map((hold) => hold.businessId)}::text[], ${holds.map((hold) => hold.userId)}::int[],
                    ${holds.map((hold) => holdsAccount(hold.userId))}::text[], ${holds.map((hold) => walletAccount(hold.userId))}::text[])
             AS k(business_id, user_id, holds_code, wallet_code)
       CROSS JOIN LATERAL (
         SELECT id FROM holds WHERE business_type = ${options.businessType} AND business_id = k.business_id AND kind = ${options.kind} LIMIT 1
       ) found
    ), released AS (
      UPDATE holds h SET status = 'released', updated_at = now()
        FROM released_keys k
       WHERE h.id = ANY(ARRAY(SELECT id FROM released_keys)) AND h.id = k.id
         AND h.user_id = k.user_id AND h.status = 'active' AND EXISTS (SELECT 1 FROM ${Prisma.raw(options.after)})
      RETURNING h.id, h.amount, h.business_id, k.holds_code, k.wallet_code
    ), released_moves AS (
      SELECT id AS hold_id, holds_code AS code, -amount AS amount FROM released
      UNION ALL SELECT id, wallet_code, amount FROM released
    ), released_locked AS MATERIALIZED (
      SELECT id, code FROM ledger_accounts WHERE code IN (SELECT code FROM released_moves) ORDER BY id FOR UPDATE
    ), released_postings AS (
      INSERT INTO ledger_transactions (kind, reference, business_type, business_id, description)
      SELECT 'hold_release', 'hold:' || id || ':release', ${options.businessType}, business_id, ${options.description} FROM released
      RETURNING id, reference
    ), released_entries AS (
      INSERT INTO ledger_entries (transaction_id, account_id, amount)
      SELECT p.id, l.id, m.amount
        FROM released_moves m JOIN released_postings p ON p.reference = 'hold:' || m.hold_id || ':release' JOIN released_locked l ON l.code = m.code
      RETURNING 1
    ), released_balances AS (
      UPDATE ledger_accounts a SET balance = a.balance + m.amount, updated_at = now()
        FROM (SELECT code, SUM(amount) AS amount FROM released_moves GROUP BY code) m JOIN released_locked l ON l.code = m.code
       WHERE a.id = l.id
    )`;
  const allWritten = Prisma.sql`((SELECT COUNT(*) FROM released) = ${holds.length} AND (SELECT COUNT(*) FROM released_postings) = ${holds.length}
    AND (SELECT COUNT(*) FROM released_entries) = ${2 * holds.length})`;
  const codes = holds.flatMap((hold) => [holdsAccount(hold.userId), walletAccount(hold.userId)]);
  return { ctes, allWritten, codes };
}

/** A hold by its id, or by what it holds money for (unique: one hold per business effect and kind). */
export type HoldRef = bigint | { businessType: string; businessId: string; kind: string };

const describeHold = (ref: HoldRef) => (typeof ref === "bigint" ? `hold ${ref}` : `the ${ref.kind} hold of ${ref.businessType} ${ref.businessId}`);

/**
 * Locks and reads the hold in one statement; null when it has already ended. By business key, it
 * also saves the look-up of the hold's id that every bid ending used to make first.
 */
export async function lockActiveHold(tx: Tx, ref: HoldRef): Promise<Hold | null> {
  const [row] =
    typeof ref === "bigint"
      ? await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM holds WHERE id = ${ref} FOR UPDATE`
      : await tx.$queryRaw<Record<string, unknown>[]>`
          SELECT * FROM holds WHERE business_type = ${ref.businessType} AND business_id = ${ref.businessId} AND kind = ${ref.kind} FOR UPDATE`;
  if (!row) throw new Error(`${describeHold(ref)} does not exist`);
  const hold = camelCaseRow<Hold>(row);
  return hold.status === "active" ? hold : null;
}

/** Returns the held money to the wallet. Releasing an already ended hold changes nothing. */
export async function releaseHold(tx: Tx, ref: HoldRef, description: string): Promise<Hold | null> {
  const hold = await lockActiveHold(tx, ref);
  if (!hold) return null;
  await postTransaction(tx, {
    reference: `hold:${hold.id}:release`,
    kind: "hold_release",
    businessType: hold.businessType,
    businessId: hold.businessId,
    description,
    entries: [
      { account: holdsAccount(hold.userId), amount: -hold.amount },
      { account: walletAccount(hold.userId), amount: hold.amount },
    ],
  });
  return tx.hold.update({ where: { id: hold.id }, data: { status: "released" } });
}

/** Pays the held money to `credits`, which must add up to the hold. Capturing an ended hold is an error. */
export async function captureHold(tx: Tx, ref: HoldRef, options: { description: string; credits: { account: string; amount: bigint }[] }) {
  const hold = await lockActiveHold(tx, ref);
  if (!hold) throw new Error(`${describeHold(ref)} is not active`);
  const total = options.credits.reduce((sum, credit) => sum + credit.amount, 0n);
  if (total !== hold.amount) throw new Error(`capture of ${describeHold(ref)} must distribute exactly ${hold.amount} paise`);
  const { transaction } = await postTransaction(tx, {
    reference: `hold:${hold.id}:capture`,
    kind: "hold_capture",
    businessType: hold.businessType,
    businessId: hold.businessId,
    description: options.description,
    entries: [{ account: holdsAccount(hold.userId), amount: -hold.amount }, ...options.credits],
  });
  const captured = await tx.hold.update({ where: { id: hold.id }, data: { status: "captured" } });
  return { hold: captured, transaction };
}
