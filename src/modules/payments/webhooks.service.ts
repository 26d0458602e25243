import type { AppDeps } from "../../app-deps.ts";
import { HttpError } from "../../http/errors.ts";
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

  try {
    const result = await applyEvent(deps, stored.event, (stored.payload as { payload?: unknown }).payload);
    await deps.prisma.webhookEvent.update({ where: { id: stored.id }, data: { processedAt: new Date(), processingError: null } });
    return { duplicate: false, result };
  } catch (error) {
    if (error instanceof Unapplicable) {
      deps.logger.error({ eventId: id, event: stored.event, problem: error.message }, "webhook event cannot be applied");
      await deps.prisma.webhookEvent.update({ where: { id: stored.id }, data: { processedAt: new Date(), processingError: error.message } });
      return { duplicate: false, result: `not applied: ${error.message}` };
    }
    await deps.prisma.webhookEvent.update({ where: { id: stored.id }, data: { processingError: (error as Error).message.slice(0, 500) } });
    throw error; // 500: Razorpay delivers it again and we retry the application
  }
}
