import type PgBoss from "pg-boss";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES, startJobQueue, stopJobQueue, type QueueName } from "../../src/db/job-queue.ts";
import { QueueWorker, type Outcome } from "../../src/jobs/queue-worker.ts";
import { createLogger } from "../../src/logger.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";

// A background worker keeps up with a backlog: pg-boss alone waits its polling interval after every
// fetch, so a worker took one batch per interval whatever was waiting. This file has a database of
// its own, because a running worker takes every due job of its queue (other files drive theirs by hand).

class RecordingWorker extends QueueWorker<{ n: number }> {
  protected queue: QueueName = QUEUES.pushDelivery.name;
  readonly delivered: number[] = [];
  on(queue: QueueName): this {
    this.queue = queue;
    return this;
  }
  protected deliver(data: { n: number }): Promise<Outcome> {
    this.delivered.push(data.n);
    return Promise.resolve({ done: true, output: { outcome: "sent" } });
  }
}

let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
let boss: PgBoss;
let pool: pg.Pool;
beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_worker");
  boss = await startJobQueue({ url: db.url, logger: createLogger("silent"), work: false });
  pool = new pg.Pool({ connectionString: db.url, max: 2 });
});
afterAll(async () => {
  await boss?.stop({ graceful: false, wait: true });
  await pool?.end();
  await db?.drop();
});

const jobStates = async (queue: QueueName = QUEUES.pushDelivery.name) =>
  Object.fromEntries((await pool.query<{ state: string; count: number }>("SELECT state::text, COUNT(*)::int AS count FROM pgboss.job WHERE name = $1 GROUP BY state", [queue])).rows.map((row) => [row.state, row.count]));

describe("queue worker", () => {
  it("drains a backlog of many batches without waiting its polling interval between full ones", async () => {
    const backlog = 53;
    await boss.insert(Array.from({ length: backlog }, (_, n) => ({ name: QUEUES.pushDelivery.name, data: { n } })));
    const worker = new RecordingWorker({ boss, logger: createLogger("silent"), pollingIntervalSeconds: 30, batchSize: 5 });
    const started = Date.now();
    await worker.start();
    // Eleven fetches at one per 30 s interval would take five minutes; give it ten seconds.
    while (worker.delivered.length < backlog && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(worker.delivered.sort((a, b) => a - b)).toEqual(Array.from({ length: backlog }, (_, n) => n));
    await expect.poll(jobStates, { timeout: 5_000 }).toEqual({ completed: backlog });

    // Once the queue is empty a partial batch ends the run of fetches: a job sent now waits for the next
    // poll, 30 s away, rather than being fetched in a busy loop.
    await boss.insert([{ name: QUEUES.pushDelivery.name, data: { n: backlog } }]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(worker.delivered).toHaveLength(backlog);
    expect(await jobStates()).toEqual({ completed: backlog, created: 1 });
  });

  it("works and records the jobs a fetch brings back while pg-boss stops, before its pool ends", async () => {
    // pg-boss reports "stopped" once no worker holds jobs; a fetch still in flight then brings jobs
    // afterwards. Its queue's partition is locked so that the worker's first fetch waits, the queue
    // is stopped, and only then is the lock let go: the fetched jobs must be delivered and recorded
    // completed, with nothing refused by an ended pool (pg-boss's own unawaited complete included).
    const queue = QUEUES.emailDelivery.name;
    const own = await startJobQueue({ url: db.url, logger: createLogger("silent"), work: false });
    await own.insert([0, 1, 2].map((n) => ({ name: queue, data: { n } })));
    const locker = await pool.connect();
    try {
      const { rows } = await locker.query<{ partition: string }>("SELECT 'pgboss.' || quote_ident(partition_name) AS partition FROM pgboss.queue WHERE name = $1", [queue]);
      await locker.query("BEGIN");
      await locker.query(`LOCK TABLE ${rows[0]!.partition} IN EXCLUSIVE MODE`);
      const worker = new RecordingWorker({ boss: own, logger: createLogger("silent"), pollingIntervalSeconds: 30, batchSize: 5 }).on(queue);
      await worker.start();
      const waitingOnLock = async () =>
        (await pool.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = $1::regclass", [rows[0]!.partition])).rows[0]!.n;
      await expect.poll(waitingOnLock, { timeout: 5_000 }).toBe(1);

      const stoppedEvent = new Promise<void>((resolve) => own.once("stopped", () => resolve()));
      const stopping = stopJobQueue(own, { graceful: true, timeoutMs: 5_000 });
      await stoppedEvent;
      await locker.query("COMMIT");
      await stopping;
      expect(worker.delivered.sort((a, b) => a - b)).toEqual([0, 1, 2]);
      expect(await jobStates(queue)).toEqual({ completed: 3 });
    } finally {
      await locker.query("ROLLBACK").catch(() => undefined);
      locker.release();
    }
  });
});
