import type { Config } from "../../config.ts";
import type { Db, Tx } from "../../db/prisma.ts";
import type { Prisma, WebhookDelivery, WebhookEndpoint, WebhookMessage } from "../../generated/prisma/client.ts";
import { notify } from "../notifications/notify.ts";
import { outboundPolicy, type OutboundPolicy } from "./outbound-address.ts";
import { renderEventData } from "./webhook-payloads.ts";
import { DISABLE_AFTER_FAILING_MS, retryDelayMs } from "./webhook-schedule.ts";
import { postWebhook, type AttemptResult } from "./webhook-sender.ts";
import { openSecret, signedHeaders } from "./webhook-signing.ts";

// One attempt of one delivery, as the webhook-delivery worker runs it from its job `{ delivery_id,
// attempt }`. The attempt number is the guard that makes a job safe to run twice (pg-boss gives a job
// back when its worker dies mid-send): the outcome is recorded only if the delivery has made exactly
// `attempt - 1` attempts, in one transaction with the next attempt's job, so a duplicate sends at
// most once more (at least once, as documented) and never schedules a second retry chain.

export type AttemptJob = { delivery_id: number; attempt: number };

export interface AttemptDeps {
  prisma: Db;
  config: Pick<Config, "dataKeys" | "marketplace">;
  policy: OutboundPolicy;
  /** The retry delays in seconds (webhook-schedule.ts); tests shorten them. */
  retryDelaysSeconds?: readonly number[];
  timeoutMs?: number;
}

/** What an attempt needs, from the app's deps: the outbound policy follows the environment. */
export const attemptDeps = (deps: { prisma: Db; config: Pick<Config, "dataKeys" | "marketplace" | "isProduction"> }): AttemptDeps => ({ prisma: deps.prisma, config: deps.config, policy: outboundPolicy(deps.config) });

export type AttemptOutcome = { outcome: "sent" | "failed" | "skipped"; reason?: string };

export const deliveryInclude = { message: true, endpoint: true } satisfies Prisma.WebhookDeliveryInclude;
type LoadedDelivery = WebhookDelivery & { message: WebhookMessage; endpoint: WebhookEndpoint };

export async function attemptDelivery(deps: AttemptDeps, job: AttemptJob): Promise<AttemptOutcome> {
  const delivery = await deps.prisma.webhookDelivery.findUnique({ where: { id: BigInt(job.delivery_id) }, include: deliveryInclude });
  if (!delivery) return { outcome: "skipped", reason: "the delivery or its endpoint was deleted" };
  if (delivery.attempts !== job.attempt - 1) return { outcome: "skipped", reason: `attempt ${job.attempt} was already made` };
  if (!delivery.endpoint.enabled) {
    await deps.prisma.webhookDelivery.updateMany({
      where: { id: delivery.id, attempts: delivery.attempts, status: "pending" },
      data: { status: "failed", nextAttemptAt: null, lastError: "not sent: the endpoint is disabled" },
    });
    return { outcome: "skipped", reason: "endpoint disabled" };
  }
  const result = await send(deps, delivery);
  return recordAttempt(deps, delivery, job.attempt, result, { retries: true });
}

/** Sends a delivery's message now (the test send, and each job's attempt). */
export async function send(deps: AttemptDeps, delivery: LoadedDelivery): Promise<AttemptResult> {
  const body = await frozenBody(deps, delivery.message);
  const { endpoint } = delivery;
  const secrets = [endpoint.secretEncrypted, ...(endpoint.previousSecretEncrypted && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date() ? [endpoint.previousSecretEncrypted] : [])];
  const headers = signedHeaders({ messageId: delivery.message.id, body, secrets: secrets.map((stored) => openSecret(deps.config.dataKeys, stored)) });
  return postWebhook({ url: endpoint.url, body, headers, policy: deps.policy, timeoutMs: deps.timeoutMs });
}

