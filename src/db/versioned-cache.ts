import type { Logger } from "../logger.ts";

// Answers of a hot read remembered in this instance until the database's version of what they were
// read from moves. The version is a number that triggers raise in the same transaction as any change
// to the rows the read shows, whoever makes it (any instance, a sweep, the CLI, psql); each instance
// reads it every `pollMs` and forgets everything when it has moved. The rules that make serving from
// memory safe:
// - A read's answer is served only while the version is being read: a failed poll, or one still
//   waiting after ten poll intervals (a database this instance cannot reach while others still
//   write to it), forgets everything and bypasses the cache until a poll succeeds again.
// - The instance that makes a change through the API forgets too, synchronously, before it answers,
//   so a client never reads past its own write.
// - A read that was in flight while anything was forgotten is not stored (the epoch), so a read that
//   raced a change cannot put the old answer back.
// - So a change committed elsewhere is seen here within one poll (plus the poll's own round trip);
//   every entry also lives at most `ttlMs`.
// A version only goes up when its change commits (uncommitted rows are invisible to the poll), so no
// poll can see a change before its data can be read.
// Why polling and not LISTEN/NOTIFY: PostgreSQL commits the transactions that NOTIFY one at a time,
// and the writes that change a market are its busiest (migration 20261203170000_market_versions).
// Only reads that decide nothing belong here: no money, permission or state check reads from it.

interface Entry<V> {
  value: V;
  storedAt: number;
}

export class VersionedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private generation = 0;
  private version: bigint | null = null;
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private pollStartedAt = 0;
  private failing = false;
  private closed = false;

  constructor(
    private readonly options: {
      /** What is cached, for the log lines ("market listing pages"). */
      name: string;
      /** Reads the current version; without it nothing is ever served from memory. */
      readVersion?: () => Promise<bigint>;
      pollMs: number;
      ttlMs: number;
      maxEntries: number;
      logger?: Logger;
      now?: () => number;
      /** For tests of the rules alone: whether changes are being followed, instead of the poll's word. */
      live?: () => boolean;
    },
  ) {
    if (options.readVersion) {
      this.polling = this.poll();
      this.timer = setInterval(() => {
        if (!this.polling) this.polling = this.poll();
        else if (this.now() - this.pollStartedAt > 10 * options.pollMs && this.version !== null) this.fail(new Error("the version read is taking too long"));
      }, options.pollMs);
      this.timer.unref();
    }
  }

  private fail(error: unknown): void {
    if (!this.failing) this.options.logger?.warn({ detail: (error as Error).message }, `cannot read the version of the ${this.options.name}; serving them from the database`);
    this.failing = true;
    this.version = null;
    this.forgetAll();
  }

  private async poll(): Promise<void> {
    this.pollStartedAt = this.now();
    try {
      const version = await this.options.readVersion!();
      if (this.closed) return;
      if (version !== this.version) this.forgetAll();
      this.version = version;
      if (this.failing) this.options.logger?.info(`the version of the ${this.options.name} is readable again; serving them from memory`);
      this.failing = false;
    } catch (error) {
      if (!this.closed) this.fail(error);
    } finally {
      this.polling = null;
    }
  }

  private get enabled(): boolean {
    return this.options.live?.() ?? this.version !== null;
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
    if (this.entries.size >= this.options.maxEntries && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, storedAt: this.now() });
  }

  forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Resolves once the version has been read (or its first read failed). */
  async ready(): Promise<void> {
    await this.polling;
  }

  /** Stops polling and serving; a version read still in flight is ignored (not awaited: the database may be gone). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.version = null;
    this.forgetAll();
  }
}
