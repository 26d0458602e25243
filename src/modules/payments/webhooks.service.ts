import type { AppDeps } from "../../app-deps.ts";
import type { Db } from "../../db/prisma.ts";
import type { Prisma, WebhookEvent } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, HttpError, notFound } from "../../http/errors.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";
import { webhookSignatureValid } from "../../providers/payments/signatures.ts";
import { markPaymentFailed, markPaymentPaid } from "./payment-settlement.ts";
import { settleWithdrawal } from "./withdrawals.service.ts";

type Deps = Pick<AppDeps, "prisma" | "paymentGateway" | "logger">;

interface Entity {
  id?: string;
  order_id?: string | null;
  amount?: number | string;
  amount_paid?: number | string;
  status?: string;
  error_description?: string | null;
  failure_reason?: string | null;
}

const entity = (payload: unknown, name: string): Entity | undefined =>
  ((payload as Record<string, { entity?: Entity } | undefined> | undefined)?.[name])?.entity;

/** Marks an event done with a note: it will not be applied again (a retry cannot fix bad data). */
class Unapplicable extends Error {}

async function applyEvent(deps: Deps, event: string, payload: unknown): Promise<string> {
  if (event === "payment.captured" || event === "order.paid") {
    const payment = entity(payload, "payment");
    const order = entity(payload, "order");
    const orderId = payment?.order_id ?? order?.id;
    if (!orderId || !payment?.id) throw new Unapplicable("event has no order or payment id");
    const row = await deps.prisma.payment.findUnique({ where: { orderId } });
    if (!row) throw new Unapplicable(`unknown order ${orderId}`);
    const paid = BigInt(payment.amount ?? order?.amount_paid ?? -1);
    if (paid !== row.amount) throw new Unapplicable(`amount ${paid} does not match payment ${row.id} (${row.amount})`);
    const { credited } = await markPaymentPaid(deps.prisma, { paymentId: row.id, gatewayPaymentId: payment.id });
    return credited ? `payment ${row.id} credited` : `payment ${row.id} was already paid`;
  }
  if (event === "payment.failed") {
    const payment = entity(payload, "payment");
    const row = payment?.order_id ? await deps.prisma.payment.findUnique({ where: { orderId: payment.order_id } }) : null;
    if (!row) throw new Unapplicable("unknown order");
    const after = await markPaymentFailed(deps.prisma, { paymentId: row.id, reason: payment?.error_description ?? "Payment failed." });
    return `payment ${row.id} is ${after.status}`;
  }
  if (event === "payout.processed" || event === "payout.failed" || event === "payout.reversed") {
    const payout = entity(payload, "payout");
    const row = payout?.id ? await deps.prisma.withdrawal.findUnique({ where: { payoutId: payout.id } }) : null;
    if (!row) throw new Unapplicable("unknown payout");
    const outcome = event === "payout.processed" ? "processed" : "failed";
    const after = await settleWithdrawal(deps.prisma, { withdrawalId: row.id, outcome, reason: payout?.failure_reason ?? "Payout failed." });
    return `withdrawal ${row.id} is ${after.status}`;
  }
  return "event ignored";
}

/**
 * A delivery that is not signed with our webhook secret is 400 before anything else looks at it: its
 * body is nobody's business (not even a 422 saying which fields it lacks).
 */
export function assertWebhookAuthentic(deps: Pick<Deps, "paymentGateway">, delivery: { rawBody: Buffer | undefined; signature: string | undefined; eventId: string | undefined }): asserts delivery is { rawBody: Buffer; signature: string; eventId: string } {
  if (!delivery.rawBody || !webhookSignatureValid(deps.paymentGateway.webhookSecret, delivery.rawBody, delivery.signature)) {
    throw new HttpError(400, "Invalid webhook signature.", "BAD_REQUEST");
  }
  if (!delivery.eventId || delivery.eventId.length > 200) throw new HttpError(400, "Missing X-Razorpay-Event-Id header.", "BAD_REQUEST");
}

/**
 * Razorpay webhook: signature over the raw body with the webhook secret, then the event is stored
 * (unique on X-Razorpay-Event-Id) before it is applied. A redelivery of an applied event changes
 * nothing; a delivery whose application failed is applied again.
 */
