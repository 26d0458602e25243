import { Webhook } from "standardwebhooks";
import type { webhooks } from "./schema.ts";

/** An outbound Hundi event: `{ id, type, created_at, data }`. */
export interface HundiEvent<T = unknown> {
  id: string;
  type: string;
  created_at: string;
  data: T;
}

type BodyOf<K extends keyof webhooks> = webhooks[K] extends { post: { requestBody?: { content: { "application/json": infer B } } } } ? B : never;

/** Every event openapi.yaml's `webhooks` section documents, as a union on `type`: narrow with `event.type === "bid.accepted"`. */
export type HundiWebhookEvent = { [K in keyof webhooks]: BodyOf<K> }[keyof webhooks];
/** The event types an endpoint can subscribe to. */
export type HundiWebhookEventType = HundiWebhookEvent["type"];

/**
 * Verifies a webhook delivery by the Standard Webhooks specification (`webhook-id`,
 * `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`)
 * and returns the parsed event. Throws on a bad signature or a timestamp more than 5 minutes away.
 * `payload` is the raw body exactly as received; `secret` the endpoint's `whsec_...`.
 */
export function verifyWebhook<T = HundiWebhookEvent>(payload: string | Buffer, headers: Record<string, string | string[] | undefined> | Headers, secret: string): T {
  const plain: Record<string, string> = {};
  if (headers instanceof Headers) headers.forEach((value, key) => (plain[key.toLowerCase()] = value));
  else for (const [key, value] of Object.entries(headers)) if (value !== undefined) plain[key.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  return new Webhook(secret).verify(typeof payload === "string" ? payload : payload.toString("utf8"), plain) as T;
}
