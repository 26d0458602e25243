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

/** The push-delivery jobs of a user's notifications, oldest first, as pg-boss keeps them. */
export function pushJobsOf(prisma: Db, userId: number): Promise<PushJobRow[]> {
  return prisma.$queryRaw<PushJobRow[]>`
    SELECT j.id::text, j.state::text AS state, j.retry_count, j.output, j.start_after
      FROM pgboss.job j JOIN notifications n ON n.id = (j.data->>'notification_id')::int
     WHERE j.name = 'push-delivery' AND n.user_id = ${userId}
     ORDER BY j.created_on, j.id`;
}

/** A pg-boss on the test database that does no background work of its own: tests drive the work. */
export function testJobQueue(url: string): Promise<PgBoss> {
  return startJobQueue({ url, logger: createLogger("silent"), work: false });
}
