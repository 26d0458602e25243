import { defineRoute } from "../../http/define-route.ts";
import { pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { decideKycCheck, listKycReviewQueue } from "../kyc/kyc-review.service.ts";
import { presentWithdrawal } from "../payments/payment-presenters.ts";
import { listWebhookEvents, reprocessWebhookEvent } from "../payments/webhooks.service.ts";
import { listAllWithdrawals, settleWithdrawalByAdmin } from "../payments/withdrawals.service.ts";
import { adminActor, adminOnly, tags } from "./admin-access.ts";
import {
  adminIdempotencyKey,
  adminKycCheck,
  adminWebhookEvent,
  adminWithdrawal,
  checkIdParam,
  failWithdrawalBody,
  idempotencyKeyIdParam,
  idempotencyKeysQuery,
  kycDecisionBody,
  kycQueueQuery,
  reprocessResult,
  webhookEventIdParam,
  webhookEventsQuery,
  withdrawalIdParam,
  withdrawalsQuery,
} from "./admin.schemas.ts";
import { listIdempotencyKeys, releaseIdempotencyKey } from "./idempotency-keys.service.ts";

// KYC review and the money operations an operator settles by hand.

export const adminOperationRoutes = [
  defineRoute({
    method: "get",
    path: "/admin/kyc-checks",
    summary: "The KYC review queue",
    description: "Failed and pending checks (or one status), oldest first, with masked values only.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: kycQueueQuery },
    responses: { 200: { description: "A page of checks.", schema: paginatedSchema(adminKycCheck) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await listKycReviewQueue(deps.prisma, query), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/admin/kyc-checks/{checkId}/decision",
    summary: "Record a manual KYC decision",
    description:
      "Verified or failed, with a note; the user sees the result in `/kyc/status` and is notified. A manual verification keeps the automatic rules: one account per PAN and per Aadhaar (409), a GSTIN only after the PAN it contains (409). A verified check is not re-decided (409).",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { params: checkIdParam, body: kycDecisionBody },
    responses: { 200: { description: "The check after the decision.", schema: successSchema(adminKycCheck, "KYC decision recorded.") } },
    errors: [404, 409],
    handler: async (ctx) => ({
      body: success(await decideKycCheck(ctx.deps, { actor: adminActor(ctx), checkId: ctx.params.checkId, decision: ctx.body.status, note: ctx.body.note }), "KYC decision recorded."),
    }),
  }),
  defineRoute({
    method: "get",
    path: "/admin/withdrawals",
    summary: "Withdrawals of every user",
    description: "The ones waiting on the bank (`processing`) by default, oldest first.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: withdrawalsQuery },
    responses: { 200: { description: "A page of withdrawals.", schema: paginatedSchema(adminWithdrawal) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await listAllWithdrawals(deps.prisma, query), query) }),
  }),
  ...(["settle", "fail"] as const).map((action) =>
    defineRoute({
      method: "post",
      path: `/admin/withdrawals/{withdrawalId}/${action}`,
      summary: action === "settle" ? "Mark a withdrawal sent (the bank confirmed it)" : "Mark a withdrawal failed (the money returns to the wallet)",
      description:
        "For a payout whose fate an operator confirmed with the bank or RazorpayX when no webhook came; the same use case as `npm run admin -- settle-withdrawal`. Only `processing` withdrawals (409 otherwise).",
      tags,
      access: adminOnly,
      requireActive: true,
      request: action === "fail" ? { params: withdrawalIdParam, body: failWithdrawalBody } : { params: withdrawalIdParam },
      responses: { 200: { description: "The withdrawal after settling.", schema: successSchema(adminWithdrawal, action === "settle" ? "Withdrawal settled." : "Withdrawal failed.") } },
      errors: [404, 409],
      handler: async (ctx) => {
        const body = ctx.body as { reason?: string } | undefined;
        const withdrawal = await settleWithdrawalByAdmin(ctx.deps.prisma, { actor: adminActor(ctx), withdrawalId: ctx.params.withdrawalId, outcome: action === "settle" ? "processed" : "failed", reason: body?.reason });
        return { body: success({ ...presentWithdrawal(withdrawal), user_id: withdrawal.userId }, action === "settle" ? "Withdrawal settled." : "Withdrawal failed.") };
      },
    }),
  ),
  defineRoute({
    method: "get",
    path: "/admin/webhook-events",
    summary: "Inbound Razorpay webhook events",
    description: "Those whose application recorded an error by default, newest first.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: webhookEventsQuery },
    responses: { 200: { description: "A page of events.", schema: paginatedSchema(adminWebhookEvent) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await listWebhookEvents(deps.prisma, query), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/admin/webhook-events/{eventId}/reprocess",
    summary: "Apply a stored webhook event again",
    description:
      "The fix for an event whose application failed and that Razorpay will not redeliver. Idempotent (a paid payment is not credited twice). An event applied without error is refused (409); a failure is a 500 saying why, recorded on the event.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { params: webhookEventIdParam },
    responses: { 200: { description: "The event after re-processing, and what it did.", schema: successSchema(reprocessResult, "Webhook event re-processed.") } },
    errors: [404, 409],
    handler: async (ctx) => ({ body: success(await reprocessWebhookEvent(ctx.deps, { actor: adminActor(ctx), id: ctx.params.eventId }), "Webhook event re-processed.") }),
  }),
  defineRoute({
    method: "get",
    path: "/admin/idempotency-keys",
    summary: "Idempotency-Key records",
    description: "Stuck ones by default: in progress for over 2 minutes (the request died before recording its response), so every retry of it is 409.",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { query: idempotencyKeysQuery },
    responses: { 200: { description: "A page of keys, oldest first.", schema: paginatedSchema(adminIdempotencyKey) } },
    handler: async ({ deps, query }) => ({ body: pageOf(await listIdempotencyKeys(deps.prisma, query), query) }),
  }),
  defineRoute({
    method: "delete",
    path: "/admin/idempotency-keys/{keyId}",
    summary: "Release a stuck Idempotency-Key",
    description: "The client's next request with that key runs afresh. Only keys in progress for over 2 minutes (409 otherwise); a completed key is never released (its stored response prevents a double payment).",
    tags,
    access: adminOnly,
    requireActive: true,
    request: { params: idempotencyKeyIdParam },
    responses: { 200: { description: "The released key.", schema: successSchema(adminIdempotencyKey, "Idempotency key released.") } },
    errors: [404, 409],
    handler: async (ctx) => ({ body: success(await releaseIdempotencyKey(ctx.deps.prisma, { actor: adminActor(ctx), id: ctx.params.keyId }), "Idempotency key released.") }),
  }),
];
