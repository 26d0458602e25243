import { z } from "../../validation/zod.ts";
import { paginationQuery } from "../../http/envelopes.ts";
import { MAX_ID, integerField } from "../../validation/numeric-fields.ts";
import { rupeeAmountField } from "../../money.ts";
import { dateTime } from "../../openapi/response-fields.ts";

export const MIN_TOPUP_RUPEES = 100;
export const MAX_TOPUP_RUPEES = 1_00_00_000;
export const MIN_WITHDRAWAL_RUPEES = 100;

export const createOrderBody = z
  .object({
    amount: rupeeAmountField({ minRupees: MIN_TOPUP_RUPEES, maxRupees: MAX_TOPUP_RUPEES, example: 50000 }),
    type: z.enum(["wallet_topup", "bid_deposit"]).default("wallet_topup"),
  })
  .openapi("CreateOrderRequest");

export const orderData = z
  .object({
    payment_id: z.number().int().openapi({ example: 17 }),
    order_id: z.string().openapi({ example: "order_9A33XWu170gUtm" }),
    amount: z.number().openapi({ example: 50000 }),
    currency: z.literal("INR"),
    key_id: z.string().openapi({ example: "rzp_test_hundisandbox" }),
    status: z.literal("created"),
  })
  .openapi("PaymentOrder");

export const verifyPaymentBody = z
  .object({
    payment_id: integerField({ min: 1, max: MAX_ID, example: 17, description: "From /payments/create-order." }),
    razorpay_payment_id: z.string().trim().min(1).max(100).openapi({ example: "pay_29QQoUBi66xm2f" }),
    razorpay_order_id: z.string().trim().min(1).max(100).openapi({ example: "order_9A33XWu170gUtm" }),
    razorpay_signature: z.string().trim().min(1).max(256).openapi({ example: "9ef4dffbfd84f1318f6739a3ce19f9d85851857ae648f114332d8401e0949a3d" }),
  })
  .openapi("VerifyPaymentRequest");

export const paymentItem = z
  .object({
    id: z.number().int().openapi({ example: 17 }),
    type: z.enum(["wallet_topup", "bid_deposit"]),
    amount: z.number().openapi({ example: 50000 }),
    currency: z.literal("INR"),
    status: z.enum(["created", "paid", "failed"]),
    order_id: z.string().openapi({ example: "order_9A33XWu170gUtm" }),
    razorpay_payment_id: z.string().nullable().openapi({ example: "pay_29QQoUBi66xm2f" }),
    failure_reason: z.string().nullable().openapi({ example: null }),
    paid_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("Payment");

export const walletData = z
  .object({
    balance: z.number().openapi({ example: 50000, description: "Rupees: available + on hold." }),
    currency: z.literal("INR"),
    on_hold: z.number().openapi({ example: 10000, description: "Set aside for pending bids and withdrawals." }),
    available: z.number().openapi({ example: 40000 }),
  })
  .openapi("Wallet");

export const verifyPaymentData = z.object({ payment: paymentItem, wallet: walletData }).openapi("PaymentVerification");

export const walletTransactionItem = z
  .object({
    id: z.number().int().openapi({ example: 301 }),
    transaction_id: z.number().int().openapi({ example: 150 }),
    kind: z.string().openapi({ example: "wallet_topup" }),
    account: z.enum(["wallet", "on_hold"]),
    amount: z.number().openapi({ example: 50000, description: "Signed rupees: positive adds to this part of the wallet." }),
    description: z.string().openapi({ example: "Wallet top-up via Razorpay" }),
    reference: z.object({ type: z.string().openapi({ example: "payment" }), id: z.string().openapi({ example: "17" }) }),
    created_at: dateTime(),
  })
  .openapi("WalletTransaction");

export const historyQuery = paginationQuery;

export const withdrawBody = z
  .object({ amount: rupeeAmountField({ minRupees: MIN_WITHDRAWAL_RUPEES, maxRupees: MAX_TOPUP_RUPEES, example: 10000 }) })
  .openapi("WithdrawRequest");

export const withdrawalItem = z
  .object({
    id: z.number().int().openapi({ example: 8 }),
    amount: z.number().openapi({ example: 10000 }),
    status: z.enum(["processing", "processed", "failed"]),
    destination: z.string().openapi({ example: "XXXXXXXXXX6789 (HDFC0001234)" }),
    failure_reason: z.string().nullable().openapi({ example: null }),
    settled_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("Withdrawal");

export const withdrawData = z.object({ withdrawal: withdrawalItem, wallet: walletData }).openapi("WithdrawalResult");

/** Razorpay's webhook envelope; the payload is documented by Razorpay and kept as received. */
export const webhookBody = z
  .object({
    event: z.string().openapi({ example: "payment.captured" }),
    payload: z.record(z.string(), z.unknown()),
  })
  .loose()
  .openapi("RazorpayWebhook");
