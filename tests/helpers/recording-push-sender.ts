import type { PushDelivery, PushMessage, PushSender } from "../../src/providers/push/push-sender.ts";

/** Records every push; tokens listed in `invalidTokens` are reported as unregistered, `failNext` and `failingTokens` throw. */
export class RecordingPushSender implements PushSender {
  readonly name = "recording";
  readonly sent: PushMessage[] = [];
  /** The tokens of every call, failed ones included. */
  readonly attempts: string[][] = [];
  invalidTokens = new Set<string>();
  failNext = 0;
  /** A message to any of these tokens throws, every time. */
  failingTokens = new Set<string>();

  async send(message: PushMessage): Promise<PushDelivery[]> {
    this.attempts.push(message.tokens);
    if (message.tokens.some((token) => this.failingTokens.has(token))) throw new Error("provider unavailable");
    if (this.failNext > 0) {
      this.failNext -= 1;
      throw new Error("provider unavailable");
    }
    this.sent.push(message);
    return message.tokens.map((token) =>
      this.invalidTokens.has(token) ? { token, ok: false, tokenInvalid: true, error: "messaging/registration-token-not-registered" } : { token, ok: true },
    );
  }
}