/**
 * The message's body, `{ id, type, created_at, data }`: rendered from the resource the first time it
 * is sent and stored, so that every retry, replay and other endpoint of the user gets the same bytes
 * (the first writer wins a race; the others read what it wrote).
 */
async function frozenBody(deps: AttemptDeps, message: WebhookMessage): Promise<string> {
  if (message.payload !== null) return message.payload;
  const data = await renderEventData(deps, message);
  const body = JSON.stringify({ id: message.id, type: message.type, created_at: message.createdAt.toISOString(), data });
  const { count } = await deps.prisma.webhookMessage.updateMany({ where: { id: message.id, payload: null }, data: { payload: body } });
  if (count === 1) return body;
  const stored = await deps.prisma.webhookMessage.findUniqueOrThrow({ where: { id: message.id }, select: { payload: true } });
  return stored.payload ?? body;
}

/**
 * Records attempt `attempt`'s result, and with `retries`, schedules the next attempt (or gives up) and
 * keeps the endpoint's health: the first failure in a row starts its failing clock, any success stops
 * it, and a failure 24 hours into it disables the endpoint and tells its owner (once: the update that
 * disables it is conditional).
 */
export async function recordAttempt(deps: AttemptDeps, delivery: LoadedDelivery, attempt: number, result: AttemptResult, options: { retries: boolean }): Promise<AttemptOutcome> {
  const now = new Date();
  return deps.prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, attempts: attempt - 1 },
      data: {
        attempts: attempt,
        status: result.ok ? "succeeded" : "failed",
        nextAttemptAt: null,
        lastAttemptAt: now,
        lastResponseStatus: result.status,
        lastLatencyMs: result.latencyMs,
        lastError: result.error?.slice(0, 500) ?? null,
      },
    });
    if (count === 0) return { outcome: "skipped", reason: `attempt ${attempt} was recorded by another worker` } as const;
    if (!options.retries) return result.ok ? ({ outcome: "sent" } as const) : ({ outcome: "failed", reason: result.error ?? "failed" } as const);
    const disabled = await keepEndpointHealth(tx, delivery.endpoint, result.ok, now);
    if (result.ok) return { outcome: "sent" } as const;
    const delay = disabled ? null : retryDelayMs(attempt, deps.retryDelaysSeconds);
    if (delay !== null) {
      const nextAttemptAt = new Date(now.getTime() + delay);
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "pending", nextAttemptAt } });
      await enqueueAttempt(tx, delivery.id, attempt + 1, nextAttemptAt);
    }
    return { outcome: "failed", reason: result.error ?? "failed" } as const;
  });
}

async function keepEndpointHealth(tx: Tx, endpoint: WebhookEndpoint, ok: boolean, now: Date): Promise<boolean> {
  if (ok) {
    await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, failingSince: { not: null } }, data: { failingSince: null } });
    return false;
  }
  const [row] = await tx.$queryRaw<{ failing_since: Date; enabled: boolean }[]>`
    UPDATE webhook_endpoints SET failing_since = COALESCE(failing_since, ${now}) WHERE id = ${endpoint.id} RETURNING failing_since, enabled`;
  if (!row?.enabled || now.getTime() - row.failing_since.getTime() < DISABLE_AFTER_FAILING_MS) return !row?.enabled;
  const reason = `every attempt has failed since ${row.failing_since.toISOString()}.`;
  const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpoint.id, enabled: true }, data: { enabled: false, disabledReason: `Disabled automatically: ${reason}` } });
  if (count === 1) await notify(tx, endpoint.userId, "webhook_endpoint.disabled", { endpoint_id: endpoint.id, url: endpoint.url, reason });
  return true;
}

/** A job for attempt `attempt` of a delivery, due at `at`, in the caller's transaction (the SQL function the triggers use). */
export async function enqueueAttempt(tx: Tx, deliveryId: bigint, attempt: number, at: Date): Promise<void> {
  await tx.$executeRaw`SELECT webhook_enqueue_attempts(${[deliveryId]}::bigint[], ${attempt}::int, ${at}::timestamptz)`;
}
