import type { CallerPolicy } from "../../app-deps.ts";
import { DatabaseListener } from "../../db/listener.ts";
import type { DbOrTx } from "../../db/prisma.ts";
import type { Logger } from "../../logger.ts";
import { checkLabel, missingTradingChecks } from "../kyc/kyc-status.ts";
import { apiKeyPrefix, findApiKey, isApiKeyForm, secretMatches, type KnownApiKey } from "../api-keys/api-key-credentials.ts";
import { readVerifiedClaims, resolveClaims } from "./access-tokens.ts";
import { CallerCache } from "./caller-cache.ts";

/** The channel the triggers of migration 20261202090000_caller_change_notifications notify. */
export const CALLER_CHANGES_CHANNEL = "hundi_callers";

export interface CallerPolicyOptions {
  jwtSecret: string;
  /** Production refuses `hk_test_` keys. */
  refuseTestKeys?: boolean;
  /** Where to LISTEN for caller changes; without it nothing is cached (every request asks the database). */
  listen?: { url: string; logger: Logger };
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
}

/**
 * The answers http/ needs about callers, from the token store and the KYC checks, remembered per
 * instance under the invalidation rule of caller-cache.ts.
 */
export function createCallerPolicy(db: DbOrTx, options: CallerPolicyOptions): CallerPolicy {
  let listener: DatabaseListener | null = null;
  const cache = new CallerCache({ ttlMs: options.cacheTtlMs ?? 60_000, maxEntries: options.cacheMaxEntries ?? 100_000, enabled: () => listener?.live ?? false });
  if (options.listen) {
    listener = new DatabaseListener({
      url: options.listen.url,
      channel: CALLER_CHANGES_CHANNEL,
      logger: options.listen.logger,
      onMessage: (payload) => {
        const userId = Number(payload);
        if (Number.isInteger(userId)) cache.forgetUser(userId);
        else cache.forgetAll();
      },
      onReset: () => cache.forgetAll(),
    });
    void listener.start();
  }
  // last_used_at is written at most once a minute per key and instance: a write per request would
  // cost every key request a round trip.
  const lastTouched = new Map<number, number>();
  const touch = (id: number) => {
    const now = Date.now();
    if (now - (lastTouched.get(id) ?? 0) < 60_000) return;
    lastTouched.set(id, now);
    if (lastTouched.size > 100_000) lastTouched.clear();
    void db.apiKey.update({ where: { id }, data: { lastUsedAt: new Date(now) } }).catch(() => undefined);
  };
  const resolveApiKey = async (presented: string) => {
    const prefix = apiKeyPrefix(presented);
    if (!prefix) return null;
    // Cached or not, the presented secret is checked against the stored hash on every request.
    const cached = cache.caller(prefix);
    let known: KnownApiKey | null = cached?.secretHash ? { auth: cached.auth as KnownApiKey["auth"], secretHash: cached.secretHash } : null;
    if (!known) {
      const epoch = cache.epoch;
      known = await findApiKey(db, prefix, { refuseTestKeys: options.refuseTestKeys ?? false });
      if (known) cache.rememberCaller(prefix, { auth: known.auth, tokenExpiresAt: Number.MAX_SAFE_INTEGER, secretHash: known.secretHash }, epoch);
    }
    if (!known || !secretMatches(known, presented)) return null;
    touch(known.auth.apiKey.id);
    return known.auth;
  };
  return {
    verifyToken: (token) => {
      if (!isApiKeyForm(token)) return readVerifiedClaims(token, options.jwtSecret);
      const prefix = apiKeyPrefix(token);
      return prefix ? { sub: "", jti: prefix, apiKey: token } : null;
    },
    resolveClaims: async (claims) => {
      if (!claims) return null;
      if (claims.apiKey) return resolveApiKey(claims.apiKey);
      const cached = cache.caller(claims.jti);
      if (cached) return String(cached.auth.user.id) === claims.sub ? cached.auth : null;
      const epoch = cache.epoch;
      const found = await resolveClaims(db, claims);
      if (found) cache.rememberCaller(claims.jti, found, epoch);
      return found?.auth ?? null;
    },
    missingTradingChecks: async (userId) => {
      const cached = cache.missingTradingChecks(userId);
      if (cached) return cached;
      const epoch = cache.epoch;
      const missing = (await missingTradingChecks(db, userId)).map(checkLabel);
      cache.rememberTradingChecks(userId, missing, epoch);
      return missing;
    },
    forgetCaller: (userId) => cache.forgetUser(userId),
    ready: async () => {
      for (let i = 0; listener && !listener.live && i < 50; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    },
    close: async () => {
      await listener?.close();
    },
  };
}
