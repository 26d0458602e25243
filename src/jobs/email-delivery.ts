import type PgBoss from "pg-boss";
import type { Config } from "../config.ts";
import { QUEUES } from "../db/job-queue.ts";
import type { Db } from "../db/prisma.ts";
import type { Logger } from "../logger.ts";
import { liveResetCode, type PasswordResetEmailJob } from "../modules/auth/password-reset.service.ts";
import { notificationEmail, passwordResetEmail } from "../modules/notifications/emails.ts";
import type { Mailer } from "../providers/mail/mailer.ts";
import { QueueWorker, type Outcome } from "./queue-worker.ts";

// Sends e-mails after their transaction commits, from the email-delivery queue: an e-mailed
// notification's (notify.ts) or a password-reset code's (password-reset.service.ts). Retried by
// pg-boss like pushes (7 retries, exponential backoff from 5 s; expiry 60 s); a message the SMTP
// server accepted is done.

type EmailJob = { notification_id: number } | PasswordResetEmailJob;

export class EmailDelivery extends QueueWorker<EmailJob> {
  protected readonly queue = QUEUES.emailDelivery.name;

  constructor(private readonly options: { boss: PgBoss; prisma: Db; config: Pick<Config, "dataKeys" | "jwtSecret">; mailer: Mailer; logger: Logger; pollingIntervalSeconds: number; batchSize?: number }) {
    super(options);
  }

  protected async deliver(job: EmailJob): Promise<Outcome> {
    const { prisma, mailer } = this.options;
    if ("password_reset" in job) {
      const user = await prisma.user.findUnique({ where: { id: job.password_reset.user_id }, select: { email: true, name: true } });
      const code = user ? await liveResetCode(this.options, job.password_reset) : null;
      if (!user || !code) return { done: true, output: { outcome: "skipped", reason: "the code is no longer live" } };
      await mailer.send(passwordResetEmail(user, code));
      return { done: true, output: { outcome: "sent" } };
    }
    const notification = await prisma.notification.findUnique({ where: { id: job.notification_id }, include: { user: { select: { email: true, name: true } } } });
    if (!notification) return { done: true, output: { outcome: "skipped", reason: "notification gone" } };
    await mailer.send(notificationEmail(notification.user, notification));
    return { done: true, output: { outcome: "sent" } };
  }
}
