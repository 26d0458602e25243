import crypto from "node:crypto";
import type { Db } from "../db/prisma.ts";
import { errorBody } from "./error-handler.ts";
import { conflict, HttpError, ValidationFailed } from "./errors.ts";

// Stripe semantics for `Idempotency-Key` on money-moving POSTs, per user and endpoint:
// - same key, same request: the stored response is replayed (with `Idempotent-Replayed: true`);
// - same key, different request: 422 on the Idempotency-Key header;
// - same key while the first request is still running: 409.
// Responses are kept for 24 hours. Server errors (5xx) are not kept, so the client can retry.

export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface StoredResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/**
 * Canonical form of the validated body: keys sorted, so `{a,b}` and `{b,a}` are the same request, and
 * amounts compared as parsed paise, so `700` and `"700.00"` are too.
 */
function canonical(value: unknown): string {
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

const hashRequest = (path: string, body: unknown) => crypto.createHash("sha256").update(`${path}\n${canonical(body)}`).digest("hex");

export async function runIdempotently(
  prisma: Db,
  options: { userId: number; scope: string; key: string; path: string; body: unknown; requestId?: string },
  run: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!KEY_PATTERN.test(options.key)) {
    throw new ValidationFailed({ "Idempotency-Key": ["The Idempotency-Key header must be 1 to 255 printable characters."] });
  }
  const requestHash = hashRequest(options.path, options.body);
  const where = { userId_scope_key: { userId: options.userId, scope: options.scope, key: options.key } };

  const claim = () => prisma.$queryRaw<{ id: bigint }[]>`
    INSERT INTO idempotency_keys (user_id, scope, key, request_hash)
    VALUES (${options.userId}, ${options.scope}, ${options.key}, ${requestHash})
    ON CONFLICT (user_id, scope, key) DO NOTHING RETURNING id`;
  let claimed = await claim();
  if (claimed.length === 0) {
    const existing = await prisma.idempotencyKey.findUnique({ where });
    if (existing && existing.createdAt.getTime() < Date.now() - IDEMPOTENCY_TTL_MS) {
      await prisma.idempotencyKey.deleteMany({ where: { id: existing.id } });
      claimed = await claim();
    } else if (existing) {
      if (existing.requestHash !== requestHash) {
        throw new ValidationFailed({ "Idempotency-Key": ["This Idempotency-Key was already used with a different request."] });
      }
      if (existing.status === "in_progress") throw conflict("A request with this Idempotency-Key is still being processed.");
      return { status: existing.responseStatus ?? 200, body: existing.responseBody, headers: { "Idempotent-Replayed": "true" } };
    }
    if (claimed.length === 0) throw conflict("A request with this Idempotency-Key is still being processed.");
  }
  const id = claimed[0]!.id;

  const complete = (status: number, body: unknown) =>
    prisma.idempotencyKey.update({ where: { id }, data: { status: "completed", responseStatus: status, responseBody: body as object } });
  try {
    const response = await run();
    await complete(response.status, response.body);
    return response;
  } catch (error) {
    if (error instanceof HttpError && error.status < 500) await complete(error.status, errorBody(error, options.requestId));
    else await prisma.idempotencyKey.deleteMany({ where: { id } });
    throw error;
  }
}
