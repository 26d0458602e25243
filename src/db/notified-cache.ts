import type { Logger } from "../logger.ts";
import { DatabaseListener } from "./listener.ts";

// Answers of a hot read remembered in this instance until the database says that what they were read
// from has changed. The rules that make it safe (the same as the caller cache's, auth/caller-cache.ts):
// - Entries are served only while this instance is LISTENing on the cache's channel (db/listener.ts).
//   Triggers notify that channel in the same transaction as any change to the rows the read shows,
//   whoever makes it (any instance, a sweep, the CLI, psql); every instance forgets everything when
//   the change commits.
// - The instance that makes a change through the API forgets too, synchronously, before it answers,
//   so a client never reads past its own write.
// - Losing the notification connection forgets everything and bypasses the cache until it is back.
// - A read that was in flight while anything was forgotten is not stored (the epoch), so a read that
//   raced a change cannot put the old answer back.
// - Every entry lives at most `ttlMs`, a bound for the one window left: a change made elsewhere is
//   seen here when its notification arrives, normally within a millisecond of the commit.
// Only reads that decide nothing belong here: no money, permission or state check reads from it.

interface Entry<V> {
  value: V;
  storedAt: number;
}

export class NotifiedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;
  private readonly listener: DatabaseListener | null;

  constructor(
    private readonly options: {
      channel: string;
      /** Where to LISTEN; without it nothing is ever served from memory. */
      listen?: { url: string; logger: Logger };
      ttlMs: number;
      maxEntries: number;
      now?: () => number;
      /** For tests of the rules alone: whether notifications are being received, instead of a listener's word. */
      live?: () => boolean;
    },
  ) {
    this.listener = options.listen
      ? new DatabaseListener({ url: options.listen.url, channel: options.channel, logger: options.listen.logger, onMessage: () => this.forgetAll(), onReset: () => this.forgetAll() })
      : null;
    void this.listener?.start();
  }

  private get enabled(): boolean {
    return this.options.live?.() ?? this.listener?.live ?? false;
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Taken before reading the database; the answer may be stored only if nothing was forgotten since. */
  get epoch(): number {
    return this.generation;
  }

  get(key: string): V | undefined {
    if (!this.enabled) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.storedAt >= this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  remember(key: string, value: V, epochBeforeRead: number): void {
    if (!this.enabled || epochBeforeRead !== this.generation) return;
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, storedAt: this.now() });
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Resolves once answers can be served from memory (or after a short wait, when they cannot yet). */
  async ready(): Promise<void> {
    for (let i = 0; this.listener && !this.listener.live && i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async close(): Promise<void> {
    await this.listener?.close();
  }
}
