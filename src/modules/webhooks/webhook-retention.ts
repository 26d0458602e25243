import type { Db } from "../../db/prisma.ts";
import { REPLAY_WINDOW_DAYS } from "./webhook-schedule.ts";

const BATCH = 1_000;

/**
 * Forgets events older than the replay window, with their deliveries (cascade), a batch per sweep: the
 * delivery log and replay promise 30 days, and the pg-boss jobs of their attempts are kept as long.
 * Returns the ids deleted.
 */
export async function purgeExpiredWebhookMessages(db: Db, now = new Date()): Promise<string[]> {
  const before = new Date(now.getTime() - REPLAY_WINDOW_DAYS * 24 * 60 * 60 * 1000);
  const rows = await db.$queryRaw<{ id: string }[]>`
    DELETE FROM webhook_messages WHERE id IN (SELECT id FROM webhook_messages WHERE created_at < ${before} ORDER BY created_at LIMIT ${BATCH}) RETURNING id`;
  return rows.map((row) => row.id);
}
