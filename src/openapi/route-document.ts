import type { RouteConfig } from "@asteasolutions/zod-to-openapi";
import { apiKeyScopeOf, type RouteDefinition } from "../http/define-route.ts";
import { errorResponseFor } from "./error-responses.ts";
import { z } from "../validation/zod.ts";

// The OpenAPI description of one route object: its request schemas, its own responses, the error
// responses it can give and the headers that come with them.

type HeadersObject = Record<string, { description: string; schema: { type: "string" | "integer"; example?: string | number } }>;

const requestIdHeader: HeadersObject = {
  "X-Request-Id": { description: "Identifies this request in the server log; your own X-Request-Id is echoed if it is a sane token.", schema: { type: "string", example: "0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d" } },
};
const rateLimitHeaders: HeadersObject = {
  "X-RateLimit-Limit": { description: "Requests allowed per minute for this caller (RATE_LIMIT_PER_MINUTE, or AUTH_RATE_LIMIT_PER_MINUTE on credential endpoints).", schema: { type: "integer", example: 100 } },
  "X-RateLimit-Remaining": { description: "Requests left in the current minute.", schema: { type: "integer", example: 99 } },
};
const retryAfterHeader: HeadersObject = { "Retry-After": { description: "Seconds to wait before retrying.", schema: { type: "integer", example: 30 } } };
const replayedHeader: HeadersObject = {
  "Idempotent-Replayed": { description: "`true` when this is the stored response of an earlier request with the same Idempotency-Key.", schema: { type: "string", example: "true" } },
};

const idempotencyHeader = z.object({
  "Idempotency-Key": z
    .string()
    .min(1)
    .max(255)
    .optional()
    .openapi({
      description:
        "Makes retries safe. Same key and same body replays the first response (header `Idempotent-Replayed: true`); same key with a different body is 422; while the first request runs, 409. Kept 24 hours.",
      example: "3f1c2a9e-7b54-4c1e-9d0a-5e8f6b2c1d47",
    }),
});

/** Statuses a route can answer besides its own successes, from what its definition says it does. */
function errorStatuses(route: RouteDefinition): number[] {
  // Every route but the liveness probe reads the database: while it is unreachable, 503 with Retry-After.
  const statuses = new Set([...(route.errors ?? []), 429, 500, ...(route.path === "/health" ? [] : [503])]);
  const authenticated = route.access.kind === "user";
  if (authenticated) statuses.add(401);
  if (authenticated && (route.access.kind === "user" && route.access.roles ? true : route.requireActive || route.requireTradingReady)) statuses.add(403);
  if (route.idempotent) [409, 422].forEach((status) => statuses.add(status));
  if (route.request?.body || route.request?.query) statuses.add(422);
  if (route.request?.params) statuses.add(404);
  if (route.request?.body) [400, 413, 415].forEach((status) => statuses.add(status));
  return [...statuses].sort((a, b) => a - b);
}

export function toOpenApiRoute(route: RouteDefinition): RouteConfig {
  // Razorpay's webhook is exempt from the per-caller limit (http/rate-limit.ts), so it has no limit headers.
  const limited = route.path !== "/payments/webhook";
  const common = { ...requestIdHeader, ...(limited ? rateLimitHeaders : {}) };
  const responses: RouteConfig["responses"] = {};
  for (const [status, response] of Object.entries(route.responses)) {
    responses[status] = {
      description: response.description,
      headers: { ...common, ...(route.idempotent ? replayedHeader : {}) },
      ...(response.schema ? { content: { [response.contentType ?? "application/json"]: { schema: response.schema } } } : {}),
    };
  }
  for (const status of errorStatuses(route)) {
    const { description, schema } = route.errorSchemas?.[status] ?? errorResponseFor(status);
    responses[status] = { description, headers: { ...common, ...(status === 429 ? retryAfterHeader : {}) }, content: { "application/json": { schema } } };
  }
  const request: RouteConfig["request"] = { ...route.requestBodyDoc };
  if (route.request?.params) request.params = route.request.params as never;
  if (route.request?.query) request.query = route.request.query as never;
  if (route.request?.headers) request.headers = route.request.headers as never;
  if (route.idempotent) request.headers = idempotencyHeader as never;
  if (route.request?.body) {
    const schema = route.request.body;
    // The same schema validates all three encodings; form values are strings, coerced by the same rules.
    request.body = { required: true, content: { "application/json": { schema }, "application/x-www-form-urlencoded": { schema }, "multipart/form-data": { schema } } };
  }
  const scope = apiKeyScopeOf(route);
  const keyNote = route.access.kind !== "user" ? undefined : scope ? `API keys need the \`${scope}\` scope.` : "Not available to API keys (user tokens only).";
  return {
    method: route.method,
    path: `/api/v2${route.path}`,
    summary: route.summary,
    description: [route.description, keyNote].filter(Boolean).join("\n\n") || undefined,
    tags: route.tags,
    ...(route.access.kind === "user" ? { "x-api-key-scope": scope } : {}),
    security: route.access.kind === "user" ? [{ bearerAuth: [] }] : [],
    request,
    responses,
  };
}
