import type { Db } from "../../db/prisma.ts";
import type { IdempotencyKey, Prisma } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";
import { conflict, HttpError } from "../../http/errors.ts";
import { writeAudit, type Actor } from "../audit/audit-log.ts";

// Stuck Idempotency-Key records (http/idempotency.ts): a request that died between claiming its key
// and recording its response (the process was killed) leaves the key `in_progress`, and every retry
// of it is 409 until the key's 24 hours are over. An operator can release such a key. A completed key
// is never released: its stored response is what stops a retried payment from running twice.

/** A key this young may belong to a request still running: releasing it could let the request run twice. */
export const STUCK_AFTER_SECONDS = 120;

export const presentIdempotencyKey = (row: IdempotencyKey) => ({
  id: Number(row.id),
  user_id: row.userId,
  scope: row.scope,
  key: row.key,
  status: row.status,
  response_status: row.responseStatus,
  created_at: row.createdAt.toISOString(),
});

/** In-progress keys older than STUCK_AFTER_SECONDS by default (the stuck ones), oldest first. */
export async function listIdempotencyKeys(db: Db, query: { page: number; per_page: number; status: IdempotencyKey["status"] | "stuck"; user_id?: number }) {
  const stuck = query.status === "stuck";
  const where: Prisma.IdempotencyKeyWhereInput = {
    status: query.status === "stuck" ? "in_progress" : query.status,
    userId: query.user_id,
    ...(stuck ? { createdAt: { lt: new Date(Date.now() - STUCK_AFTER_SECONDS * 1000) } } : {}),
  };
  const [items, total] = await Promise.all([
    db.idempotencyKey.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], ...pageWindow(query) }),
    db.idempotencyKey.count({ where }),
  ]);
  return { items: items.map(presentIdempotencyKey), total };
}

export async function releaseIdempotencyKey(db: Db, options: { actor: Actor; id: number }) {
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ status: string; age_seconds: number }[]>`
      SELECT status::text, EXTRACT(EPOCH FROM now() - created_at)::float8 AS age_seconds FROM idempotency_keys WHERE id = ${options.id} FOR UPDATE`;
    if (!row) throw new HttpError(404, "Idempotency key not found.", "NOT_FOUND");
    if (row.status === "completed") throw conflict("This Idempotency-Key completed: its stored response is replayed for 24 hours and cannot be released.");
    if (row.age_seconds < STUCK_AFTER_SECONDS) {
      throw conflict(`This Idempotency-Key was claimed ${Math.floor(row.age_seconds)} s ago and may still be running: release it after ${STUCK_AFTER_SECONDS} s.`);
    }
    const deleted = await tx.idempotencyKey.delete({ where: { id: BigInt(options.id) } });
    await writeAudit(tx, { actor: options.actor, action: "idempotency_key.release", targetType: "idempotency_key", targetId: options.id, details: { user_id: deleted.userId, scope: deleted.scope, key: deleted.key } });
    return presentIdempotencyKey(deleted);
  });
}
