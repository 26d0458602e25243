import type { Db, Tx } from "../../db/prisma.ts";
import { camelCaseRow } from "../../db/rows.ts";
import type { Payment } from "../../generated/prisma/client.ts";
import { creditWalletTopup } from "../../ledger/wallet-postings.ts";
import { paiseToRupees } from "../../money.ts";
import { notify } from "../notifications/notify.ts";

// The two ways a payment ends, shared by verify and by webhooks. Both lock the payment row first, so
// verify, its replays and webhook deliveries racing each other apply the outcome once, and a paid
// payment never moves backwards.

/** Locks and reads the payment in one statement (a lock, then Prisma's read, was two round trips). */
export async function lockPayment(tx: Tx, paymentId: number): Promise<Payment> {
  const [row] = await tx.$queryRaw<Record<string, unknown>[]>`SELECT * FROM payments WHERE id = ${paymentId} FOR UPDATE`;
  if (!row) throw new Error(`payment ${paymentId} does not exist`);
  return camelCaseRow<Payment>(row);
}

export async function markPaymentPaid(db: Db, options: { paymentId: number; gatewayPaymentId: string }): Promise<{ payment: Payment; credited: boolean }> {
  return db.$transaction(async (tx) => {
    const payment = await lockPayment(tx, options.paymentId);
    if (payment.status === "paid") return { payment, credited: false };
    const paid = await tx.payment.update({
      where: { id: payment.id },
      data: { status: "paid", gatewayPaymentId: options.gatewayPaymentId, paidAt: new Date(), failureReason: null },
    });
    await creditWalletTopup(tx, { paymentId: payment.id, userId: payment.userId, amount: payment.amount });
    await notify(tx, payment.userId, "payment.credited", { payment_id: payment.id, amount: paiseToRupees(payment.amount) });
    return { payment: paid, credited: true };
  });
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
