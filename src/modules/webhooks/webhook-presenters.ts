import type { WebhookDelivery, WebhookMessage } from "../../generated/prisma/client.ts";

export const presentDelivery = (delivery: WebhookDelivery & { message: Pick<WebhookMessage, "id" | "type"> }) => ({
  id: Number(delivery.id),
  event_id: delivery.message.id,
  event_type: delivery.message.type,
  endpoint_id: delivery.endpointId,
  status: delivery.status,
  attempts: delivery.attempts,
  last_attempt_at: delivery.lastAttemptAt?.toISOString() ?? null,
  last_response_status: delivery.lastResponseStatus,
  last_latency_ms: delivery.lastLatencyMs,
  last_error: delivery.lastError,
  next_attempt_at: delivery.nextAttemptAt?.toISOString() ?? null,
  created_at: delivery.createdAt.toISOString(),
});
