import type PgBoss from "pg-boss";
import { workQueue, type QueueName } from "../db/job-queue.ts";
import type { Logger } from "../logger.ts";

// Delivery after commit (pushes, e-mails): a job written in the business change's transaction is
// handed by pg-boss to one worker of the fleet at a time, retried with exponential backoff when it
// fails, and given back to the queue if the worker dies mid-send (its expiry): sent at least once,
// normally once.

/** A job ends done (sent, or nothing to send) or not done (pg-boss retries it later). */
export type Outcome = { done: true; output: { outcome: "sent" | "skipped"; reason?: string } } | { done: false; error: string };

export abstract class QueueWorker<Data extends object> {
  protected abstract readonly queue: QueueName;

  constructor(protected readonly base: { boss: PgBoss; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {}

  /** Sends what one job asks for; a thrown error counts as not done. */
  protected abstract deliver(data: Data): Promise<Outcome>;

  /**
   * Works the queue in the background of this instance until pg-boss stops. pg-boss waits its polling
   * interval after every fetch, a full batch too, so a worker took at most one batch a second: 20
   * pushes a second, while a busy market notifies hundreds (every bid, every rejected bidder), and the
   * backlog grew without end (9,665 pushes waiting after a few minutes of bids in the benchmark). A
   * full batch means more are due: the worker is told to fetch again at once (pg-boss's notifyWorker,
   * the hook its own send() uses), and only a partial batch waits for the interval.
   */
  async start(): Promise<string> {
    const { boss, pollingIntervalSeconds, batchSize = 20 } = this.base;
    // Known once work() returns, which is before its first fetch can come back.
    const worker: { id?: string } = {};
    worker.id = await workQueue<Data>(boss, this.queue, { batchSize, pollingIntervalSeconds }, async (jobs) => {
      await this.deliverAll(jobs);
      if (jobs.length >= batchSize && worker.id !== undefined) boss.notifyWorker(worker.id);
    });
    return worker.id;
  }

  /** One pass by hand (tests): takes due jobs, delivers them. Returns how many. */
  async runOnce(): Promise<number> {
    const jobs = await this.base.boss.fetch<Data>(this.queue, { batchSize: this.base.batchSize ?? 20 });
    await this.deliverAll(jobs);
    return jobs.length;
  }

  /**
   * Delivers a batch, one outcome per job in order. By default each job on its own (a thrown error
   * is that job's failure); a worker whose sends need the same rows may read them for the whole batch.
   */
  protected deliverBatch(batch: Data[]): Promise<Outcome[]> {
    return Promise.all(batch.map((data) => this.deliver(data).catch((error: Error): Outcome => ({ done: false, error: error.message }))));
  }

  /**
   * Each job ends on its own outcome: completed (sent or skipped) or failed (pg-boss retries it later).
   * Completions with the same output are recorded in one statement (pg-boss applies one output to a
   * list of ids): a statement per job was a third of the database work a notifying money step caused.
   * Never rejects: a job whose ending cannot be recorded (the database went away) stays active until
   * its expiry, when pg-boss hands it out again.
   */
  private async deliverAll(jobs: PgBoss.Job<Data>[]): Promise<void> {
    const { boss, logger } = this.base;
    const outcomes = await this.deliverBatch(jobs.map((job) => job.data)).catch((error: Error) => jobs.map((): Outcome => ({ done: false, error: error.message })));
    const completed = new Map<string, { output: object; ids: string[] }>();
    const endings: { ids: string[]; ending: Promise<unknown> }[] = [];
    jobs.forEach((job, index) => {
      const outcome = outcomes[index]!;
      if (outcome.done) {
        const key = JSON.stringify(outcome.output);
        const group = completed.get(key) ?? completed.set(key, { output: outcome.output, ids: [] }).get(key)!;
        group.ids.push(job.id);
        return;
      }
      logger.warn({ queue: this.queue, job: job.id, data: job.data, reason: outcome.error }, "delivery failed; pg-boss retries it");
      endings.push({ ids: [job.id], ending: boss.fail(this.queue, job.id, { message: outcome.error.slice(0, 500) }) });
    });
    for (const { output, ids } of completed.values()) endings.push({ ids, ending: completeJobs(boss, this.queue, ids, output) });
    await Promise.all(
      endings.map(({ ids, ending }) => ending.catch((error: Error) => logger.warn({ queue: this.queue, jobs: ids, detail: error.message }, "could not record a job's end; it runs again after its expiry"))),
    );
  }
}

/** pg-boss completes a list of ids with one output (its types declare the list form without one). */
const completeJobs = (boss: PgBoss, queue: string, ids: string[], output: object) =>
  (boss.complete as (name: string, ids: string[], data: object) => Promise<void>).call(boss, queue, ids, output);
