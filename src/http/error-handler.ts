import type { ErrorRequestHandler, RequestHandler } from "express";
import multer from "multer";
import { databaseUnavailableKind } from "../db/errors.ts";
import { oncePer, type Logger } from "../logger.ts";
import { HttpError, ValidationFailed, type ErrorCode } from "./errors.ts";
import { attributeName } from "../validation/laravel-messages.ts";

interface ErrorBody {
  status?: "error";
  message: string;
  errors?: Record<string, string[]>;
  code: ErrorCode;
  request_id?: string;
}

export function errorBody(error: HttpError, requestId?: string): ErrorBody {
  const extras = { code: error.code, ...(requestId ? { request_id: requestId } : {}) };
  if (error instanceof ValidationFailed) return { message: error.message, errors: error.errors, ...extras };
  // The seed's 401 has no `status` key: `{ "message": "Unauthenticated." }`.
  if (error.status === 401) return { message: error.message, ...extras };
  return { status: "error", message: error.message, ...extras };
}

/** Errors raised by Express' body parser and multer, mapped to documented statuses. */
function fromFrameworkError(error: unknown): HttpError | null {
  if (error instanceof multer.MulterError) {
    const field = error.field ?? "file";
    const attribute = attributeName(field);
    if (error.code === "LIMIT_FILE_SIZE") return new ValidationFailed({ [field]: [`The ${attribute} field must not be greater than 5120 kilobytes.`] });
    if (error.code === "LIMIT_UNEXPECTED_FILE" || error.code === "LIMIT_FILE_COUNT") return new ValidationFailed({ [field]: [`The ${attribute} field is not allowed.`] });
    return new ValidationFailed({ [field]: [`The ${attribute} field is invalid.`] });
  }
  const type = (error as { type?: string } | null)?.type;
  if (type === "entity.parse.failed") return new HttpError(400, "Malformed JSON body.", "BAD_REQUEST");
  if (type === "parameters.too.many") return new HttpError(413, "Too many form fields.", "PAYLOAD_TOO_LARGE");
  if (type === "querystring.parse.rangeError") return new HttpError(400, "Form fields are nested too deeply.", "BAD_REQUEST");
  if (type === "entity.too.large") return new HttpError(413, "Request body too large (limit 1 MB).", "PAYLOAD_TOO_LARGE");
  if (type === "encoding.unsupported" || type === "charset.unsupported") return new HttpError(415, "Unsupported content encoding.", "UNSUPPORTED_MEDIA_TYPE");
  if (type === "request.aborted") return new HttpError(400, "Request aborted.", "BAD_REQUEST");
  return null;
}

/** How long a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;
/** One log line per kind of database failure per this interval, however many requests meet it. */
const OUTAGE_LOG_INTERVAL_MS = 10_000;

export function errorHandler(logger: Logger): ErrorRequestHandler {
  const due = oncePer(OUTAGE_LOG_INTERVAL_MS);
  const noteOutage = (kind: string, error: unknown) => {
    if (!due(kind)) return;
    logger.error({ kind, detail: (error as Error).message?.split("\n").at(-1)?.slice(0, 300) }, "database unreachable: answering 503 until it is back");
  };
  return (error, _req, res, _next) => {
    const outage = error instanceof HttpError ? null : databaseUnavailableKind(error);
    const known = error instanceof HttpError ? error : outage ? serviceUnavailable() : fromFrameworkError(error);
    const httpError = known ?? new HttpError(500, "Internal server error.", "SERVER_ERROR");
    if (outage) noteOutage(outage, error);
    // An unexpected error is logged once, on the request's access line (access-log.ts), with its id.
    else if (!known) res.locals.error = error;
    if (res.headersSent) return res.end();
    res.set(httpError.headers);
    res.status(httpError.status).json(errorBody(httpError, res.locals.requestId as string | undefined));
  };
}

/** FinCode's answer while the database is down: retry later, elsewhere if you can. */
const serviceUnavailable = () =>
  new HttpError(503, "Service temporarily unavailable.", "SERVICE_UNAVAILABLE", { "Retry-After": String(DATABASE_RETRY_AFTER_SECONDS) });

export const unknownRoute: RequestHandler = (_req, _res, next) => {
  next(new HttpError(404, "Route not found.", "NOT_FOUND"));
};
