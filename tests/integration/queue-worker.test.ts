import type PgBoss from "pg-boss";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES, startJobQueue } from "../../src/db/job-queue.ts";
import { QueueWorker, type Outcome } from "../../src/jobs/queue-worker.ts";
import { createLogger } from "../../src/logger.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";

// A background worker keeps up with a backlog: pg-boss alone waits its polling interval after every
// fetch, so a worker took one batch per interval whatever was waiting. This file has a database of
// its own, because a running worker takes every due job of its queue (other files drive theirs by hand).

class RecordingWorker extends QueueWorker<{ n: number }> {
  protected readonly queue = QUEUES.pushDelivery.name;
  readonly delivered: number[] = [];
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

const jobStates = async () =>
  Object.fromEntries((await pool.query<{ state: string; count: number }>("SELECT state::text, COUNT(*)::int AS count FROM pgboss.job WHERE name = $1 GROUP BY state", [QUEUES.pushDelivery.name])).rows.map((row) => [row.state, row.count]));

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
});
