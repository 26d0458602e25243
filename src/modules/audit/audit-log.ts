import type { Tx } from "../../db/prisma.ts";

/** Written in the same transaction as the change it records: no change without its audit row. */
export async function writeAudit(tx: Tx, entry: { actor: string; action: string; targetType: string; targetId?: string | number; details?: object }) {
  await tx.auditLog.create({
    data: {
      actor: entry.actor,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined ? null : String(entry.targetId),
      details: entry.details ?? {},
    },
  });
}
