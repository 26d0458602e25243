import PgBoss from "pg-boss";
import type pg from "pg";
import { Prisma } from "../generated/prisma/client.ts";
import { oncePer, type Logger } from "../logger.ts";
import { resilientPool } from "./prisma.ts";

// Background work on pg-boss 10 (a maintained queue on the same PostgreSQL): retries with backoff,
// jobs that survive restarts, schedules that fire once per fleet, failed jobs kept for an operator.
// Its schema and our queues are created by a migration (20261202140000), so every database this
// project migrates can take jobs before any server has started; start() keeps the queues' options
// in step with QUEUES below.

export const JOB_SCHEMA = "pgboss";

/** Our queues and their policies; the migration created them with these options. */
export const QUEUES = {
  /** One job per notification; a job only ends when the push is sent, skipped, or has failed 8 times. */
  pushDelivery: { name: "push-delivery", policy: "standard", retryLimit: 7, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 43_200 },
  /** One job per e-mail (an e-mailed notification, a password-reset code); retried like pushes. */
  emailDelivery: { name: "email-delivery", policy: "standard", retryLimit: 7, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 43_200 },
  /**
   * One job per webhook attempt (the schedule of retries is ours, webhook-schedule.ts); pg-boss retries
   * a job only when its outcome could not be recorded. Expiry above the 10-second attempt timeout.
   */
  webhookDelivery: { name: "webhook-delivery", policy: "standard", retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: 60, retentionMinutes: 43_200 },
  /** The marketplace's clock, on a cron schedule: at most one waiting and one running in the fleet. */
  marketplaceSweep: { name: "marketplace-sweep", policy: "stately", retryLimit: 2, retryDelay: 30, retryBackoff: false, expireInSeconds: 900, retentionMinutes: 10_080 },
} as const satisfies Record<string, PgBoss.Queue>;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

/**
 * Enqueues a job in the caller's own statement or transaction, as SQL: the job exists if and only if
 * the change that causes it commits. boss.send() cannot be part of another statement (it is one
 * itself), and a money step here is one statement; so this writes the row send() writes: the queue's
 * retry, expiry and retention settings, read from pgboss.queue as send() reads them (a test holds the
 * two rows to each other). `data` is SQL yielding jsonb; `from` the rows to enqueue one job each for,
 * `where` an optional condition on them (a row it refuses gets no job).
 */
export function enqueueJobSql(queue: QueueName, data: Prisma.Sql, from: Prisma.Sql, where?: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy)
    SELECT ${queue}, ${data}, COALESCE(q.retry_limit, 2),
           CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(q.retry_delay, 1) ELSE COALESCE(q.retry_delay, 0) END,
           COALESCE(q.retry_backoff, false), COALESCE(q.expire_seconds * interval '1s', interval '15 minutes'),
           now() + COALESCE(q.retention_minutes * interval '1 minute', interval '14 days'), q.dead_letter, q.policy
      FROM ${from} LEFT JOIN pgboss.queue q ON q.name = ${queue}${where ? Prisma.sql` WHERE ${where}` : Prisma.empty}`;
}

/**
 * The queue's own pool, ended only once nothing uses it. pg-boss emits "stopped" as soon as no worker
 * holds jobs, but a worker whose fetch is in flight at that moment gets its jobs afterwards, runs its
 * handler and records the jobs' ends (ours, then pg-boss's own complete, which it does not await): on
 * an ended pool both were refused, and pg-boss's refusal, having no handler, stopped the server with
 * exit 1 on a SIGTERM during a backlog (CI saw it). So queries in flight and handlers running
 * (workQueue) are counted, and the pool ends when both are at zero, looked at between macrotasks (a
 * handler's last microtasks start pg-boss's complete, so its query is counted before the next look),
 * or at the deadline: a job still held then goes back to the queue after its expiry.
 */
class JobPool {
  private queries = 0;
  private handlers = 0;
  private ending?: Promise<void>;

  constructor(private readonly pool: pg.Pool, private readonly logger: Logger) {}

  readonly executeSql = (text: string, values: unknown[]) => {
    this.queries++;
    return this.pool.query(text, values).finally(() => this.queries--);
  };

  async handle<T>(work: () => Promise<T>): Promise<T> {
    this.handlers++;
    try {
      return await work();
    } finally {
      this.handlers--;
    }
  }

  /** Ends the pool once idle or at the deadline; every call gets the same ending. */
  endWhenIdle(): Promise<void> {
    this.ending ??= (async () => {
      const deadline = Date.now() + POOL_END_DEADLINE_MS;
      while ((this.queries > 0 || this.handlers > 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      if (this.handlers > 0) this.logger.warn({ handlers: this.handlers }, "job queue closed with work still running; its jobs are handed out again after their expiry");
      await this.pool.end().catch(() => undefined);
    })();
    return this.ending;
  }
}

const POOL_END_DEADLINE_MS = 10_000;
const jobPools = new WeakMap<PgBoss, JobPool>();

/**
 * A started pg-boss on its own small pool. `work: false` is for the admin CLI and tests that drive
 * work themselves: no maintenance, no scheduling, no migrations of its own.
 */
export async function startJobQueue(options: { url: string; logger: Logger; work?: boolean }): Promise<PgBoss> {
  const working = options.work !== false;
  // Its own small pool, one that survives an outage (resilientPool), given to pg-boss as its executor.
  const jobPool = new JobPool(resilientPool({ url: options.url, max: 3, logger: options.logger, applicationName: "hundi-jobs" }), options.logger);
  const boss = new PgBoss({
    db: { executeSql: jobPool.executeSql },
    schema: JOB_SCHEMA,
    migrate: false, // our migration installed this version's schema
    supervise: working,
    schedule: working,
  });
  jobPools.set(boss, jobPool);
  const due = oncePer(10_000);
  boss.on("error", (error: Error & { code?: string }) => {
    if (!due()) return;
    options.logger.warn({ code: error.code, detail: error.message }, "job queue error (pg-boss retries on its own)");
  });
  // boss.stop() closes only a pool it opened itself: this one closes once nothing uses it.
  boss.on("stopped", () => void jobPool.endWhenIdle());
  await boss.start();
  if (working) for (const queue of Object.values(QUEUES)) await boss.updateQueue(queue.name, queue);
  return boss;
}

/** boss.work(), with the handler counted as a user of the queue's pool (see JobPool). */
export function workQueue<Data extends object>(boss: PgBoss, queue: QueueName, options: PgBoss.WorkOptions, handler: PgBoss.WorkHandler<Data>): Promise<string> {
  const jobPool = jobPools.get(boss);
  if (!jobPool) throw new Error("workQueue takes a queue started by startJobQueue");
  return boss.work<Data>(queue, options, (jobs) => jobPool.handle(() => handler(jobs)));
}

/**
 * Stops pg-boss and waits for its pool to end: workers finish the jobs they hold (graceful, up to
 * `timeoutMs`), and jobs fetched while it stopped are worked and recorded before the pool goes.
 */
export async function stopJobQueue(boss: PgBoss, options: { graceful: boolean; timeoutMs?: number }): Promise<void> {
  await boss.stop({ graceful: options.graceful, wait: true, timeout: options.timeoutMs });
  await jobPools.get(boss)?.endWhenIdle();
}
