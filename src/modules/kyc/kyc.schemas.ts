import { dateTime } from "../../openapi/response-fields.ts";
import { z } from "../../validation/zod.ts";
import { AADHAAR_PATTERN, ACCOUNT_NUMBER_PATTERN, gstinProblem, IFSC_PATTERN, PAN_PATTERN, PINCODE_PATTERN, verhoeffValid } from "./kyc-rules.ts";

/** Upper-cased with spaces removed before the format check, in KYC and on the profile (auth.schemas.ts). */
export const panField = z
  .string()
  .transform((value) => value.replace(/\s+/g, "").toUpperCase())
  .pipe(z.string().regex(PAN_PATTERN, { error: "The :attribute field must be a valid PAN, e.g. ABCPE1234F." }))
  .openapi({ example: "ABCPE1234F" });

// Lower case is normalised to upper case and spaces are removed before any rule is checked.
const upper = () => z.string().transform((value) => value.replace(/\s+/g, "").toUpperCase());

export const verifyPanBody = z
  .object({ pan: panField })
  .openapi("VerifyPanRequest");

const gstinMessages = {
  format: "The :attribute field must be a 15-character GSTIN, e.g. 27AAPFU0939F1ZV.",
  state: "The :attribute field must start with a valid state code (01-38, 97 or 99).",
  pan: "The :attribute field must contain a valid PAN in characters 3 to 12.",
  checksum: "The :attribute field has an invalid check character.",
};

/** A GSTIN by the SPEC 4 rules (state code, embedded PAN, mod-36 check character), upper-cased. */
export const gstinField = upper()
  .superRefine((gstin, ctx) => {
    const problem = gstinProblem(gstin);
    if (problem) ctx.addIssue({ code: "custom", message: gstinMessages[problem] });
  })
  .openapi({ example: "27AAPFU0939F1ZV" });

export const verifyGstBody = z
  .object({ gst: gstinField })
  .openapi("VerifyGstRequest");

export const verifyBankBody = z
  .object({
    account_number: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(ACCOUNT_NUMBER_PATTERN, { error: "The :attribute field must be 9 to 18 digits." }))
      .openapi({ example: "50100123456789" }),
    ifsc: upper().pipe(z.string().regex(IFSC_PATTERN, { error: "The :attribute field must be a valid IFSC, e.g. HDFC0001234." })).openapi({ example: "HDFC0001234" }),
  })
  .openapi("VerifyBankRequest");

export const verifyAadhaarBody = z
  .object({
    aadhaar: z
      .string()
      .transform((value) => value.replace(/[\s-]/g, ""))
      .refine((value) => AADHAAR_PATTERN.test(value) && verhoeffValid(value), { error: "The :attribute field must be a valid 12-digit Aadhaar number." })
      .openapi({ example: "234567890124" }),
  })
  .openapi("VerifyAadhaarRequest");

export const verifyAddressBody = z
  .object({
    line1: z.string().trim().min(1).max(255).openapi({ example: "12 MG Road" }),
    line2: z.string().trim().max(255).nullish().openapi({ example: "Near Camp Post Office" }),
    city: z.string().trim().min(1).max(100).openapi({ example: "Pune" }),
    state: z.string().trim().min(1).max(100).openapi({ example: "Maharashtra" }),
    pincode: z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .pipe(z.string().regex(PINCODE_PATTERN, { error: "The :attribute field must be a 6-digit pincode not starting with 0." }))
      .openapi({ type: ["string", "integer"], example: "411001", description: "6 digits, not starting with 0; a string or a number." }),
  })
  .openapi("VerifyAddressRequest");

const entryBase = {
  status: z.enum(["not_submitted", "pending", "verified", "failed"]),
  verified_at: dateTime().nullable(),
  failure_reason: z.string().nullable().optional().openapi({ example: "PAN not found in the registry." }),
};

export const kycEntry = z.object(entryBase).catchall(z.unknown()).openapi("KycCheck", {
  description: "Status plus masked details of one check, e.g. `pan: \"XXXXXX234F\"`, `account_number: \"XXXXXXXXXX6789\"`, `name_at_bank`.",
});

export const kycSummary = z
  .object({ pan: kycEntry, gst: kycEntry, bank_account: kycEntry, aadhaar: kycEntry, address: kycEntry })
  .openapi("KycStatus");
