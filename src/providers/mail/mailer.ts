/** Sends one e-mail. SMTP (nodemailer) when SMTP_URL is set, a logging mailer otherwise. */
export interface Mailer {
  readonly name: string;
  /** Resolves once the server has accepted the message; rejects when it cannot be sent now (retried later). */
  send(message: MailMessage): Promise<void>;
  close(): Promise<void>;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}
