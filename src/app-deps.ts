import type pg from "pg";
import type { Config } from "./config.ts";
import type { VersionCheckedCache } from "./db/version-checked-cache.ts";
import type { VersionedCache } from "./db/versioned-cache.ts";
import type { Db } from "./db/prisma.ts";
import type { User } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import type { KycProvider } from "./providers/kyc/kyc-provider.ts";
import type { PaymentGateway } from "./providers/payments/payment-gateway.ts";
import type { PayoutGateway } from "./providers/payments/payout-gateway.ts";
import type { FileStore } from "./providers/storage/file-store.ts";
import type { RateLimiter } from "./providers/rate-limit/rate-limiter.ts";

/** The scopes an API key can be given: read (every GET), trade (units and bids), payments (money in and out). */
export type ApiKeyScope = "read" | "trade" | "payments";

/** Who is calling, once a bearer token is resolved. */
export interface AuthContext {
  user: User;
  /** The access token's id; `apikey:<id>` for an API key. */
  tokenId: string;
  /** Set when the caller authenticated with an API key rather than a user token. */
  apiKey?: { id: number; scopes: readonly ApiKeyScope[] };
}

/** What a bearer credential's form vouches for before any database look-up. */
export interface VerifiedCredential {
  /** The user id a JWT names (empty for an API key, whose user is known only once looked up). */
  sub: string;
  /** The JWT's id, or an API key's public prefix. */
  jti: string;
  /** The whole API key (`hk_live_...`), when the credential is one. */
  apiKey?: string;
}

/**
 * What the HTTP layer asks about callers. The answers live in feature modules (tokens in auth/, KYC
 * in kyc/); bootstrap wires them in, so http/ depends on this contract and never on a feature.
 */
export interface CallerPolicy {
  /**
   * What a bearer credential vouches for without the database: a JWT's signature (its user id and
   * token id), or an API key's well-formedness (its prefix); null if invalid or expired.
   */
  verifyToken(token: string): VerifiedCredential | null;
  /** The caller behind verified claims, or null when the token or key was revoked, or the user is gone (or, for a key, not active). */
  resolveClaims(claims: VerifiedCredential | null): Promise<AuthContext | null>;
  /** What a user still has to verify before trading, as words for the 403 ("PAN", "bank account"). */
  missingTradingChecks(userId: number): Promise<string[]>;
  /** Drops what this instance remembers of a user, before answering a request that changed them. */
  forgetCaller(userId: number): void;
  /** Resolves once answers can be served from memory (or after a short wait, when they cannot yet). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

/** Everything the app needs from outside, built once by server.ts (or by a test) and passed in. */
export interface AppDeps {
  config: Readonly<Config>;
  prisma: Db;
  pool: pg.Pool;
  logger: Logger;
  rateLimiter: RateLimiter;
  fileStore: FileStore;
  kycProvider: KycProvider;
  paymentGateway: PaymentGateway;
  payoutGateway: PayoutGateway;
  callers: CallerPolicy;
  /**
   * Market listing pages (GET /factoring-units for investors and financers) this instance has
   * answered, kept until the market's version moves (db/versioned-cache.ts).
   */
  marketListings: VersionedCache<{ items: unknown[]; total: number }>;
  /**
   * GET /bids pages this instance has answered, each served only under the version of its user's bids
   * it was read with (db/version-checked-cache.ts); the version is read on every request.
   */
  bidPages: VersionCheckedCache<{ items: unknown[]; total: number }>;
}
