// Answers of a hot per-user read remembered in this instance, each stored with the version of the
// rows it was read from, for reads that must never be older than the database at the time of the
// request (a user's own bids, right after they placed one through another instance). Unlike
// VersionedCache (versioned-cache.ts: one version polled for everybody, changes elsewhere seen within
// a poll), the caller reads the version itself on every request, in a statement of its own BEFORE
// reading the answer, and an answer is served only under the very version it was stored with. The
// rules that make that safe:
// - Triggers raise the version in the same transaction as any change to what the answer shows, so a
//   change committed before the version read makes the version differ from every older answer's.
// - The answer is read after the version: it is at least as new as the version it is stored under.
//   A change committing in between is in the answer and raises the version, so the answer is merely
//   never served again (a wasted entry, never a stale one).
// - Entries also live at most `ttlMs` (and at most `maxEntries`, the oldest going first), so a change
//   made without the triggers (a restore, triggers disabled by hand) is not served for long.
// Only reads that decide nothing belong here: no money, permission or state check reads from it.

interface Entry<V> {
  version: bigint;
  value: V;
  storedAt: number;
}

export class VersionCheckedCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(private readonly options: { ttlMs: number; maxEntries: number; now?: () => number }) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** The answer stored under `key`, if it was read under `version` and is not too old. */
  get(key: string, version: bigint): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.version !== version || this.now() - entry.storedAt >= this.options.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Stores an answer read after `version` was read (never before: see above). */
  remember(key: string, version: bigint, value: V): void {
    this.entries.delete(key);
    // Maps iterate in insertion order: the first key is the oldest entry.
    if (this.entries.size >= this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { version, value, storedAt: this.now() });
  }

  get size(): number {
    return this.entries.size;
  }
}

/** An answer shared by every request that reads it from a cache: frozen, so code changing it in place fails loudly. */
export function freezePage<T extends { items: object[] }>(page: T): T {
  for (const item of page.items) {
    for (const value of Object.values(item)) if (value !== null && typeof value === "object") Object.freeze(value);
    Object.freeze(item);
  }
  Object.freeze(page.items);
  return Object.freeze(page);
}
