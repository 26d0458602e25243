import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import type { DbOrTx } from "../../db/prisma.ts";
import type { User } from "../../generated/prisma/client.ts";
import type { UserRole } from "../../generated/prisma/enums.ts";

// JWTs are HS256 with the algorithm pinned on verification (so `alg: none` and RS/HS confusion fail),
// and every token's `jti` is a row in access_tokens: logout, refresh and password change revoke the row,
// and a revoked token is refused on its very next use.

export const TOKEN_TTL_SECONDS = 30 * 24 * 60 * 60; // 2592000, as the seed documents
/** An admin token can approve accounts and move money: it lives a working day, not a month. */
export const ADMIN_TOKEN_TTL_SECONDS = 12 * 60 * 60; // 43200
export const tokenTtlSeconds = (role: UserRole) => (role === "admin" ? ADMIN_TOKEN_TTL_SECONDS : TOKEN_TTL_SECONDS);
const ALGORITHM = "HS256" as const;

// Given a string, jsonwebtoken first tries to read it as a PEM public key on every call (~0.8 ms of
// CPU); a secret KeyObject goes straight to the HMAC (~0.03 ms). One per secret, made once.
const keys = new Map<string, crypto.KeyObject>();
const signingKey = (secret: string) => {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, "utf8"))));
  return key;
};

export interface IssuedToken {
  token: string;
  token_type: "Bearer";
  expires_in: number;
}

export async function issueAccessToken(db: DbOrTx, options: { userId: number; role: UserRole; secret: string; now?: Date }): Promise<IssuedToken> {
  const now = options.now ?? new Date();
  const ttl = tokenTtlSeconds(options.role);
  const jti = crypto.randomUUID();
  await db.accessToken.create({
    data: { id: jti, userId: options.userId, createdAt: now, expiresAt: new Date(now.getTime() + ttl * 1000) },
  });
  const token = jwt.sign({ sub: String(options.userId) }, signingKey(options.secret), {
    algorithm: ALGORITHM,
    jwtid: jti,
    expiresIn: ttl,
  });
  return { token, token_type: "Bearer", expires_in: ttl };
}

export interface Claims {
  sub: string;
  jti: string;
}

// Verified tokens, remembered: a token's signature is valid or not for good (it depends on the token
// and the secret alone), so a token seen before needs only its expiry checked again. Verifying was the
// largest CPU step of an authenticated request after the response itself (HMAC, base64 and JSON of
// the header and payload: ~0.05 ms). Revocation is not the signature's business: it is checked on
// every request by the caller policy (database or caller cache). Bounded; failures are not kept.
const MAX_VERIFIED_TOKENS = 10_000;
const verified = new Map<string, { secret: string; claims: Claims; expiresAtMs: number }>();

/** Signature, algorithm and expiry only (no database): used to key rate limits by user. */
export function readVerifiedClaims(token: string, secret: string, now = Date.now()): Claims | null {
  const known = verified.get(token);
  if (known && known.secret === secret) return now < known.expiresAtMs ? known.claims : null;
  try {
    const payload = jwt.verify(token, signingKey(secret), { algorithms: [ALGORITHM] });
    if (typeof payload !== "object" || typeof payload.sub !== "string" || typeof payload.jti !== "string") return null;
    const claims = { sub: payload.sub, jti: payload.jti };
    if (verified.size >= MAX_VERIFIED_TOKENS) verified.clear();
    verified.set(token, { secret, claims, expiresAtMs: typeof payload.exp === "number" ? payload.exp * 1000 : Number.POSITIVE_INFINITY });
    return claims;
  } catch {
    return null;
  }
}

/**
 * The user behind already verified claims: the token must still be live in access_tokens. One
 * statement for the token and its user, on every authenticated request; it replaces
 * `accessToken.findUnique({ include: { user: true } })`, which Prisma runs as two queries. The column
 * list is the User model's; access-tokens.test.ts checks it returns exactly what Prisma would. The
 * token's expiry comes with it, for the caller cache (an entry must not outlive its token).
 */
export async function resolveClaims(db: DbOrTx, claims: Claims | null): Promise<{ auth: { user: User; tokenId: string }; tokenExpiresAt: number } | null> {
  if (!claims || !/^[0-9a-f-]{36}$/i.test(claims.jti)) return null;
  const [row] = await db.$queryRaw<(User & { tokenUserId: number; revokedAt: Date | null; expiresAt: Date })[]>`
    SELECT u.id, u.name, u.email, u.phone, u.password_hash AS "passwordHash", u.role, u.status,
           u.status_reason AS "statusReason", u.pan, u.entity_name AS "entityName", u.entity_type AS "entityType",
           u.entity_reg AS "entityReg", u.industry, u.address, u.website, u.photo_key AS "photoKey",
           u.created_at AS "createdAt", u.updated_at AS "updatedAt",
           t.user_id AS "tokenUserId", t.revoked_at AS "revokedAt", t.expires_at AS "expiresAt"
      FROM access_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.id = ${claims.jti}::uuid`;
  if (!row || row.revokedAt || row.expiresAt <= new Date() || String(row.tokenUserId) !== claims.sub) return null;
  const { tokenUserId: _tokenUserId, revokedAt: _revokedAt, expiresAt, ...user } = row;
  return { auth: { user, tokenId: claims.jti }, tokenExpiresAt: expiresAt.getTime() };
}

export async function revokeAccessToken(db: DbOrTx, tokenId: string): Promise<void> {
  await db.accessToken.updateMany({ where: { id: tokenId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Revokes every live token of a user, optionally keeping one (the caller's own, on password change). */
export async function revokeUserTokens(db: DbOrTx, userId: number, options: { except?: string } = {}): Promise<number> {
  const { count } = await db.accessToken.updateMany({
    where: { userId, revokedAt: null, ...(options.except ? { id: { not: options.except } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
