import { z } from "../../openapi/zod.ts";
import { optionalText, phoneField, requiredText, userStatus } from "../auth/auth.schemas.ts";
import { kycSummary } from "../kyc/kyc.schemas.ts";


export const profileData = z
  .object({
    id: z.number().int().openapi({ example: 1 }),
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    role: z.enum(["buyer", "seller", "investor", "financer", "admin"]),
    status: userStatus,
    pan: z.string().nullable().openapi({ description: "Masked: only the last four characters are shown.", example: "XXXXXX234F" }),
    entity_name: z.string().nullable(),
    entity_type: z.string().nullable(),
    entity_reg: z.string().nullable(),
    industry: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
    photo_url: z.string().nullable().openapi({ example: "/api/v2/auth/profile/photo" }),
    wallet_balance: z.number().openapi({ description: "Rupees.", example: 50000 }),
    kyc_status: kycSummary,
    created_at: z.string().openapi({ example: "2026-11-23T08:00:00.000Z" }),
  })
  .openapi("Profile");

const website = z
  .url({ protocol: /^https?$/, error: "The :attribute field must be a valid URL (http or https)." })
  .max(255)
  .nullish()
  .or(z.literal("").transform(() => null));

/** The seed's editable fields only; anything else is refused by name. */
export const updateProfileBody = z
  .object({
    name: requiredText(255).optional(),
    phone: phoneField.optional(),
    entity_name: optionalText(255),
    entity_type: optionalText(100).openapi({ example: "Private Limited" }),
    entity_reg: optionalText(100).openapi({ example: "U74999MH2020PTC123456" }),
    industry: optionalText(100).openapi({ example: "Textiles" }),
    address: optionalText(500),
    website,
  })
  .openapi("UpdateProfileRequest");

export type UpdateProfileInput = z.infer<typeof updateProfileBody>;
