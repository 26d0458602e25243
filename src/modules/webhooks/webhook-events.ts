// The events an endpoint can subscribe to. Each is written by a trigger (migration 20261202190000) when
// a resource reaches the status its name says, for each user the resource belongs to: a unit's owner
// (and its funder once financed), a bid's bidder and the unit's owner, a payment's, withdrawal's, KYC
// check's or account's user. `data` is the resource as the API shows it to that user.

export const WEBHOOK_EVENTS = {
  "factoring_unit.created": "A unit of yours was listed.",
  "factoring_unit.financed": "A unit of yours, or one you funded, was financed.",
  "factoring_unit.repaid": "A unit of yours, or one you funded, was repaid.",
  "factoring_unit.overdue": "A unit of yours, or one you funded, passed its due date unpaid.",
  "factoring_unit.cancelled": "A unit of yours was cancelled.",
  "factoring_unit.expired": "A unit of yours expired unfinanced.",
  "bid.placed": "You placed a bid, or one was placed on your unit.",
  "bid.accepted": "Your bid, or a bid on your unit, was accepted.",
  "bid.rejected": "Your bid, or a bid on your unit, was rejected (by the owner, or because another was accepted).",
  "bid.withdrawn": "Your bid, or a bid on your unit, was withdrawn by its bidder.",
  "bid.expired": "Your bid, or a bid on your unit, lapsed.",
  "payment.credited": "A top-up of yours was paid and credited.",
  "payment.failed": "A top-up of yours failed.",
  "withdrawal.settled": "A withdrawal of yours reached your bank.",
  "withdrawal.failed": "A withdrawal of yours failed; the money is back in your wallet.",
  "kyc.verified": "A KYC check of yours was verified.",
  "kyc.failed": "A KYC check of yours failed.",
  "account.approved": "Your account was approved.",
  "account.rejected": "Your account was rejected.",
  "account.suspended": "Your account was suspended.",
  "account.reactivated": "Your account was reactivated after a suspension.",
} as const;

export type WebhookEventType = keyof typeof WEBHOOK_EVENTS;
export const WEBHOOK_EVENT_TYPES = Object.keys(WEBHOOK_EVENTS) as [WebhookEventType, ...WebhookEventType[]];

/** Sent by POST /webhook-endpoints/{id}/test only; never subscribed to. */
export const TEST_EVENT = "webhook.test";

/** What a message is about (webhook_messages.resource_type), and so which presenter renders its data. */
export type WebhookResourceType = "factoring_unit" | "bid" | "payment" | "withdrawal" | "kyc_check" | "account" | "webhook_endpoint";
