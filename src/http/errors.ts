// Errors a use case can throw; the error handler turns each into the documented response shape.

export type ErrorCode =
  | "BAD_REQUEST"
  | "AUTH_REQUIRED"
  | "INVALID_CREDENTIALS"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "PAYLOAD_TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "VALIDATION_ERROR"
  | "RATE_LIMIT_EXCEEDED"
  | "SERVER_ERROR"
  | "SERVICE_UNAVAILABLE";

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ErrorCode,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "HttpError";
  }
}

/** Laravel's summary: the first message, plus "(and N more errors)" when there are others. */
function summarise(errors: Record<string, string[]>): string {
  const messages = Object.values(errors).flat();
  const first = messages[0] ?? "The given data was invalid.";
  const more = messages.length - 1;
  return more === 0 ? first : `${first} (and ${more} more ${more === 1 ? "error" : "errors"})`;
}

/** Laravel-style 422: `errors` is keyed by the request's own field names. */
export class ValidationFailed extends HttpError {
  constructor(readonly errors: Record<string, string[]>) {
    super(422, summarise(errors), "VALIDATION_ERROR");
    this.name = "ValidationFailed";
  }
}

export const unauthenticated = () => new HttpError(401, "Unauthenticated.", "AUTH_REQUIRED");
export const forbidden = (message = "This action is unauthorized.") => new HttpError(403, message, "FORBIDDEN");
export const notFound = (resource: string) => new HttpError(404, `${resource} not found.`, "NOT_FOUND");
export const conflict = (message: string) => new HttpError(409, message, "CONFLICT");
export const tooManyRequests = (retryAfterSeconds: number) =>
  new HttpError(429, "Too many requests.", "RATE_LIMIT_EXCEEDED", { "Retry-After": String(Math.max(1, Math.ceil(retryAfterSeconds))) });
export const fieldError = (field: string, message: string) => new ValidationFailed({ [field]: [message] });
