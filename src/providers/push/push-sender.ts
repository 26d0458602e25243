/** Sends one notification to a user's devices. Firebase in production, a logging sender otherwise. */
export interface PushSender {
  readonly name: string;
  send(message: PushMessage): Promise<PushDelivery[]>;
}

export interface PushMessage {
  tokens: string[];
  title: string;
  body: string;
  /** FCM data values must be strings. */
  data: Record<string, string>;
}

export interface PushDelivery {
  token: string;
  ok: boolean;
  /** The provider says this token will never work again (app uninstalled, bad token): prune it. */
  tokenInvalid?: boolean;
  error?: string;
}
