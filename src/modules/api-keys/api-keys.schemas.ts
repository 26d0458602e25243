import { dateTime } from "../../openapi/response-fields.ts";
import { pathIdParams } from "../../validation/numeric-fields.ts";
import { z } from "../../validation/zod.ts";
import { API_KEY_SCOPES } from "./api-key-credentials.ts";

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: "Tally ERP sync" }),
    scopes: z
      .array(z.enum(API_KEY_SCOPES))
      .min(1)
      .max(3)
      .openapi({ example: ["read", "trade"], description: "`read`: every GET; `trade`: list and cancel units, place, decide and withdraw bids, repay; `payments`: top-ups and withdrawals." }),
  })
  .openapi("CreateApiKeyRequest");

export const apiKeyItem = z
  .object({
    id: z.number().int().openapi({ example: 4 }),
    name: z.string().openapi({ example: "Tally ERP sync" }),
    key: z.string().openapi({ example: "hk_live_4fT9cQ2mZx1a••••••••Xy7Q", description: "Masked: the prefix and the last four characters." }),
    scopes: z.array(z.enum(API_KEY_SCOPES)),
    mode: z.enum(["live", "test"]).openapi({ description: "`test` keys come from servers with sandbox gateways; production refuses them." }),
    last_used_at: dateTime().nullable(),
    created_at: dateTime(),
  })
  .openapi("ApiKey");

export const createdApiKey = apiKeyItem
  .extend({ secret: z.string().openapi({ example: "hk_live_4fT9cQ2mZx1aR8kLw3Nv5Bp7Tq0Ys2Df6Gh9Jk1Xy7Q", description: "The whole key. Shown once: store it now." }) })
  .openapi("CreatedApiKey");

export const apiKeyIdParam = pathIdParams("keyId", "API key");
