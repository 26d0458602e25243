import nodemailer, { type Transporter } from "nodemailer";
import type { Mailer, MailMessage } from "./mailer.ts";

// SMTP through nodemailer: SMTP_URL is `smtp://user:pass@host:port` (STARTTLS when the server offers
// it) or `smtps://...` (TLS from the first byte). A pooled transport keeps a few connections open, so a
// burst of e-mails (a sweep's reminders) does not open one connection each.
export class SmtpMailer implements Mailer {
  readonly name = "smtp";
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    const url = new URL(smtpUrl);
    this.transport = nodemailer.createTransport({
      pool: true,
      maxConnections: 3,
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
      secure: url.protocol === "smtps:",
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      // A server that hangs must not hold a delivery job past its expiry (60 s).
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text, html: message.html });
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}
