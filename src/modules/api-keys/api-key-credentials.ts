import crypto from "node:crypto";
import type { ApiKeyScope, AuthContext } from "../../app-deps.ts";
import type { DbOrTx } from "../../db/prisma.ts";
import type { User } from "../../generated/prisma/client.ts";

// The form of an API key and how one is checked. `hk_live_` (real gateways) or `hk_test_` (sandbox
// gateways), then 12 characters of public id and 32 of secret, base62: the first 20 characters are
// the prefix stored and looked up; the whole key is stored only as its SHA-256 (a 190-bit random
// secret cannot be brute-forced, so a slow hash would only cost every request CPU), compared in
// constant time.

export const API_KEY_SCOPES = ["read", "trade", "payments"] as const satisfies readonly ApiKeyScope[];
const FORM = /^hk_(live|test)_[0-9A-Za-z]{44}$/;
const PREFIX_LENGTH = "hk_live_".length + 12;
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export type ApiKeyMode = "live" | "test";

const randomBase62 = (length: number) => Array.from(crypto.randomBytes(length), (byte) => BASE62[byte % 62]).join("");

export const hashApiKey = (key: string) => crypto.createHash("sha256").update(key).digest("hex");

/** A new key: the whole secret (shown once) and what is stored of it. */
export function mintApiKey(mode: ApiKeyMode) {
  const key = `hk_${mode}_${randomBase62(12)}${randomBase62(32)}`;
  return { key, prefix: key.slice(0, PREFIX_LENGTH), secretHash: hashApiKey(key), lastFour: key.slice(-4) };
}

/** The prefix of a well-formed key (no database), or null: anything else is not an API key. */
export const apiKeyPrefix = (token: string): string | null => (FORM.test(token) ? token.slice(0, PREFIX_LENGTH) : null);

export const isApiKeyForm = (token: string) => token.startsWith("hk_");

const sameHash = (a: string, b: string) => a.length === b.length && crypto.timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The stored side of a key, as the caller cache keeps it. */
export interface KnownApiKey {
  auth: AuthContext & { apiKey: { id: number; scopes: readonly ApiKeyScope[] } };
  secretHash: string;
}

/**
 * The key behind a prefix, with its owner: null when there is none, it was revoked, its owner is not
 * active (a suspended account's keys stop at once), or it is a test key where test keys are refused.
 * The secret is not checked here (secretMatches), so that a cached answer is checked the same way.
 */
export async function findApiKey(db: DbOrTx, prefix: string, options: { refuseTestKeys: boolean }): Promise<KnownApiKey | null> {
  const key = await db.apiKey.findUnique({ where: { prefix }, include: { user: true } });
  if (!key || key.revokedAt || key.user.status !== "active") return null;
  if (options.refuseTestKeys && key.mode === "test") return null;
  const { user, ...rest } = key;
  return { auth: { user: user as User, tokenId: `apikey:${rest.id}`, apiKey: { id: rest.id, scopes: rest.scopes as ApiKeyScope[] } }, secretHash: rest.secretHash };
}

export const secretMatches = (known: Pick<KnownApiKey, "secretHash">, presented: string) => sameHash(known.secretHash, hashApiKey(presented));
