import type PgBoss from "pg-boss";
import { QUEUES } from "../db/job-queue.ts";
import type { Logger } from "../logger.ts";
import { attemptDelivery, type AttemptDeps, type AttemptJob } from "../modules/webhooks/webhook-attempts.ts";
import { QueueWorker, type Outcome } from "./queue-worker.ts";

// Sends outbound webhooks after their transaction commits: one job per attempt (webhook-attempts.ts),
// written by the triggers (first attempts) and by the previous attempt (retries, on our schedule). A
// job fails, and pg-boss retries it, only when its outcome could not be recorded (the database); a
// receiver's refusal is an attempt recorded, not a failed job.

export class WebhookDelivery extends QueueWorker<AttemptJob> {
  protected readonly queue = QUEUES.webhookDelivery.name;

  constructor(private readonly options: AttemptDeps & { boss: PgBoss; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {
    super(options);
  }

  protected async deliver(job: AttemptJob): Promise<Outcome> {
    const result = await attemptDelivery(this.options, job);
    return { done: true, output: { outcome: result.outcome === "sent" ? "sent" : "skipped", reason: result.outcome === "failed" ? `attempt failed: ${result.reason}` : result.reason } };
  }
}
