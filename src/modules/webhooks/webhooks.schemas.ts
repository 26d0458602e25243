import { paginationQuery } from "../../http/envelopes.ts";
import { dateTime } from "../../openapi/response-fields.ts";
import { pathIdParams } from "../../validation/numeric-fields.ts";
import { z } from "../../validation/zod.ts";
import { TEST_EVENT, WEBHOOK_EVENT_TYPES, WEBHOOK_EVENTS } from "./webhook-events.ts";

const eventList = Object.entries(WEBHOOK_EVENTS)
  .map(([type, meaning]) => `\`${type}\`: ${meaning}`)
  .join("; ");

const url = z
  .string()
  .trim()
  .min(1)
  .max(2048)
  .openapi({ example: "https://erp.example.in/hooks/hundi", description: "Where events are POSTed. Production: `https` to a public address only (checked again at every attempt); elsewhere `http` and loopback too." });
const events = z
  .array(z.enum(WEBHOOK_EVENT_TYPES))
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .openapi({ example: ["bid.accepted", "factoring_unit.financed"], description: `The events to receive. ${eventList}.` });
const description = z.string().trim().max(200).nullable().openapi({ example: "Tally sync" });

export const createEndpointBody = z.object({ url, events, description: description.optional() }).openapi("CreateWebhookEndpointRequest");

export const updateEndpointBody = z
  .object({ url: url.optional(), events: events.optional(), enabled: z.boolean().optional().openapi({ description: "Enabling an endpoint again restarts its 24-hour failing clock." }), description: description.optional() })
  .refine((body) => Object.values(body).some((value) => value !== undefined), { message: "Give at least one of url, events, enabled, description." })
  .openapi("UpdateWebhookEndpointRequest");

export const webhookEndpoint = z
  .object({
    id: z.number().int().openapi({ example: 3 }),
    url: z.string().openapi({ example: "https://erp.example.in/hooks/hundi" }),
    description: z.string().nullable().openapi({ example: "Tally sync" }),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    enabled: z.boolean(),
    disabled_reason: z.string().nullable().openapi({ example: null, description: "Why it is disabled: by its owner, or automatically after 24 hours of failures." }),
    failing_since: dateTime().nullable().openapi({ description: "When its current run of failed attempts began; null after any success." }),
    previous_secret_expires_at: dateTime().nullable().openapi({ description: "Until then, the secret before the last rotation also signs every delivery." }),
    created_at: dateTime(),
    updated_at: dateTime(),
  })
  .openapi("WebhookEndpoint");

export const webhookEndpointWithSecret = webhookEndpoint
  .extend({ secret: z.string().openapi({ example: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3bQ1Ue8mXkE=", description: "The signing secret (Standard Webhooks). Shown once: store it now." }) })
  .openapi("WebhookEndpointWithSecret");

export const webhookDelivery = z
  .object({
    id: z.number().int().openapi({ example: 812 }),
    event_id: z.string().openapi({ example: "msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543", description: "The event's id: its `webhook-id` header and `id` field, the same on every retry and replay." }),
    event_type: z.string().openapi({ example: "bid.accepted" }),
    endpoint_id: z.number().int().openapi({ example: 3 }),
    status: z.enum(["pending", "succeeded", "failed"]).openapi({ description: "`pending`: not sent yet, or failed and due again at `next_attempt_at`. `failed`: every attempt failed (or the endpoint was disabled)." }),
    attempts: z.number().int().openapi({ example: 1, description: "Attempts made so far (replays included)." }),
    last_attempt_at: dateTime().nullable(),
    last_response_status: z.number().int().nullable().openapi({ example: 200, description: "The receiver's HTTP status at the last attempt; null when it did not answer." }),
    last_latency_ms: z.number().int().nullable().openapi({ example: 84 }),
    last_error: z.string().nullable().openapi({ example: "HTTP 503: maintenance" }),
    next_attempt_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("WebhookDelivery");

export const listDeliveriesQuery = paginationQuery.extend({
  status: z.enum(["pending", "succeeded", "failed"]).optional(),
  event_type: z.enum([...WEBHOOK_EVENT_TYPES, TEST_EVENT]).optional(),
});

export const endpointIdParam = pathIdParams("endpointId", "Webhook endpoint");
export const deliveryIdParam = pathIdParams("deliveryId", "Webhook delivery");
