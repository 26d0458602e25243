import type { MailMessage } from "../../providers/mail/mailer.ts";
import type { NotificationEvent } from "./events.ts";

// Which notifications also go out by e-mail, and how an e-mail looks. An e-mailed notification's
// e-mail job is written in the same statement as the notification (notify.ts), like its push; the
// email-delivery worker renders it from the stored notification when it sends it.

/** Decisions about the account, money leaving it, and repayments: what a user must not miss. */
export const EMAILED_EVENTS: ReadonlySet<NotificationEvent> = new Set<NotificationEvent>([
  "account.approved",
  "account.rejected",
  "account.suspended",
  "account.reactivated",
  "withdrawal.processed",
  "withdrawal.failed",
  "fu.repayment_due",
  "fu.overdue",
  "webhook_endpoint.disabled",
]);

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** Plain text plus a simple HTML version of the same words (every value escaped). */
export function composeEmail(to: { email: string; name: string }, subject: string, paragraphs: string[]): MailMessage {
  const lines = [`Hello ${to.name},`, ...paragraphs, "— Hundi"];
  return {
    to: to.email,
    subject,
    text: `${lines.join("\n\n")}\n`,
    html: `<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</body></html>`,
  };
}

export const notificationEmail = (to: { email: string; name: string }, notification: { title: string; body: string }) =>
  composeEmail(to, `Hundi: ${notification.title}`, [notification.body]);

export const PASSWORD_RESET_MINUTES = 30;

export const passwordResetEmail = (to: { email: string; name: string }, code: string) =>
  composeEmail(to, "Hundi: your password reset code", [
    `Your password reset code is ${code}. It is valid for ${PASSWORD_RESET_MINUTES} minutes and can be used once.`,
    "If you did not ask to reset your password, ignore this e-mail: your password has not changed.",
  ]);
