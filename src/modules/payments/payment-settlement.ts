import type { Db, Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import { Prisma, type Payment } from "../../generated/prisma/client.ts";
import { walletAfterPostingColumnsSql, walletFromColumns, type WalletBalances } from "../../ledger/balances.ts";
import { ensureAccounts } from "../../ledger/post-transaction.ts";
import { walletTopupCtes } from "../../ledger/wallet-postings.ts";
import { paiseToRupees } from "../../money.ts";
import { notify, notifyCtes } from "../notifications/notify.ts";

// The two ways a payment ends, shared by verify and by webhooks. Both lock the payment row first, so
// verify, its replays and webhook deliveries racing each other apply the outcome once, and a paid
// payment never moves backwards.

/** Locks and reads the payment in one statement (a lock, then Prisma's read, was two round trips). */
export async function lockPayment(tx: Tx, paymentId: number): Promise<Payment> {
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM payments WHERE id = ${paymentId} FOR UPDATE`;
  if (!row) throw new Error(`payment ${paymentId} does not exist`);
  return camelCaseRow<Payment>(row);
}

/**
 * The payment is paid: it is marked so, the wallet is credited and the user told, once, whichever of
 * verify, its replays and webhook deliveries gets here first. One statement (it was six round trips,
 * BEGIN to COMMIT): the payment locked, marked paid only if it was not, the credit posted (ledger
 * walletTopupCtes) and the notification with its push job written. Who paid and how much never change,
 * so they are read first, without a lock (or passed in by a caller that has the row). When it credits,
 * it also returns the user's wallet as the credit left it (verify answers with it: a read fewer).
 */
export async function markPaymentPaid(
  db: Db,
  options: { paymentId: number; gatewayPaymentId: string; payment?: Pick<Payment, "id" | "userId" | "amount"> },
): Promise<{ payment: Payment; credited: true; wallet: WalletBalances } | { payment: Payment; credited: false }> {
  const known = options.payment ?? (await db.payment.findUnique({ where: { id: options.paymentId }, select: { id: true, userId: true, amount: true } }));
  if (!known) throw new Error(`payment ${options.paymentId} does not exist`);
  const credit = walletTopupCtes({ paymentId: known.id, userId: known.userId, amount: known.amount, after: "paid" });
  const notice = notifyCtes({ source: "paid", userId: Prisma.sql`${known.userId}`, event: "payment.credited", data: { payment_id: known.id, amount: paiseToRupees(known.amount) }, fromStatement: {} });
  const settle = () => db.$queryRaw<Record<string, unknown>[]>`
    WITH payment_locked AS MATERIALIZED (
      SELECT id, status FROM payments WHERE id = ${known.id} FOR UPDATE
    ), paid AS (
      UPDATE payments SET status = 'paid', gateway_payment_id = ${options.gatewayPaymentId}, paid_at = now(), failure_reason = NULL, updated_at = now()
        FROM payment_locked l
       WHERE payments.id = l.id AND l.status <> 'paid' AND ${credit.accountsReady}
      RETURNING payments.*
    ), ${credit.ctes}, ${notice}
    SELECT paid.*, (SELECT status FROM payment_locked) AS seen_status, ${credit.accountsReady} AS accounts_ready, ${walletAfterPostingColumnsSql(known.userId)}
      FROM (SELECT 1) AS one LEFT JOIN paid ON true`;
  for (let attempt = 1; ; attempt++) {
    const { seen_status: seenStatus, accounts_ready: accountsReady, wallet_available: available, wallet_on_hold: onHold, ...columns } = (await settle())[0]!;
    if (columns.id !== null) {
      return { payment: camelCaseRow<Payment>(columns), credited: true, wallet: walletFromColumns({ wallet_available: available as bigint, wallet_on_hold: onHold as bigint }) };
    }
    if (seenStatus === "paid") return { payment: await db.payment.findUniqueOrThrow({ where: { id: known.id } }), credited: false };
    // A first top-up: the user's wallet account does not exist yet.
    if (accountsReady || attempt > 1) throw new Error(`payment ${known.id} could not be marked paid`);
    await ensureAccounts(db, credit.codes);
  }
}

/** A failed attempt. Razorpay lets the customer retry the same order, so `failed` may still become `paid`. */
export async function markPaymentFailed(db: Db, options: { paymentId: number; reason: string }): Promise<Payment> {
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, options.paymentId);
    if (payment.status !== "created") return payment;
    const failed = await tx.payment.update({ where: { id: payment.id }, data: { status: "failed", failureReason: options.reason } });
    await notify(tx, payment.userId, "payment.failed", { payment_id: payment.id, amount: paiseToRupees(payment.amount), reason: options.reason });
    return failed;
  });
}
