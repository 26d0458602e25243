import crypto from "node:crypto";
import type { AppDeps } from "../../app-deps.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { fieldError, HttpError, notFound } from "../../http/errors.ts";
import type { User } from "../../generated/prisma/client.ts";
import { walletBalances, type WalletBalances } from "../../ledger/balances.ts";
import { paiseToRupees } from "../../money.ts";
import type { z } from "../../validation/zod.ts";
import { GatewayUnavailable } from "../../providers/payments/payment-gateway.ts";
import { paymentSignatureValid } from "../../providers/payments/signatures.ts";
import { markPaymentFailed, markPaymentPaid } from "./payment-settlement.ts";
import { presentPayment, presentWallet } from "./payment-presenters.ts";
import type { createOrderBody, verifyPaymentBody } from "./payments.schemas.ts";

type Deps = Pick<AppDeps, "prisma" | "paymentGateway">;

const gatewayDown = (error: unknown) =>
  error instanceof GatewayUnavailable ? new HttpError(503, "Payment gateway unavailable. Please try again shortly.", "SERVICE_UNAVAILABLE") : error;

export async function createOrder({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof createOrderBody> }) {
  // Our own unique receipt, so an order at the gateway always maps back to exactly one payment row.
  const receipt = `hundi_${crypto.randomUUID().replaceAll("-", "")}`.slice(0, 40);
  const order = await deps.paymentGateway
    .createOrder({ amountPaise: input.amount, currency: "INR", receipt, notes: { user_id: String(user.id), type: input.type } })
    .catch((error: unknown) => {
      throw gatewayDown(error);
    });
  const payment = await deps.prisma.payment.create({
    data: { userId: user.id, type: input.type, amount: input.amount, gateway: deps.paymentGateway.name, orderId: order.orderId, receipt },
  });
  return {
    payment_id: payment.id,
    order_id: payment.orderId,
    amount: paiseToRupees(payment.amount),
    currency: "INR" as const,
    key_id: deps.paymentGateway.keyId,
    status: "created" as const,
  };
}

/**
 * Checks the checkout signature (constant time, key secret) and that the gateway really captured the
 * money, then credits the wallet once. Verifying an already paid payment returns the same result.
 */
export async function verifyPayment({ deps, user, input }: { deps: Deps; user: User; input: z.infer<typeof verifyPaymentBody> }) {
  const payment = await deps.prisma.payment.findFirst({ where: { id: input.payment_id, userId: user.id } });
  if (!payment) throw notFound("Payment");
  if (input.razorpay_order_id !== payment.orderId) throw fieldError("razorpay_order_id", "The razorpay order id does not match this payment.");
  if (!paymentSignatureValid(deps.paymentGateway.keySecret, payment.orderId, input.razorpay_payment_id, input.razorpay_signature)) {
    throw fieldError("razorpay_signature", "The razorpay signature is invalid.");
  }

  let settled = payment;
  let wallet: WalletBalances | null = null;
  if (payment.status !== "paid") {
    const confirmation = await deps.paymentGateway
      .confirmPayment({ paymentId: input.razorpay_payment_id, orderId: payment.orderId, amountPaise: payment.amount })
      .catch((error: unknown) => {
        throw gatewayDown(error);
      });
    if (!confirmation.captured) {
      if (confirmation.failed) await markPaymentFailed(deps.prisma, { paymentId: payment.id, reason: confirmation.reason });
      throw fieldError("razorpay_payment_id", `The payment was not captured: ${confirmation.reason}`);
    }
    const outcome = await markPaymentPaid(deps.prisma, { paymentId: payment.id, gatewayPaymentId: input.razorpay_payment_id, payment });
    settled = outcome.payment;
    if (outcome.credited) wallet = outcome.wallet;
  } else if (payment.gatewayPaymentId !== input.razorpay_payment_id) {
    throw fieldError("razorpay_payment_id", "This payment was completed with a different razorpay payment id.");
  }
  // The wallet as this credit left it; a replay (or a credit a racing webhook made) reads it now.
  return { payment: presentPayment(settled), wallet: presentWallet(wallet ?? (await walletBalances(deps.prisma, user.id))) };
}

export async function paymentHistory({ deps, userId, query }: { deps: Pick<AppDeps, "prisma">; userId: number; query: { page: number; per_page: number } }) {
  const [items, total] = await Promise.all([
    deps.prisma.payment.findMany({ where: { userId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    deps.prisma.payment.count({ where: { userId } }),
  ]);
  return { items: items.map(presentPayment), total };
}
