import type { AppDeps } from "../../app-deps.ts";
import type { User, WebhookEndpoint } from "../../generated/prisma/client.ts";
import { conflict, fieldError, forbidden, notFound } from "../../http/errors.ts";
import { outboundPolicy, refusalOfUrl } from "./outbound-address.ts";
import { attemptDeps, deliveryInclude, recordAttempt, send } from "./webhook-attempts.ts";
import { TEST_EVENT, type WebhookEventType } from "./webhook-events.ts";
import { mintWebhookSecret, sealSecret } from "./webhook-signing.ts";
import { presentDelivery } from "./webhook-presenters.ts";

type Deps = Pick<AppDeps, "prisma" | "config">;

/** Enough for every integration of one account (ERP, treasury, alerts), few enough to review. */
export const MAX_ENDPOINTS = 10;
/** How long the secret before a rotation keeps signing beside the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export const presentEndpoint = (endpoint: WebhookEndpoint) => ({
  id: endpoint.id,
  url: endpoint.url,
  description: endpoint.description,
  events: endpoint.events,
  enabled: endpoint.enabled,
  disabled_reason: endpoint.disabledReason,
  failing_since: endpoint.failingSince?.toISOString() ?? null,
  previous_secret_expires_at: endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? endpoint.previousSecretExpiresAt.toISOString() : null,
  created_at: endpoint.createdAt.toISOString(),
  updated_at: endpoint.updatedAt.toISOString(),
});

function assertUrl(config: Deps["config"], url: string) {
  const refusal = refusalOfUrl(url, outboundPolicy(config));
  if (refusal) throw fieldError("url", `The url ${refusal}.`);
}

const distinct = (events: WebhookEventType[]) => [...new Set(events)].sort();

export async function createEndpoint({ deps, user, input }: { deps: Deps; user: User; input: { url: string; events: WebhookEventType[]; description?: string | null } }) {
  assertUrl(deps.config, input.url);
  const count = await deps.prisma.webhookEndpoint.count({ where: { userId: user.id } });
  if (count >= MAX_ENDPOINTS) throw forbidden(`You already have ${MAX_ENDPOINTS} webhook endpoints: delete one first.`);
  const secret = mintWebhookSecret();
  const endpoint = await deps.prisma.webhookEndpoint.create({
    data: { userId: user.id, url: input.url, description: input.description ?? null, events: distinct(input.events), secretEncrypted: sealSecret(deps.config.dataKeys, secret) },
  });
  // The secret, once: stored encrypted, never shown again (rotate to get a new one).
  return { ...presentEndpoint(endpoint), secret };
}

/** The caller's endpoint, or the same 404 whether it is someone else's or does not exist. */
export async function ownEndpoint(deps: Deps, user: User, id: number): Promise<WebhookEndpoint> {
  const endpoint = await deps.prisma.webhookEndpoint.findFirst({ where: { id, userId: user.id } });
  if (!endpoint) throw notFound("Webhook endpoint");
  return endpoint;
}

export async function listEndpoints({ deps, user }: { deps: Deps; user: User }) {
  const endpoints = await deps.prisma.webhookEndpoint.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
  return endpoints.map(presentEndpoint);
}

export async function getEndpoint({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  return presentEndpoint(await ownEndpoint(deps, user, id));
}

/** Enabling an endpoint again clears its failing clock: the next failure starts a new 24 hours. */
export async function updateEndpoint({ deps, user, id, input }: { deps: Deps; user: User; id: number; input: { url?: string; events?: WebhookEventType[]; enabled?: boolean; description?: string | null } }) {
  const endpoint = await ownEndpoint(deps, user, id);
  if (input.url !== undefined) assertUrl(deps.config, input.url);
  const enabling = input.enabled === true && !endpoint.enabled;
  const updated = await deps.prisma.webhookEndpoint.update({
    where: { id: endpoint.id },
    data: {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.events !== undefined ? { events: distinct(input.events) } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.enabled !== undefined ? { enabled: input.enabled, disabledReason: input.enabled ? null : "Disabled by its owner." } : {}),
      ...(enabling ? { failingSince: null } : {}),
    },
  });
  return presentEndpoint(updated);
}

/** Deletes the endpoint and its delivery log; jobs already queued for it find nothing and end. */
export async function deleteEndpoint({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const { count } = await deps.prisma.webhookEndpoint.deleteMany({ where: { id, userId: user.id } });
  if (count === 0) throw notFound("Webhook endpoint");
}

/**
 * A new secret, returned once; the old one keeps signing beside it for 24 hours so that receivers can
 * switch without losing a delivery. A second rotation within the overlap is refused: it would drop
 * the secret the receivers may still be using.
 */
export async function rotateSecret({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const endpoint = await ownEndpoint(deps, user, id);
  const now = new Date();
  const secret = mintWebhookSecret();
  const { count } = await deps.prisma.webhookEndpoint.updateMany({
    where: { id: endpoint.id, secretEncrypted: endpoint.secretEncrypted, OR: [{ previousSecretExpiresAt: null }, { previousSecretExpiresAt: { lte: now } }] },
    data: {
      secretEncrypted: sealSecret(deps.config.dataKeys, secret),
      previousSecretEncrypted: endpoint.secretEncrypted,
      previousSecretExpiresAt: new Date(now.getTime() + ROTATION_OVERLAP_MS),
    },
  });
  if (count === 0) {
    const current = await ownEndpoint(deps, user, id);
    throw conflict(`The secret was rotated less than 24 hours ago; the previous one signs until ${current.previousSecretExpiresAt?.toISOString() ?? "now"}. Rotate again after that.`);
  }
  return { ...presentEndpoint(await ownEndpoint(deps, user, id)), secret };
}

/**
 * Sends a `webhook.test` event to the endpoint now (even a disabled one, to check a fix before enabling
 * it) and answers with the outcome: one attempt, no retries, and it does not count toward the
 * endpoint's failing clock. It is kept in the delivery log like any other.
 */
export async function sendTestEvent({ deps, user, id }: { deps: Deps; user: User; id: number }) {
  const endpoint = await ownEndpoint(deps, user, id);
  const message = await deps.prisma.webhookMessage.create({
    data: { id: `msg_${crypto.randomUUID().replaceAll("-", "")}`, userId: user.id, type: TEST_EVENT, resourceType: "webhook_endpoint", resourceId: endpoint.id },
  });
  const created = await deps.prisma.webhookDelivery.create({ data: { messageId: message.id, endpointId: endpoint.id, nextAttemptAt: new Date() }, include: deliveryInclude });
  const attempt = attemptDeps(deps);
  await recordAttempt(attempt, created, 1, await send(attempt, created), { retries: false });
  const delivered = await deps.prisma.webhookDelivery.findUniqueOrThrow({ where: { id: created.id }, include: { message: true } });
  return presentDelivery(delivered);
}
