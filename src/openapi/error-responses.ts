import type { ErrorCode } from "../http/errors.ts";
import { z } from "../validation/zod.ts";

// One documented body per error status, with the `code` that status carries and a real example, so
// integrators can switch on `code` (SPEC 1 shapes: 401 has no `status`, 422 has `errors`).

const requestId = z.string().openapi({ example: "0f6a7c1e-3b1d-4a55-9c7e-1e2f3a4b5c6d", description: "Also in the X-Request-Id header; quote it to support." });

interface ErrorDoc {
  name: string;
  code: ErrorCode;
  example: string;
  description: string;
}

const statusErrors: Record<number, ErrorDoc> = {
  400: { name: "BadRequestError", code: "BAD_REQUEST", example: "Malformed JSON body.", description: "Malformed body, or a webhook without a valid signature." },
  403: { name: "ForbiddenError", code: "FORBIDDEN", example: "Only investors/financers can bid.", description: "The caller may not do this (role, account status, KYC)." },
  404: { name: "NotFoundError", code: "NOT_FOUND", example: "Factoring unit not found.", description: "Not found, or not the caller's (never a leak of someone else's resource)." },
  409: { name: "ConflictError", code: "CONFLICT", example: "Bid is no longer pending.", description: "Conflicts with the current state (or an Idempotency-Key still in flight)." },
  413: { name: "PayloadTooLargeError", code: "PAYLOAD_TOO_LARGE", example: "Request body too large (limit 1 MB).", description: "Body over 1 MB, or too many form fields." },
  415: { name: "UnsupportedMediaTypeError", code: "UNSUPPORTED_MEDIA_TYPE", example: "Unsupported media type: send application/json, application/x-www-form-urlencoded or multipart/form-data.", description: "A body that is not JSON or a form." },
  429: { name: "RateLimitedError", code: "RATE_LIMIT_EXCEEDED", example: "Too many requests.", description: "Rate limited (per caller, per IP on credential endpoints, or 5 failed logins for one email): wait `Retry-After` seconds." },
  500: { name: "ServerError", code: "SERVER_ERROR", example: "Internal server error.", description: "Unexpected error; details only in the server log, under the request id." },
  503: {
    name: "ServiceUnavailableError",
    code: "SERVICE_UNAVAILABLE",
    example: "Service temporarily unavailable.",
    description: "A dependency (the database, a KYC vendor, the payment gateway) is unavailable; nothing was changed. Retry after `Retry-After` seconds (the database: 5), on any instance.",
  },
};

const schemas = new Map<number, z.ZodType>();

export const unauthenticatedResponse = z
  .object({ message: z.literal("Unauthenticated."), code: z.enum(["AUTH_REQUIRED"]), request_id: requestId })
  .openapi("UnauthenticatedResponse");

export const invalidCredentialsResponse = z
  .object({ message: z.literal("Invalid credentials."), code: z.enum(["INVALID_CREDENTIALS"]), request_id: requestId })
  .openapi("InvalidCredentialsResponse");

export const validationErrorResponse = z
  .object({
    message: z.string().openapi({ example: "The email field is required. (and 1 more error)", description: "The first error, plus \"(and N more errors)\" when there are others." }),
    errors: z.record(z.string(), z.array(z.string())).openapi({
      example: { email: ["The email field is required."], password: ["The password field confirmation does not match."] },
      description: "Every failing field at once, keyed by the field name as sent (`line_items.0.amount` for nested ones).",
    }),
    code: z.enum(["VALIDATION_ERROR"]),
    request_id: requestId,
  })
  .openapi("ValidationErrorResponse");

/** The shared body documented for an error status. */
export function errorResponseFor(status: number): { description: string; schema: z.ZodType } {
  if (status === 401) return { description: "Missing, malformed, expired or revoked token.", schema: unauthenticatedResponse };
  if (status === 422) return { description: "Validation failed: every failing field, keyed by field name.", schema: validationErrorResponse };
  const doc = statusErrors[status];
  if (!doc) throw new Error(`no documented error body for status ${status}`);
  let schema = schemas.get(status);
  if (!schema) {
    schema = z
      .object({ status: z.literal("error"), message: z.string().openapi({ example: doc.example }), code: z.enum([doc.code]), request_id: requestId })
      .openapi(doc.name);
    schemas.set(status, schema);
  }
  return { description: doc.description, schema };
}
