import type { Db, Tx } from "../../db/prisma.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { pageWindow } from "../../http/envelopes.ts";

/**
 * Who did something: `admin:<id>` with the request id and IP for the admin API, `cli:<OS user>` for
 * the CLI, `system:<what>` for the server itself. The same use case serves the API and the CLI; only
 * its actor differs.
 */
export interface Actor {
  name: string;
  userId?: number | null;
  requestId?: string | null;
  ip?: string | null;
}

export const cliActor = (osUser = process.env.USER ?? process.env.LOGNAME ?? "admin"): Actor => ({ name: `cli:${osUser}` });

/** Written in the same transaction as the change it records: no change without its audit row, and no row without its change. */
export async function writeAudit(tx: Tx, entry: { actor: Actor | string; action: string; targetType: string; targetId?: string | number; details?: object }) {
  const actor = typeof entry.actor === "string" ? { name: entry.actor } : entry.actor;
  await tx.auditLog.create({
    data: {
      actor: actor.name,
      actorUserId: actor.userId ?? null,
      requestId: actor.requestId ?? null,
      ip: actor.ip ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ?? {},
    },
  });
}

export interface AuditQuery {
  page: number;
  per_page: number;
  /** `admin:12`, `cli:ops`, or a prefix ending in `:` (`cli:`) */
  actor?: string;
  /** `user:42`, or a type alone (`withdrawal`) */
  target?: string;
  /** `user.suspend`, or a prefix ending in `.` (`user.`) */
  action?: string;
  from?: Date;
  to?: Date;
}

/** Newest first. Prefix filters (`cli:`, `user.`) use the (actor|action, created_at) indexes. */
export async function listAuditLog(db: Db, query: AuditQuery) {
  const where: Prisma.AuditLogWhereInput = {};
  if (query.actor) where.actor = query.actor.endsWith(":") ? { startsWith: query.actor } : query.actor;
  if (query.action) where.action = query.action.endsWith(".") ? { startsWith: query.action } : query.action;
  if (query.target) {
    const separator = query.target.indexOf(":");
    if (separator < 0) where.targetType = query.target;
    else Object.assign(where, { targetType: query.target.slice(0, separator), targetId: query.target.slice(separator + 1) });
  }
  if (query.from || query.to) where.createdAt = { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lt: query.to } : {}) };
  const [items, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(query) }),
    db.auditLog.count({ where }),
  ]);
  return { items: items.map(presentAuditEntry), total };
}

export const presentAuditEntry = (row: Prisma.AuditLogGetPayload<object>) => ({
  id: Number(row.id),
  actor: row.actor,
  actor_user_id: row.actorUserId,
  action: row.action,
  target_type: row.targetType,
  target_id: row.targetId,
  details: row.details,
  request_id: row.requestId,
  ip: row.ip,
  created_at: row.createdAt.toISOString(),
});
