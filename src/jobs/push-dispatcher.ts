import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";
import { removeDeviceTokens } from "../modules/notifications/devices.ts";
import type { PushSender } from "../providers/push/push-sender.ts";

export const MAX_PUSH_ATTEMPTS = 8;
/** A claimed row not finished within this lease (crashed instance) becomes claimable again. */
const LEASE_SECONDS = 120;

/** 5 s, 10 s, 20 s ... capped at one hour, with jitter so many failures do not retry in lockstep. */
export function pushBackoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

interface ClaimedPush {
  id: bigint;
  notification_id: number;
  user_id: number;
  attempts: number;
}

/**
 * Sends pushes from the outbox after their transactions commit. Rows are claimed with
 * FOR UPDATE SKIP LOCKED and a lease, so several API instances can run dispatchers side by side and
 * each push goes out once; a crash mid-send only delays it until the lease ends.
 */
export class PushDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    private readonly options: { prisma: Db; sender: PushSender; logger: Logger; intervalMs: number; batchSize?: number },
  ) {}

  start(): void {
    this.stopped = false;
    const tick = async () => {
      if (this.stopped) return;
      await this.runOnce().catch((error) => this.options.logger.error({ err: error }, "push dispatcher pass failed"));
      if (!this.stopped) this.timer = setTimeout(tick, this.options.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
  }

  /** One pass: claims due pushes and sends them. Returns how many were claimed. */
  runOnce(): Promise<number> {
    this.running ??= this.dispatchBatch().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async dispatchBatch(): Promise<number> {
    const { prisma } = this.options;
    const claimed = await prisma.$queryRaw<ClaimedPush[]>`
      UPDATE push_outbox
         SET attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ${LEASE_SECONDS})
       WHERE id IN (
         SELECT id FROM push_outbox
          WHERE status = 'pending' AND next_attempt_at <= now()
          ORDER BY next_attempt_at, id
          LIMIT ${this.options.batchSize ?? 50}
          FOR UPDATE SKIP LOCKED)
      RETURNING id, notification_id, user_id, attempts`;
    for (const push of claimed) await this.deliver(push);
    return claimed.length;
  }

  private async deliver(push: ClaimedPush): Promise<void> {
    const { prisma, sender, logger } = this.options;
    const [notification, devices] = await Promise.all([
      prisma.notification.findUnique({ where: { id: push.notification_id } }),
      prisma.deviceToken.findMany({ where: { userId: push.user_id }, select: { token: true } }),
    ]);
    if (!notification || devices.length === 0) {
      await prisma.pushOutbox.update({ where: { id: push.id }, data: { status: "skipped", lastError: notification ? "no devices" : "notification gone" } });
      return;
    }
    try {
      const deliveries = await sender.send({
        tokens: devices.map((device) => device.token),
        title: notification.title,
        body: notification.body,
        data: { type: notification.type, notification_id: String(notification.id) },
      });
      const pruned = await removeDeviceTokens(prisma, deliveries.filter((d) => d.tokenInvalid).map((d) => d.token));
      if (pruned > 0) logger.info({ userId: push.user_id, pruned }, "pruned invalid push tokens");
      const delivered = deliveries.some((d) => d.ok);
      const retryable = deliveries.filter((d) => !d.ok && !d.tokenInvalid);
      if (delivered || retryable.length === 0) {
        await prisma.pushOutbox.update({
          where: { id: push.id },
          data: delivered ? { status: "sent", sentAt: new Date(), lastError: null } : { status: "skipped", lastError: "all tokens invalid" },
        });
        return;
      }
      await this.retryLater(push, retryable.map((d) => d.error ?? "unknown").join(", "));
    } catch (error) {
      await this.retryLater(push, (error as Error).message);
    }
  }

  private async retryLater(push: ClaimedPush, reason: string): Promise<void> {
    const exhausted = push.attempts >= MAX_PUSH_ATTEMPTS;
    this.options.logger.warn({ pushId: String(push.id), attempts: push.attempts, exhausted, reason }, "push delivery failed");
    await this.options.prisma.pushOutbox.update({
      where: { id: push.id },
      data: exhausted
        ? { status: "failed", lastError: reason.slice(0, 500) }
        : { lastError: reason.slice(0, 500), nextAttemptAt: new Date(Date.now() + pushBackoffMs(push.attempts)) },
    });
  }
}
