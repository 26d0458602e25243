import { dateTime, rupees } from "../../openapi/response-fields.ts";
import { z } from "../../validation/zod.ts";
import { optionalText, phoneField, requiredText, userStatus } from "../auth/auth.schemas.ts";
import { kycSummary } from "../kyc/kyc.schemas.ts";

/** The account's own fields (presentAccountFields): the profile's and the admin API's. */
export const accountFields = {
  id: z.number().int().openapi({ example: 1 }),
  name: z.string().openapi({ example: "Asha Traders" }),
  email: z.string().openapi({ example: "asha@example.com", format: "email" }),
  phone: z.string().openapi({ example: "+919876543210" }),
  role: z.enum(["buyer", "seller", "investor", "financer", "admin"]),
  status: userStatus,
  pan: z.string().nullable().openapi({ description: "Masked: only the last four characters are shown.", example: "XXXXXX234F" }),
  entity_name: z.string().nullable().openapi({ example: "Asha Traders Pvt Ltd" }),
  entity_type: z.string().nullable().openapi({ example: "Private Limited" }),
  entity_reg: z.string().nullable().openapi({ example: "U74999MH2020PTC123456" }),
  industry: z.string().nullable().openapi({ example: "Textiles" }),
  address: z.string().nullable().openapi({ example: "12 MG Road, Pune 411001" }),
  website: z.string().nullable().openapi({ example: "https://ashatraders.in" }),
};

export const profileData = z
  .object({
    ...accountFields,
    photo_url: z.string().nullable().openapi({ example: "/api/v2/auth/profile/photo" }),
    wallet_balance: rupees(50000),
    kyc_status: kycSummary,
    created_at: dateTime(),
  })
  .openapi("Profile");

const website = z
  .url({ protocol: /^https?$/, error: "The :attribute field must be a valid URL (http or https)." })
  .max(255)
  .nullish()
  .or(z.literal("").transform(() => null))
  .openapi({ example: "https://ashatraders.in", description: "http(s) URL; null or an empty string clears it." });

/** The seed's editable fields only; anything else is refused by name. */
export const updateProfileBody = z
  .object({
    name: requiredText(255).optional().openapi({ example: "Asha Traders" }),
    phone: phoneField.optional(),
    entity_name: optionalText(255).openapi({ example: "Asha Traders Pvt Ltd" }),
    entity_type: optionalText(100).openapi({ example: "Private Limited" }),
    entity_reg: optionalText(100).openapi({ example: "U74999MH2020PTC123456" }),
    industry: optionalText(100).openapi({ example: "Textiles" }),
    address: optionalText(500).openapi({ example: "12 MG Road, Pune 411001" }),
    website,
  })
  .openapi("UpdateProfileRequest");

export type UpdateProfileInput = z.infer<typeof updateProfileBody>;
