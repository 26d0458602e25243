import pg from "pg";
import type { Logger } from "../logger.ts";

/**
 * LISTEN on one PostgreSQL channel over a dedicated connection (a pooled one would hand the session,
 * and its LISTEN, to other queries). Whoever caches what the database says subscribes here.
 *
 * `live` is true only while the LISTEN is confirmed on an open connection: a cache must not serve
 * from memory while it could be missing a notification. Every time the connection is lost, and again
 * when a new one is listening, `onReset` fires so that the cache forgets everything it learned before
 * (notifications sent in between were never seen). It reconnects by itself, with backoff.
 */
export class DatabaseListener {
  private client: pg.Client | null = null;
  private isLive = false;
  private closed = false;
  private retryDelayMs = 100;
  private retryTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly options: {
      url: string;
      channel: string;
      logger: Logger;
      onMessage: (payload: string) => void;
      onReset: () => void;
    },
  ) {}

  get live(): boolean {
    return this.isLive;
  }

  /** Resolves once listening, or once the first attempt failed (it keeps retrying; `live` says which). */
  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.options.url });
    this.client = client;
    client.on("notification", (message) => {
      if (message.channel === this.options.channel) this.options.onMessage(message.payload ?? "");
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      // The channel name is ours (a constant), never user input: identifiers cannot be parameters.
      await client.query(`LISTEN "${this.options.channel}"`);
      if (this.client !== client || this.closed) return;
      this.isLive = true;
      this.retryDelayMs = 100;
      this.options.onReset();
    } catch (error) {
      this.lost(client, error);
    }
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== client) return;
    this.client = null;
    const wasLive = this.isLive;
    this.isLive = false;
    this.options.onReset();
    client.removeAllListeners("notification");
    client.on("error", () => {});
    client.end().catch(() => {});
    if (this.closed) return;
    if (wasLive) {
      const { code, message } = (error ?? {}) as { code?: string; message?: string };
      this.options.logger.warn({ code, detail: message, channel: this.options.channel }, "database notifications lost; serving without the cache until they are back");
    }
    this.retryTimer = setTimeout(() => void this.connect(), this.retryDelayMs);
    this.retryTimer.unref();
    this.retryDelayMs = Math.min(this.retryDelayMs * 2, 5_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.isLive = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    this.options.onReset();
    if (client) {
      client.removeAllListeners();
      client.on("error", () => {});
      await client.end().catch(() => {});
    }
  }
}
