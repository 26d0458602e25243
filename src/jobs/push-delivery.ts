import type PgBoss from "pg-boss";
import { QUEUES } from "../db/job-queue.ts";
import type { Db } from "../db/prisma.ts";
import type { Notification } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";
import { removeDeviceTokens } from "../modules/notifications/devices.ts";
import type { PushSender } from "../providers/push/push-sender.ts";
import { QueueWorker, type Outcome } from "./queue-worker.ts";

// Sends each notification's push after its transaction commits, from the push-delivery queue (the job
// is written with the notification: notify.ts). pg-boss retries a failed one with exponential backoff
// (5-10 s, then doubling) up to 7 times; expiry 60 s.

/** Attempts in all: the first and pg-boss's retries. */
export const MAX_PUSH_ATTEMPTS = QUEUES.pushDelivery.retryLimit + 1;

export class PushDelivery extends QueueWorker<{ notification_id: number }> {
  protected readonly queue = QUEUES.pushDelivery.name;

  /**
   * The server takes pushes 100 at a time (the other queues 20): every notifying money step queues at least
   * one, and each fetch costs pg-boss a walk of its queue's index of waiting jobs (5-8 ms once a busy
   * day's finished jobs await vacuum), so the fetch, not the push, was most of a push's database cost
   * (0.85 ms per job in batches of 20). Sends of a batch run together; FCM takes up to 500 tokens per call.
   */
  static readonly BATCH_SIZE = 100;

  constructor(private readonly options: { boss: PgBoss; prisma: Db; sender: PushSender; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {
    super(options);
  }

  protected async deliver(data: { notification_id: number }): Promise<Outcome> {
    const [outcome] = await this.deliverBatch([data]);
    return outcome!;
  }

  /**
   * The batch's notifications and their users' devices in two reads, then each push on its own: two
   * reads per job were most of what a notifying money step cost the database after its own statement.
   */
  protected override async deliverBatch(batch: { notification_id: number }[]): Promise<Outcome[]> {
    const { prisma } = this.options;
    const notifications = new Map((await prisma.notification.findMany({ where: { id: { in: batch.map((data) => data.notification_id) } } })).map((n) => [n.id, n]));
    const userIds = [...new Set([...notifications.values()].map((n) => n.userId))];
    const tokensOf = new Map<number, string[]>();
    if (userIds.length > 0) {
      for (const device of await prisma.deviceToken.findMany({ where: { userId: { in: userIds } }, select: { userId: true, token: true } })) {
        (tokensOf.get(device.userId) ?? tokensOf.set(device.userId, []).get(device.userId)!).push(device.token);
      }
    }
    return Promise.all(
      batch.map(({ notification_id: id }) => {
        const notification = notifications.get(id);
        return this.push(notification ?? null, notification ? (tokensOf.get(notification.userId) ?? []) : []).catch((error: Error): Outcome => ({ done: false, error: error.message }));
      }),
    );
  }

  private async push(notification: Notification | null, tokens: string[]): Promise<Outcome> {
    const { prisma, sender, logger } = this.options;
    if (!notification) return { done: true, output: { outcome: "skipped", reason: "notification gone" } };
    if (tokens.length === 0) return { done: true, output: { outcome: "skipped", reason: "no devices" } };
    const deliveries = await sender.send({
      tokens,
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
