import type PgBoss from "pg-boss";
import type { Db } from "../db/prisma.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { conflict, fieldError, HttpError } from "../http/errors.ts";
import { writeAudit, type Actor } from "../modules/audit/audit-log.ts";

// What an operator sees of background work: jobs that ran out of retries (a push FCM kept refusing, a
// sweep that kept failing), and a way to run one again once the cause is fixed.

export interface FailedJob {
  id: string;
  queue: string;
  data: unknown;
  error: unknown;
  attempts: number;
  createdOn: Date;
  failedOn: Date | null;
}

/** Failed jobs, newest first (pg-boss keeps them until its retention ends); or the one with this id. */
export async function listFailedJobs(prisma: Db, options: { id?: string; limit?: number } = {}): Promise<FailedJob[]> {
  const only = options.id === undefined ? Prisma.empty : Prisma.sql`AND id = ${options.id}::uuid`;
  const rows = await prisma.$queryRaw<{ id: string; name: string; data: unknown; output: unknown; retry_count: number; created_on: Date; completed_on: Date | null }[]>`
    SELECT id::text, name, data, output, retry_count, created_on, completed_on
      FROM pgboss.job WHERE state = 'failed' ${only} ORDER BY completed_on DESC NULLS LAST, created_on DESC LIMIT ${options.limit ?? 100}`;
  return rows.map((row) => ({ id: row.id, queue: row.name, data: row.data, error: row.output, attempts: row.retry_count + 1, createdOn: row.created_on, failedOn: row.completed_on }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Puts a failed job back on its queue with one more try: pg-boss's own retry, run in our transaction
 * (its `db` option) so the audit row and the retry commit together.
 */
export async function retryFailedJob(prisma: Db, boss: PgBoss, options: { actor: Actor; id: string }): Promise<FailedJob> {
  const { id } = options;
  if (!UUID.test(id)) throw fieldError("job", `"${id}" is not a job id (a UUID, as jobs --failed lists them).`);
  const [job] = await listFailedJobs(prisma, { id });
  if (!job) throw new HttpError(404, `No failed job ${id}.`, "NOT_FOUND");
  await prisma.$transaction(async (tx) => {
    const db = { executeSql: async (text: string, values: unknown[] = []) => ({ rows: await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values) }) };
    // pg-boss 10 answers { affected } (its typings say void).
    const { affected } = (await boss.retry(job.queue, job.id, { db })) as unknown as { affected: number };
    if (affected !== 1) throw conflict(`Job ${id} is no longer failed.`);
    await writeAudit(tx, { actor: options.actor, action: "job.retry", targetType: "job", targetId: job.id, details: { queue: job.queue, attempts: job.attempts } });
  });
  return job;
}