export async function receiveWebhook({ deps, rawBody, signature, eventId, body }: { deps: Deps; rawBody: Buffer | undefined; signature: string | undefined; eventId: string | undefined; body: { event: string; payload: Record<string, unknown> } }) {
  const delivery = { rawBody, signature, eventId };
  assertWebhookAuthentic(deps, delivery);
  const { eventId: id } = delivery;

  await deps.prisma.webhookEvent.createMany({ data: [{ eventId: id, event: body.event, payload: body as object }], skipDuplicates: true });
  const stored = await deps.prisma.webhookEvent.findUniqueOrThrow({ where: { eventId: id } });
  if (stored.processedAt) return { duplicate: true, result: "already processed" };
  return { duplicate: false, result: (await applyStored(deps, stored)).result };
}

/**
 * Applies a stored event and records how it went. An event that can never apply (unknown order) is
 * marked processed with its reason; any other failure is recorded and rethrown (500: Razorpay
 * delivers it again, and an operator can re-process it). `audit` records an operator's re-process in
 * the same transaction as the event's new state.
 */
async function applyStored(deps: Deps, stored: WebhookEvent, audit?: { actor: Actor }): Promise<{ result: string; event: WebhookEvent }> {
  const record = async (data: { processedAt: Date | null; processingError: string | null }, result: string) => {
    const update = { where: { id: stored.id }, data };
    // A delivery from Razorpay records its outcome alone; an operator's re-process with its audit row.
    if (!audit) return { result, event: await deps.prisma.webhookEvent.update(update) };
    const event = await deps.prisma.$transaction(async (tx) => {
      await writeAudit(tx, { actor: audit.actor, action: "webhook_event.reprocess", targetType: "webhook_event", targetId: String(stored.id), details: { event: stored.event, event_id: stored.eventId, result } });
      return tx.webhookEvent.update(update);
    });
    return { result, event };
  };
  try {
    return await record({ processedAt: new Date(), processingError: null }, await applyEvent(deps, stored.event, (stored.payload as { payload?: unknown }).payload));
  } catch (error) {
    if (error instanceof Unapplicable) {
      deps.logger.error({ eventId: stored.eventId, event: stored.event, problem: error.message }, "webhook event cannot be applied");
      return record({ processedAt: new Date(), processingError: error.message }, `not applied: ${error.message}`);
    }
    await record({ processedAt: null, processingError: (error as Error).message.slice(0, 500) }, `failed: ${(error as Error).message.slice(0, 200)}`);
    throw error;
  }
}

export type WebhookEventFilter = "failed" | "unprocessed" | "processed" | "all";
const eventFilters: Record<WebhookEventFilter, Prisma.WebhookEventWhereInput> = {
  failed: { processingError: { not: null } },
  unprocessed: { processedAt: null },
  processed: { processedAt: { not: null }, processingError: null },
  all: {},
};

export const presentWebhookEvent = (row: WebhookEvent) => ({
  id: Number(row.id),
  event_id: row.eventId,
  event: row.event,
  processed_at: row.processedAt?.toISOString() ?? null,
  processing_error: row.processingError,
  created_at: row.createdAt.toISOString(),
  payload: row.payload,
});

/** Inbound Razorpay events for operators: the failed ones (an error was recorded) by default, newest first. */
export async function listWebhookEvents(db: Db, query: { page: number; per_page: number; status: WebhookEventFilter; event?: string }) {
  const where = { ...eventFilters[query.status], ...(query.event ? { event: query.event } : {}) };
  const [items, total] = await Promise.all([
    db.webhookEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    db.webhookEvent.count({ where }),
  ]);
  return { items: items.map(presentWebhookEvent), total };
}

/**
 * An operator applies a stored event again: the fix for an event whose application failed and that
 * Razorpay will not redeliver. Applying is idempotent (a paid payment is not credited twice, a settled
 * withdrawal not settled twice), so a re-process racing a redelivery is harmless. An event applied
 * cleanly is refused (409): there is nothing to fix.
 */
export async function reprocessWebhookEvent(deps: Deps, options: { actor: Actor; id: number }) {
  const stored = await deps.prisma.webhookEvent.findUnique({ where: { id: BigInt(options.id) } });
  if (!stored) throw notFound("Webhook event");
  if (stored.processedAt && !stored.processingError) throw conflict(`Webhook event ${options.id} was already processed.`);
  const { result, event } = await applyStored(deps, stored, { actor: options.actor }).catch((error: Error) => {
    // The operator needs the reason (it is recorded on the event as well): a 500 that says it.
    deps.logger.error({ err: error, webhookEventId: options.id }, "re-processing a webhook event failed");
    throw new HttpError(500, `Re-processing webhook event ${options.id} failed, it stays failed: ${error.message.slice(0, 200)}`, "SERVER_ERROR");
  });
  return { event: presentWebhookEvent(event), result };
}
