import type { AppDeps } from "../../app-deps.ts";
import type { User, WebhookDeliveryStatus } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, notFound } from "../../http/errors.ts";
import { ownEndpoint } from "./webhook-endpoints.service.ts";
import { enqueueAttempt } from "./webhook-attempts.ts";
import { presentDelivery } from "./webhook-presenters.ts";
import { REPLAY_WINDOW_DAYS } from "./webhook-schedule.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

export async function listDeliveries({ deps, user, endpointId, query }: { deps: Deps; user: User; endpointId: number; query: { page: number; per_page: number; status?: WebhookDeliveryStatus; event_type?: string } }) {
  const endpoint = await ownEndpoint(deps, user, endpointId);
  const where = { endpointId: endpoint.id, ...(query.status ? { status: query.status } : {}), ...(query.event_type ? { message: { type: query.event_type } } : {}) };
  const [items, total] = await Promise.all([
    deps.prisma.webhookDelivery.findMany({ where, include: { message: { select: { id: true, type: true } } }, orderBy: { id: "desc" }, ...pageWindow(query) }),
    deps.prisma.webhookDelivery.count({ where }),
  ]);
  return { items: items.map(presentDelivery), total };
}

/**
 * Replays a delivery: its next attempt now, with the same event id and body (a receiver that already
 * has it can tell by `webhook-id`). Any status, up to 30 days after the event; the endpoint must be
 * enabled. A replay that fails continues the retry schedule from where the delivery stood; one
 * replayed while a retry is already queued pulls that retry forward (whichever runs second finds the
 * attempt made and ends).
 */
export async function replayDelivery({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const delivery = await deps.prisma.webhookDelivery.findFirst({ where: { id: BigInt(id), endpoint: { userId: user.id } }, include: { endpoint: true, message: true } });
  if (!delivery) throw notFound("Webhook delivery");
  const oldest = Date.now() - REPLAY_WINDOW_DAYS * 24 * 60 * 60 * 1000;
  if (delivery.message.createdAt.getTime() < oldest) throw conflict(`Deliveries can be replayed for ${REPLAY_WINDOW_DAYS} days after their event; this one is from ${delivery.message.createdAt.toISOString()}.`);
  if (!delivery.endpoint.enabled) throw conflict("The endpoint is disabled: enable it (PATCH /webhook-endpoints/{id}) before replaying its deliveries.");
  const now = new Date();
  await deps.prisma.$transaction(async (tx) => {
    // Only from the state read: an attempt recorded meanwhile would otherwise be marked pending again
    // with no job left to settle it.
    const { count } = await tx.webhookDelivery.updateMany({ where: { id: delivery.id, attempts: delivery.attempts }, data: { status: "pending", nextAttemptAt: now } });
    if (count === 0) throw conflict("The delivery is being attempted right now: look at it again in a few seconds.");
    await enqueueAttempt(tx, delivery.id, delivery.attempts + 1, now);
  });
  return presentDelivery(await deps.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id }, include: { message: true } }));
}
