import type { ErrorRequestHandler, RequestHandler } from "express";
import multer from "multer";
import type { Logger } from "../logger.ts";
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

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const known = error instanceof HttpError ? error : fromFrameworkError(error);
    const httpError = known ?? new HttpError(500, "Internal server error.", "SERVER_ERROR");
    if (!known) (res.log ?? logger).error({ err: error }, "unhandled error");
    if (res.headersSent) return res.end();
    res.set(httpError.headers);
    res.status(httpError.status).json(errorBody(httpError, res.locals.requestId as string | undefined));
  };
}

export const unknownRoute: RequestHandler = (_req, _res, next) => {
  next(new HttpError(404, "Route not found.", "NOT_FOUND"));
};
