import { defineRoute } from "../../http/define-route.ts";
import { messageOnlySchema, pageOf, paginatedSchema, success, successSchema } from "../../http/envelopes.ts";
import { z } from "../../validation/zod.ts";
import { replayDelivery, listDeliveries } from "./webhook-deliveries.service.ts";
import { createEndpoint, deleteEndpoint, getEndpoint, listEndpoints, rotateSecret, sendTestEvent, updateEndpoint } from "./webhook-endpoints.service.ts";
import { createEndpointBody, deliveryIdParam, endpointIdParam, listDeliveriesQuery, updateEndpointBody, webhookDelivery, webhookEndpoint, webhookEndpointWithSecret } from "./webhooks.schemas.ts";

const tags = ["Webhooks"];
// Webhook endpoints are managed with a user token only (apiKeyScope: null), as API keys are: a leaked
// key must not be able to point a user's events somewhere else. Any role but admin (admins own no
// units, bids or money).
const access = { kind: "user", roles: ["buyer", "seller", "investor", "financer"] } as const;
const forbiddenMessage = "Webhook endpoints belong to marketplace accounts.";

export const webhookRoutes = [
  defineRoute({
    method: "post",
    path: "/webhook-endpoints",
    summary: "Create a webhook endpoint",
    description:
      "Events about the caller's own units, bids, money, KYC and account are POSTed to `url` as `{ id, type, created_at, data }` (`data` is the resource as the API shows it to you), signed by the Standard Webhooks specification with the returned secret, shown once. See the `webhooks` section for each event. Delivery is at least once, after the change commits, retried for about 21 hours (about 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h, 12 h); order is not promised: use `created_at` and the resource's `status`. An endpoint whose every attempt has failed for 24 hours is disabled and its owner notified. At most 10 endpoints per account.",
    tags,
    access: { ...access, forbiddenMessage },
    requireActive: true,
    apiKeyScope: null,
    request: { body: createEndpointBody },
    responses: { 201: { description: "Created; the secret is shown this once.", schema: successSchema(webhookEndpointWithSecret, "Webhook endpoint created. Store the secret now: it is not shown again.") } },
    handler: async ({ deps, auth, body }) => ({ status: 201, body: success(await createEndpoint({ deps, user: auth.user, input: body }), "Webhook endpoint created. Store the secret now: it is not shown again.") }),
  }),
  defineRoute({
    method: "get",
    path: "/webhook-endpoints",
    summary: "The caller's webhook endpoints",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    responses: { 200: { description: "Oldest first.", schema: successSchema(z.array(webhookEndpoint)) } },
    handler: async ({ deps, auth }) => ({ body: success(await listEndpoints({ deps, user: auth.user })) }),
  }),
  defineRoute({
    method: "get",
    path: "/webhook-endpoints/{endpointId}",
    summary: "A webhook endpoint",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam },
    responses: { 200: { description: "The endpoint (never its secret).", schema: successSchema(webhookEndpoint) } },
    errors: [404],
    handler: async ({ deps, auth, params }) => ({ body: success(await getEndpoint({ deps, user: auth.user, id: params.endpointId })) }),
  }),
  defineRoute({
    method: "patch",
    path: "/webhook-endpoints/{endpointId}",
    summary: "Change a webhook endpoint (url, events, enabled, description)",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam, body: updateEndpointBody },
    responses: { 200: { description: "The endpoint as changed.", schema: successSchema(webhookEndpoint, "Webhook endpoint updated.") } },
    errors: [404],
    handler: async ({ deps, auth, params, body }) => ({ body: success(await updateEndpoint({ deps, user: auth.user, id: params.endpointId, input: body }), "Webhook endpoint updated.") }),
  }),
  defineRoute({
    method: "delete",
    path: "/webhook-endpoints/{endpointId}",
    summary: "Delete a webhook endpoint and its delivery log",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam },
    responses: { 200: { description: "Deleted: nothing more is sent to it.", schema: messageOnlySchema("Webhook endpoint deleted.") } },
    errors: [404],
    handler: async ({ deps, auth, params }) => {
      await deleteEndpoint({ deps, user: auth.user, id: params.endpointId });
      return { body: { status: "success", message: "Webhook endpoint deleted." } };
    },
  }),
  defineRoute({
    method: "post",
    path: "/webhook-endpoints/{endpointId}/test",
    summary: "Send a test event now",
    description: "Sends a signed `webhook.test` event and answers with the outcome (one attempt, up to 10 s; no retries; it does not count toward disabling the endpoint). Works on a disabled endpoint, to check a fix before enabling it.",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam },
    responses: { 200: { description: "The test delivery: `succeeded` or `failed` with the receiver's status or the error.", schema: successSchema(webhookDelivery) } },
    errors: [404],
    handler: async ({ deps, auth, params }) => ({ body: success(await sendTestEvent({ deps, user: auth.user, id: params.endpointId })) }),
  }),
  defineRoute({
    method: "post",
    path: "/webhook-endpoints/{endpointId}/rotate-secret",
    summary: "Rotate the signing secret",
    description: "Returns a new secret, once. For 24 hours the previous secret keeps signing every delivery beside the new one (two signatures in `webhook-signature`), so receivers can switch without losing an event. Refused (409) while a previous rotation's overlap is running.",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam },
    responses: { 200: { description: "The new secret.", schema: successSchema(webhookEndpointWithSecret, "Secret rotated. Store the new secret now: it is not shown again.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params }) => ({ body: success(await rotateSecret({ deps, user: auth.user, id: params.endpointId }), "Secret rotated. Store the new secret now: it is not shown again.") }),
  }),
  defineRoute({
    method: "get",
    path: "/webhook-endpoints/{endpointId}/deliveries",
    summary: "An endpoint's delivery log",
    description: "Newest first: each event sent to the endpoint, its status, attempts and the last attempt's response code, latency and error. Kept 30 days.",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: endpointIdParam, query: listDeliveriesQuery },
    responses: { 200: { description: "The deliveries.", schema: paginatedSchema(webhookDelivery) } },
    errors: [404],
    handler: async ({ deps, auth, params, query }) => ({ body: pageOf(await listDeliveries({ deps, user: auth.user, endpointId: params.endpointId, query }), query) }),
  }),
  defineRoute({
    method: "post",
    path: "/webhook-deliveries/{deliveryId}/retry",
    summary: "Replay a delivery",
    description:
      "Queues the delivery's next attempt now, with the same event id and body: any status, up to 30 days after the event, on an enabled endpoint. If it fails, the retry schedule continues from where the delivery stood.",
    tags,
    access: { ...access, forbiddenMessage },
    apiKeyScope: null,
    request: { params: deliveryIdParam },
    responses: { 202: { description: "Queued; the delivery log shows the outcome.", schema: successSchema(webhookDelivery, "Delivery queued.") } },
    errors: [404, 409],
    handler: async ({ deps, auth, params }) => ({ status: 202, body: success(await replayDelivery({ deps, user: auth.user, id: params.deliveryId }), "Delivery queued.") }),
  }),
];
