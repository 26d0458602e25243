import { defineRoute } from "../../http/define-route.ts";
import { success, successSchema } from "../../http/envelopes.ts";
import { kycEntry, kycSummary as kycSummarySchema, verifyAadhaarBody, verifyAddressBody, verifyBankBody, verifyGstBody, verifyPanBody } from "./kyc.schemas.ts";
import { verifyAadhaar, verifyAddress, verifyBank, verifyGst, verifyPan } from "./kyc.service.ts";
import { kycSummary } from "./kyc-status.ts";

const tags = ["KYC"];
const message = (status: string, label: string) => (status === "verified" ? `${label} verified successfully.` : `${label} verification failed.`);
const outcome = (label: string) => ({
  200: {
    description: `The check after verification: \`status\` is \`verified\` ("${message("verified", label)}"), or \`failed\` with \`failure_reason\` when the registry rejects it ("${message("failed", label)}").`,
    schema: successSchema(kycEntry, message("verified", label)),
  },
});

// Pending accounts may complete KYC while they wait for approval (SPEC 3), so these routes only need
// a signed-in user. Format errors are 422 on the field; a registry rejection is recorded as `failed`.
export const kycRoutes = [
  defineRoute({
    method: "get",
    path: "/kyc/status",
    summary: "All KYC checks with masked details",
    tags,
    access: { kind: "user" },
    responses: { 200: { description: "pan, gst, bank_account, aadhaar, address.", schema: successSchema(kycSummarySchema) } },
    handler: async ({ deps, auth }) => ({ body: success(await kycSummary(deps.prisma, auth.user.id)) }),
  }),
  defineRoute({
    method: "post",
    path: "/kyc/verify-pan",
    summary: "Verify PAN",
    description: "One PAN can be verified on one account only (409). Lower case is accepted.",
    tags,
    access: { kind: "user" },
    request: { body: verifyPanBody },
    responses: outcome("PAN"),
    errors: [409, 503],
    handler: async ({ deps, auth, body }) => {
      const check = await verifyPan({ deps, user: auth.user, input: body });
      return { body: success(check, message(check.status, "PAN")) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/kyc/verify-gst",
    summary: "Verify GSTIN",
    description: "Needs a verified PAN; the GSTIN must embed it. State code, PAN and the mod-36 check character are validated.",
    tags,
    access: { kind: "user" },
    request: { body: verifyGstBody },
    responses: outcome("GSTIN"),
    errors: [409, 503],
    handler: async ({ deps, auth, body }) => {
      const check = await verifyGst({ deps, user: auth.user, input: body });
      return { body: success(check, message(check.status, "GSTIN")) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/kyc/verify-bank",
    summary: "Verify bank account (penny drop)",
    description: "Returns the name at the bank. Withdrawals go to this account.",
    tags,
    access: { kind: "user" },
    request: { body: verifyBankBody },
    responses: outcome("Bank account"),
    errors: [409, 503],
    handler: async ({ deps, auth, body }) => {
      const check = await verifyBank({ deps, user: auth.user, input: body });
      return { body: success(check, message(check.status, "Bank account")) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/kyc/verify-aadhaar",
    summary: "Verify Aadhaar",
    description: "12 digits with a Verhoeff check digit. Only the last 4 digits and a keyed hash are stored.",
    tags,
    access: { kind: "user" },
    request: { body: verifyAadhaarBody },
    responses: outcome("Aadhaar"),
    errors: [409, 503],
    handler: async ({ deps, auth, body }) => {
      const check = await verifyAadhaar({ deps, user: auth.user, input: body });
      return { body: success(check, message(check.status, "Aadhaar")) };
    },
  }),
  defineRoute({
    method: "post",
    path: "/kyc/verify-address",
    summary: "Verify address",
    tags,
    access: { kind: "user" },
    request: { body: verifyAddressBody },
    responses: outcome("Address"),
    errors: [409, 503],
    handler: async ({ deps, auth, body }) => {
      const check = await verifyAddress({ deps, user: auth.user, input: body });
      return { body: success(check, message(check.status, "Address")) };
    },
  }),
];
