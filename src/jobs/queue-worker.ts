import type PgBoss from "pg-boss";
import type { QueueName } from "../db/job-queue.ts";
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

  /** Works the queue in the background of this instance until pg-boss stops. */
  async start(): Promise<void> {
    const { boss, pollingIntervalSeconds, batchSize = 20 } = this.base;
    await boss.work<Data>(this.queue, { batchSize, pollingIntervalSeconds }, (jobs) => this.deliverAll(jobs));
  }

  /** One pass by hand (tests): takes due jobs, delivers them. Returns how many. */
  async runOnce(): Promise<number> {
    const jobs = await this.base.boss.fetch<Data>(this.queue, { batchSize: this.base.batchSize ?? 20 });
    await this.deliverAll(jobs);
    return jobs.length;
  }

  /**
   * Each job ends on its own: completed (sent or skipped) or failed (pg-boss retries it later). Never
   * rejects: a job whose ending cannot be recorded (the database went away) stays active until its
   * expiry, when pg-boss hands it out again.
   */
  private async deliverAll(jobs: PgBoss.Job<Data>[]): Promise<void> {
    const { boss, logger } = this.base;
    await Promise.all(
      jobs.map(async (job) => {
        const outcome = await this.deliver(job.data).catch((error: Error): Outcome => ({ done: false, error: error.message }));
        if (!outcome.done) logger.warn({ queue: this.queue, job: job.id, data: job.data, reason: outcome.error }, "delivery failed; pg-boss retries it");
        const ending = outcome.done ? boss.complete(this.queue, job.id, outcome.output) : boss.fail(this.queue, job.id, { message: outcome.error.slice(0, 500) });
        await ending.catch((error: Error) => logger.warn({ queue: this.queue, job: job.id, detail: error.message }, "could not record a job's end; it runs again after its expiry"));
      }),
    );
  }
}
