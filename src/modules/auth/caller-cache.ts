import type { AuthContext } from "../../app-deps.ts";

// Who is behind a token, kept in memory so that an authenticated request costs no database round trip
// for it (on these machines a round trip is the largest cost of a read; see bench/README.md).
//
// The invalidation rule, which is what makes this safe:
// - Entries are served only while this instance is LISTENing for `hundi_callers` (db/listener.ts).
//   Database triggers notify that channel with the user's id in the same transaction as any change to
//   the user's row, their tokens or their KYC checks, whoever makes it (any instance, the CLI, psql),
//   and every instance forgets that user when the change commits.
// - The instance that revokes a token or changes an account forgets the user itself, synchronously,
//   before it answers (so a client never sees its own change ignored).
// - Losing the notification connection forgets everything and bypasses the cache until it is back.
// - A lookup that was in flight while anything was forgotten is not stored (the epoch below), so a
//   read that raced a revocation cannot put the old answer back.
// - Every entry lives at most `ttlMs` (and never past the token's own expiry), a bound for the one
//   window left: a change made on another instance is seen here when its notification arrives,
//   normally within a millisecond of the commit.
// Money is never decided from this cache: balances, holds and unit states are read under their row
// locks inside each money transaction.

export interface CachedCaller {
  auth: AuthContext;
  tokenExpiresAt: number;
  /** An API key's stored hash: the presented secret is checked against it on every request. */
  secretHash?: string;
}

interface Entry extends CachedCaller {
  storedAt: number;
}

export class CallerCache {
  private readonly byToken = new Map<string, Entry>();
  private readonly tokensOfUser = new Map<number, Set<string>>();
  private readonly tradingChecks = new Map<number, { missing: string[]; storedAt: number }>();
  private generation = 0;

  constructor(
    private readonly options: {
      ttlMs: number;
      maxEntries: number;
      /** Whether invalidations are being received; nothing is served or stored otherwise. */
      enabled: () => boolean;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Taken before a database lookup; the answer may be stored only if nothing was forgotten since. */
  get epoch(): number {
    return this.generation;
  }

  caller(tokenId: string): CachedCaller | undefined {
    if (!this.options.enabled()) return undefined;
    const entry = this.byToken.get(tokenId);
    if (!entry) return undefined;
    if (!this.fresh(entry.storedAt) || this.now() >= entry.tokenExpiresAt) {
      this.dropToken(tokenId, entry.auth.user.id);
      return undefined;
    }
    return entry;
  }

  rememberCaller(tokenId: string, caller: CachedCaller, epochBeforeLookup: number): void {
    if (!this.options.enabled() || epochBeforeLookup !== this.generation) return;
    if (this.byToken.size >= this.options.maxEntries) this.evictOldest();
    const userId = caller.auth.user.id;
    // Shared by every request of this caller until forgotten: frozen, so that code changing it in
    // place fails loudly instead of changing what later requests see.
    Object.freeze(caller.auth.user);
    Object.freeze(caller.auth);
    this.byToken.set(tokenId, { ...caller, storedAt: this.now() });
    let tokens = this.tokensOfUser.get(userId);
    if (!tokens) this.tokensOfUser.set(userId, (tokens = new Set()));
    tokens.add(tokenId);
  }

  missingTradingChecks(userId: number): string[] | undefined {
    if (!this.options.enabled()) return undefined;
    const entry = this.tradingChecks.get(userId);
    if (!entry) return undefined;
    if (!this.fresh(entry.storedAt)) {
      this.tradingChecks.delete(userId);
      return undefined;
    }
    return entry.missing;
  }

  rememberTradingChecks(userId: number, missing: string[], epochBeforeLookup: number): void {
    if (!this.options.enabled() || epochBeforeLookup !== this.generation) return;
    if (this.tradingChecks.size >= this.options.maxEntries) this.tradingChecks.clear();
    this.tradingChecks.set(userId, { missing, storedAt: this.now() });
  }

  /** Everything known about one user: their tokens and their KYC answers. */
  forgetUser(userId: number): void {
    this.generation++;
    for (const tokenId of this.tokensOfUser.get(userId) ?? []) this.byToken.delete(tokenId);
    this.tokensOfUser.delete(userId);
    this.tradingChecks.delete(userId);
  }

  forgetAll(): void {
    this.generation++;
    this.byToken.clear();
    this.tokensOfUser.clear();
    this.tradingChecks.clear();
  }

  get size(): number {
    return this.byToken.size;
  }

  private fresh(storedAt: number): boolean {
    return this.now() - storedAt < this.options.ttlMs;
  }

  private dropToken(tokenId: string, userId: number): void {
    this.byToken.delete(tokenId);
    const tokens = this.tokensOfUser.get(userId);
    tokens?.delete(tokenId);
    if (tokens?.size === 0) this.tokensOfUser.delete(userId);
  }

  /** Maps iterate in insertion order: the first key is the oldest entry. */
  private evictOldest(): void {
    const oldest = this.byToken.keys().next();
    if (oldest.done) return;
    this.dropToken(oldest.value, this.byToken.get(oldest.value)!.auth.user.id);
  }
}
