import type PgBoss from "pg-boss";
import type { Db } from "../../src/db/prisma.ts";
import { startJobQueue } from "../../src/db/job-queue.ts";
import { createLogger } from "../../src/logger.ts";

export interface PushJobRow {
  id: string;
  state: "created" | "retry" | "active" | "completed" | "cancelled" | "failed";
  retry_count: number;
  output: Record<string, unknown> | null;
  start_after: Date;
}

/** The jobs a queue holds for a user's notifications (push-delivery, email-delivery), oldest first, as pg-boss keeps them. */
export function notificationJobsOf(prisma: Db, queue: "push-delivery" | "email-delivery", userId: number): Promise<(PushJobRow & { type: string })[]> {
  return prisma.$queryRaw<(PushJobRow & { type: string })[]>`
    SELECT j.id::text, j.state::text AS state, j.retry_count, j.output, j.start_after, n.type
      FROM pgboss.job j JOIN notifications n ON n.id = (j.data->>'notification_id')::int
     WHERE j.name = ${queue} AND n.user_id = ${userId}
     ORDER BY j.created_on, j.id`;
}

/** A device registered for push: a user without one gets no push jobs (notify.ts pushJobFor). */
export async function registerPushDevice(prisma: Db, userId: number): Promise<void> {
  await prisma.deviceToken.create({ data: { userId, token: `device-of-${userId}-${crypto.randomUUID()}` } });
}

/** The push-delivery jobs of a user's notifications. */
export const pushJobsOf = (prisma: Db, userId: number) => notificationJobsOf(prisma, "push-delivery", userId);

/** A pg-boss on the test database that does no background work of its own: tests drive the work. */
export function testJobQueue(url: string): Promise<PgBoss> {
  return startJobQueue({ url, logger: createLogger("silent"), work: false });
}
