import { defineRoute } from "../../http/define-route.ts";
import { messageOnlySchema, success, successSchema } from "../../http/envelopes.ts";
import { z } from "../../validation/zod.ts";
import { apiKeyIdParam, apiKeyItem, createApiKeyBody, createdApiKey } from "./api-keys.schemas.ts";
import { createApiKey, listApiKeys, revokeApiKey } from "./api-keys.service.ts";

const tags = ["API keys"];

// Keys are managed with a user token only (apiKeyScope: null): a leaked key cannot mint more keys
// or keep itself alive.
export const apiKeyRoutes = [
  defineRoute({
    method: "post",
    path: "/api-keys",
    summary: "Create an API key",
    description:
      "For the caller's own account (active accounts only). The secret (`hk_live_...`, or `hk_test_...` on servers with sandbox gateways) is returned once and stored only as a hash. Use it as `Authorization: Bearer hk_...` on any route its scopes allow; each route documents the scope it needs (`x-api-key-scope`).",
    tags,
    access: { kind: "user" },
    requireActive: true,
    apiKeyScope: null,
    request: { body: createApiKeyBody },
    responses: { 201: { description: "Created; the secret is shown this once.", schema: successSchema(createdApiKey, "API key created. Store the secret now: it is not shown again.") } },
    handler: async ({ deps, auth, body }) => ({ status: 201, body: success(await createApiKey({ deps, user: auth.user, input: body }), "API key created. Store the secret now: it is not shown again.") }),
  }),
  defineRoute({
    method: "get",
    path: "/api-keys",
    summary: "The caller's API keys",
    description: "Live keys, newest first, masked, with when each was last used (to the minute).",
    tags,
    access: { kind: "user" },
    apiKeyScope: null,
    responses: { 200: { description: "The keys.", schema: successSchema(z.array(apiKeyItem)) } },
    handler: async ({ deps, auth }) => ({ body: success(await listApiKeys({ deps, user: auth.user })) }),
  }),
  defineRoute({
    method: "delete",
    path: "/api-keys/{keyId}",
    summary: "Revoke an API key",
    description: "At once, on every instance: the next request with it is 401.",
    tags,
    access: { kind: "user" },
    apiKeyScope: null,
    request: { params: apiKeyIdParam },
    responses: { 200: { description: "Revoked.", schema: messageOnlySchema("API key revoked.") } },
    errors: [404],
    handler: async ({ deps, auth, params }) => {
      await revokeApiKey({ deps, user: auth.user, id: params.keyId });
      return { body: { status: "success", message: "API key revoked." } };
    },
  }),
];
