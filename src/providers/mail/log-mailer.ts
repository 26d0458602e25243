import type { Logger } from "../../logger.ts";
import type { Mailer, MailMessage } from "./mailer.ts";

/**
 * Development without SMTP_URL: the e-mail is written to the log (recipient, subject and text), so a
 * password-reset code can be read there. Never used in production (config refuses it).
 */
export class LogMailer implements Mailer {
  readonly name = "log";
  constructor(private readonly logger: Logger) {}

  async send(message: MailMessage): Promise<void> {
    this.logger.info({ mail: { to: message.to, subject: message.subject, text: message.text } }, "e-mail (no SMTP_URL: logged, not sent)");
  }

  async close(): Promise<void> {}
}
