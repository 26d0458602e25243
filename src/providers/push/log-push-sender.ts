import type { Logger } from "../../logger.ts";
import type { PushDelivery, PushMessage, PushSender } from "./push-sender.ts";

/** Used when FIREBASE_SERVICE_ACCOUNT is not set: the push is written to the log and counts as sent. */
export class LogPushSender implements PushSender {
  readonly name = "log";

  constructor(private readonly logger: Logger) {}

  async send(message: PushMessage): Promise<PushDelivery[]> {
    this.logger.info({ devices: message.tokens.length, title: message.title, data: message.data }, "push (log sender)");
    return message.tokens.map((token) => ({ token, ok: true }));
  }
}
