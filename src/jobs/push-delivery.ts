import type PgBoss from "pg-boss";
import { QUEUES } from "../db/job-queue.ts";
import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";
import { removeDeviceTokens } from "../modules/notifications/devices.ts";
import type { PushSender } from "../providers/push/push-sender.ts";

// Sends each notification's push after its transaction commits, from the push-delivery queue on
// pg-boss (the job is written with the notification: notify.ts). pg-boss hands a job to one worker of
// the fleet at a time, retries a failed one with exponential backoff (5-10 s, then doubling) up to
// 7 times, and gives it back to the queue if a worker dies mid-send (expiry 60 s): a push is sent at
// least once, and normally once.

const QUEUE = QUEUES.pushDelivery.name;
/** Attempts in all: the first and pg-boss's retries. */
export const MAX_PUSH_ATTEMPTS = QUEUES.pushDelivery.retryLimit + 1;

type PushJob = PgBoss.Job<{ notification_id: number }>;
type Outcome = { done: true; output: { outcome: "sent" | "skipped"; reason?: string } } | { done: false; error: string };

export class PushDelivery {
  constructor(private readonly options: { boss: PgBoss; prisma: Db; sender: PushSender; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {}

  /** Works the queue in the background of this instance until pg-boss stops. */
  async start(): Promise<void> {
    const { boss, pollingIntervalSeconds, batchSize = 20 } = this.options;
    await boss.work<{ notification_id: number }>(QUEUE, { batchSize, pollingIntervalSeconds }, (jobs) => this.deliverAll(jobs));
  }

  /** One pass by hand (tests, and an operator's CLI): takes due jobs, delivers them. Returns how many. */
  async runOnce(): Promise<number> {
    const jobs = await this.options.boss.fetch<{ notification_id: number }>(QUEUE, { batchSize: this.options.batchSize ?? 20 });
    await this.deliverAll(jobs);
    return jobs.length;
  }

  /**
   * Each job ends on its own: completed (sent or skipped) or failed (pg-boss retries it later). Never
   * rejects: a job whose ending cannot be recorded (the database went away) stays active until its
   * expiry, when pg-boss hands it out again (a push is sent at least once).
   */
  private async deliverAll(jobs: PushJob[]): Promise<void> {
    const { boss, logger } = this.options;
    await Promise.all(
      jobs.map(async (job) => {
        const outcome = await this.deliver(job.data.notification_id).catch((error: Error): Outcome => ({ done: false, error: error.message }));
        if (!outcome.done) logger.warn({ job: job.id, notificationId: job.data.notification_id, reason: outcome.error }, "push delivery failed; pg-boss retries it");
        const ending = outcome.done ? boss.complete(QUEUE, job.id, outcome.output) : boss.fail(QUEUE, job.id, { message: outcome.error.slice(0, 500) });
        await ending.catch((error: Error) => logger.warn({ job: job.id, detail: error.message }, "could not record a push job's end; it runs again after its expiry"));
      }),
    );
  }

  private async deliver(notificationId: number): Promise<Outcome> {
    const { prisma, sender, logger } = this.options;
    const notification = await prisma.notification.findUnique({ where: { id: notificationId } });
    if (!notification) return { done: true, output: { outcome: "skipped", reason: "notification gone" } };
    const devices = await prisma.deviceToken.findMany({ where: { userId: notification.userId }, select: { token: true } });
    if (devices.length === 0) return { done: true, output: { outcome: "skipped", reason: "no devices" } };
    const deliveries = await sender.send({
      tokens: devices.map((device) => device.token),
      title: notification.title,
      body: notification.body,
      data: { type: notification.type, notification_id: String(notification.id) },
    });
    const pruned = await removeDeviceTokens(prisma, deliveries.filter((d) => d.tokenInvalid).map((d) => d.token));
    if (pruned > 0) logger.info({ userId: notification.userId, pruned }, "pruned invalid push tokens");
    if (deliveries.some((d) => d.ok)) return { done: true, output: { outcome: "sent" } };
    const retryable = deliveries.filter((d) => !d.ok && !d.tokenInvalid);
    if (retryable.length === 0) return { done: true, output: { outcome: "skipped", reason: "all tokens invalid" } };
    return { done: false, error: retryable.map((d) => d.error ?? "unknown").join(", ") };
  }
}
