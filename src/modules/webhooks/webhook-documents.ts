import type { WebhookEventDocument } from "../../openapi/document.ts";
import { dateTime } from "../../openapi/response-fields.ts";
import { z } from "../../validation/zod.ts";
import { userSummary } from "../auth/auth.schemas.ts";
import { bidItem } from "../bids/bids.schemas.ts";
import { fuItem } from "../factoring-units/fu.schemas.ts";
import { kycEntry } from "../kyc/kyc.schemas.ts";
import { paymentItem, withdrawalItem } from "../payments/payments.schemas.ts";
import { TEST_EVENT, WEBHOOK_EVENTS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from "./webhook-events.ts";

// openapi.yaml's `webhooks` section: one entry per event, its body `{ id, type, created_at, data }` with
// `data` the schema of the API resource the presenter renders (webhook-payloads.ts).

const account = userSummary.extend({ status_reason: z.string().nullable().openapi({ example: "Documents under review" }) }).openapi("AccountEventData");
const kycCheck = kycEntry.and(z.object({ check: z.enum(["pan", "gst", "bank_account", "aadhaar", "address"]) })).openapi("KycCheckEventData");
const testData = z.object({ endpoint_id: z.number().int().openapi({ example: 3 }), message: z.string().openapi({ example: "A test event from Hundi: your endpoint receives and verifies our webhooks." }) }).openapi("TestEventData");

const dataOf = (type: WebhookEventType): z.ZodType => {
  const resource = type.split(".")[0];
  if (resource === "factoring_unit") return fuItem;
  if (resource === "bid") return bidItem;
  if (resource === "payment") return paymentItem;
  if (resource === "withdrawal") return withdrawalItem;
  if (resource === "kyc") return kycCheck;
  return account;
};

const envelope = (type: string, data: z.ZodType) =>
  z.object({
    id: z.string().openapi({ example: "msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543", description: "The event's id, also sent as `webhook-id`: the same on every retry and replay; use it to drop duplicates." }),
    type: z.literal(type),
    created_at: dateTime().openapi({ description: "When the change happened (committed)." }),
    data: data.openapi({ description: "The resource as the API shows it to you, rendered when the event was first sent (usually within a second of the change): it may already show a later status." }),
  });

const SIGNING =
  "Signed by the Standard Webhooks specification with the endpoint's secret: verify `webhook-signature` (`v1,<base64 HMAC-SHA256 of \"{webhook-id}.{webhook-timestamp}.{body}\">`, space-separated when two secrets sign during a rotation) over the raw body, and reject timestamps more than 5 minutes away (the SDK's `verifyWebhook`, or any Standard Webhooks library). Answer 2xx within 10 s; anything else is retried.";

export const webhookEventDocuments: WebhookEventDocument[] = [
  ...WEBHOOK_EVENT_TYPES.map((type) => ({ name: type, summary: WEBHOOK_EVENTS[type], description: SIGNING, payload: envelope(type, dataOf(type)) })),
  { name: TEST_EVENT, summary: "Sent by POST /webhook-endpoints/{id}/test only.", description: SIGNING, payload: envelope(TEST_EVENT, testData) },
];
