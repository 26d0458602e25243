import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { z } from "../../validation/zod.ts";
import {
  createOrderBody,
  historyQuery,
  orderData,
  paymentItem,
  verifyPaymentBody,
  verifyPaymentData,
  walletData,
  walletTransactionItem,
  webhookBody,
  withdrawalItem,
  withdrawBody,
  withdrawData,
} from "./payments.schemas.ts";
import { createOrder, paymentHistory, verifyPayment } from "./payments.service.ts";
import { getWallet, walletTransactions } from "./wallet.service.ts";
import { assertWebhookAuthentic, receiveWebhook } from "./webhooks.service.ts";
import { listWithdrawals, requestWithdrawal } from "./withdrawals.service.ts";

const tags = ["Payments"];

export const paymentRoutes = [
  defineRoute({
    method: "post",
    path: "/payments/create-order",
    summary: "Create a Razorpay order to top up the wallet",
    description: "Amount in rupees, 100 to 1,00,00,000, at most 2 decimals. Open Razorpay Checkout with `order_id` and `key_id`, then call /payments/verify.",
    tags,
    access: { kind: "user" },
    apiKeyScope: "payments",
    requireActive: true,
    idempotent: true,
    request: { body: createOrderBody },
    responses: { 201: { description: "Order created.", schema: successSchema(orderData, "Order created.") } },
    errors: [503],
    handler: async ({ deps, auth, body }) => ({ status: 201, body: success(await createOrder({ deps, user: auth.user, input: body }), "Order created.") }),
  }),
  defineRoute({
    method: "post",
    path: "/payments/verify",
    summary: "Verify a checkout result and credit the wallet",
    description:
      "`razorpay_signature` must be the hex HMAC-SHA256 of `order_id|razorpay_payment_id` with the key secret. The wallet is credited once; verifying again returns the same result. A bad signature is 422 and changes nothing.",
    tags,
    access: { kind: "user" },
    apiKeyScope: "payments",
    requireActive: true,
    request: { body: verifyPaymentBody },
    responses: { 200: { description: "Paid and credited.", schema: successSchema(verifyPaymentData, "Payment verified and wallet credited.") } },
    errors: [404, 503],
    handler: async ({ deps, auth, body }) => ({ body: success(await verifyPayment({ deps, user: auth.user, input: body }), "Payment verified and wallet credited.") }),
  }),
  defineRoute({
    method: "get",
    path: "/payments/history",
    summary: "The caller's payments",
    tags,
    access: { kind: "user" },
    request: { query: historyQuery },
    responses: { 200: { description: "Newest first.", schema: paginatedSchema(paymentItem) } },
    handler: async ({ deps, auth, query }) => ({ body: pageOf(await paymentHistory({ deps, userId: auth.user.id, query }), query) }),
  }),
  defineRoute({
    method: "get",
    path: "/payments/wallet",
    summary: "Wallet balance",
    description: "`available = balance - on_hold`; on-hold money backs pending bids and withdrawals in flight.",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "Rupees.", schema: successSchema(walletData) } },
    handler: async ({ deps, auth }) => ({ body: success(await getWallet({ deps, userId: auth.user.id })) }),
  }),
  defineRoute({
    method: "get",
    path: "/payments/wallet/transactions",
    summary: "The caller's ledger lines",
    tags,
    access: { kind: "user" },
    request: { query: historyQuery },
    responses: { 200: { description: "Newest first.", schema: paginatedSchema(walletTransactionItem) } },
    handler: async ({ deps, auth, query }) => ({ body: pageOf(await walletTransactions({ deps, userId: auth.user.id, query }), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/payments/withdraw",
    summary: "Withdraw to the verified bank account",
    description:
      "Needs an active account with verified PAN and bank account. The amount is held until the payout settles and returned to the wallet if it fails.",
    tags,
    access: { kind: "user" },
    apiKeyScope: "payments",
    requireTradingReady: true,
    idempotent: true,
    request: { body: withdrawBody },
    responses: { 201: { description: "Withdrawal requested (`processing`), or already `processed`/`failed`.", schema: successSchema(withdrawData, "Withdrawal requested.") } },
    handler: async ({ deps, auth, body }) => ({ status: 201, body: success(await requestWithdrawal({ deps, user: auth.user, input: body }), "Withdrawal requested.") }),
  }),
  defineRoute({
    method: "get",
    path: "/payments/withdrawals",
    summary: "The caller's withdrawals and their status",
    description: "`processing` until the payout settles; `failed` ones have their money back in the wallet.",
    tags,
    access: { kind: "user" },
    request: { query: historyQuery },
    responses: { 200: { description: "Newest first.", schema: paginatedSchema(withdrawalItem) } },
    handler: async ({ deps, auth, query }) => ({ body: pageOf(await listWithdrawals({ deps, userId: auth.user.id, query }), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/payments/webhook",
    summary: "Razorpay webhook receiver",
    description:
      "No bearer auth: `X-Razorpay-Signature` must be the hex HMAC-SHA256 of the raw body with the webhook secret, and `X-Razorpay-Event-Id` identifies the delivery. Handles payment.captured, order.paid, payment.failed, payout.processed, payout.failed and payout.reversed; other events are stored and acknowledged.",
    tags,
    access: { kind: "public" },
    // The signature is checked before the body is validated: an unsigned delivery is 400, never a 422.
    before: (deps) => [
      (req, _res, next) => {
        try {
          assertWebhookAuthentic(deps, { rawBody: req.rawBody, signature: req.get("x-razorpay-signature"), eventId: req.get("x-razorpay-event-id") });
          next();
        } catch (error) {
          next(error);
        }
      },
    ],
    request: {
      body: webhookBody,
      headers: z.object({
        "X-Razorpay-Signature": z.string().openapi({ example: "e1f4...c9" }),
        "X-Razorpay-Event-Id": z.string().openapi({ example: "JH8Ac1VGX5Ajzk" }),
      }),
    },
    responses: { 200: { description: "Stored (and applied).", schema: successSchema(z.object({ duplicate: z.boolean(), result: z.string().openapi({ example: "payment 17 credited" }) }), "Webhook received.") } },
    errors: [400],
    handler: async ({ deps, body, req }) => ({
      body: success(
        await receiveWebhook({ deps, rawBody: req.rawBody, signature: req.get("x-razorpay-signature"), eventId: req.get("x-razorpay-event-id"), body }),
        "Webhook received.",
      ),
    }),
  }),
];
