import type PgBoss from "pg-boss";
import { QUEUES } from "../db/job-queue.ts";
import type { Db } from "../db/prisma.ts";
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

  constructor(private readonly options: { boss: PgBoss; prisma: Db; sender: PushSender; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {
    super(options);
  }

  protected async deliver({ notification_id: notificationId }: { notification_id: number }): Promise<Outcome> {
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
