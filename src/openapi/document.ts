import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { RouteDefinition } from "../http/define-route.ts";
import { z } from "../validation/zod.ts";
import { toOpenApiRoute } from "./route-document.ts";

const DESCRIPTION = `Hundi: invoice-factoring marketplace API.

Compatible with the FINOCRED API v2 contract: success envelopes \`{ status: "success", data, message?, meta? }\`,
Laravel-style 422 errors keyed by field name, 401 \`{ "message": "Unauthenticated." }\`.
Amounts are rupees as JSON numbers with at most 2 decimals. Every response carries \`X-Request-Id\`,
\`X-RateLimit-Limit\` and \`X-RateLimit-Remaining\`.`;

const operationId = (route: RouteDefinition) =>
  route.method +
  route.path
    .split(/[/{}-]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");

/** An outbound event for the document's `webhooks` section: the body Hundi POSTs to an endpoint. */
export interface WebhookEventDocument {
  name: string;
  summary: string;
  description: string;
  payload: z.ZodType;
}

const webhookHeaders = z.object({
  "webhook-id": z.string().openapi({ example: "msg_5f0c8f5e0b7a4f0f9d3c2b1a09876543" }),
  "webhook-timestamp": z.string().openapi({ example: "1796200000", description: "Unix seconds of this attempt." }),
  "webhook-signature": z.string().openapi({ example: "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=" }),
});

/**
 * The OpenAPI 3.1 document, built from the same route objects and Zod schemas the server validates
 * with; `webhooks` are the events sent to integrators' endpoints.
 */
export function buildOpenApiDocument(routes: RouteDefinition[], webhooks: WebhookEventDocument[] = []) {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description:
      "`Authorization: Bearer <token>`: a user token from register, login or refresh (a JWT, valid 30 days unless revoked; an admin's 12 hours), or an API key (`hk_live_...` / `hk_test_...`, from POST /api-keys) limited to its scopes: each operation's `x-api-key-scope` names the scope it needs, or is null when keys may not call it (403 naming the scope). Keys have their own rate-limit bucket.",
  });
  for (const route of routes) registry.registerPath({ ...toOpenApiRoute(route), operationId: operationId(route) });
  for (const event of webhooks) {
    registry.registerWebhook({
      method: "post",
      path: event.name,
      operationId: `webhook${event.name.split(/[._]/).map((part) => part[0]!.toUpperCase() + part.slice(1)).join("")}`,
      // Authenticated by its signature, not by a bearer token.
      security: [],
      summary: event.summary,
      description: event.description,
      tags: ["Webhooks"],
      request: { headers: webhookHeaders, body: { content: { "application/json": { schema: event.payload } } } },
      responses: { 200: { description: "Any 2xx within 10 seconds acknowledges the event; anything else is retried." } },
    });
  }
  const tags = [...new Set(routes.flatMap((route) => route.tags))];
  const tagDescriptions: Record<string, string> = {
    "API keys": "Server-to-server credentials for integrators (ERPs, treasury tools): created and revoked with a user token, scoped `read`, `trade` and `payments`.",
    Webhooks:
      "Signed outbound events about the caller's own resources (see the `webhooks` section): endpoints, test sends, secret rotation with a 24-hour overlap, the delivery log and replay. Managed with a user token only.",
    Admin: "The operators' API (role `admin` only; every other role gets 403): accounts, KYC review, money operations, the ledger, platform figures and the audit log. The same use cases as `npm run admin`; every change is audited in its own transaction.",
  };
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Hundi API", version: "2.0.0", description: DESCRIPTION, license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" } },
    servers: [{ url: "/", description: "The server that serves this document (http://localhost:3000 under npm start)" }],
    tags: tags.map((name) => ({ name, description: tagDescriptions[name] ?? `${name} endpoints.` })),
  });
}
