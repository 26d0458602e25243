import type pg from "pg";
import type { Config } from "./config.ts";
import type { Db } from "./db/prisma.ts";
import type { User } from "./generated/prisma/client.ts";
import type { Logger } from "./logger.ts";
import type { KycProvider } from "./providers/kyc/kyc-provider.ts";
import type { PaymentGateway } from "./providers/payments/payment-gateway.ts";
import type { PayoutGateway } from "./providers/payments/payout-gateway.ts";
import type { FileStore } from "./providers/storage/file-store.ts";
import type { RateLimiter } from "./providers/rate-limit/rate-limiter.ts";

/** Who is calling, once a bearer token is resolved. */
export interface AuthContext {
  user: User;
  tokenId: string;
}

/**
 * What the HTTP layer asks about callers. The answers live in feature modules (tokens in auth/, KYC
 * in kyc/); bootstrap wires them in, so http/ depends on this contract and never on a feature.
 */
export interface CallerPolicy {
  /** What a token's signature vouches for (no database): its user id and token id; null if invalid or expired. */
  verifyToken(token: string): { sub: string; jti: string } | null;
  /** The caller behind verified claims, or null when the token was revoked or the user is gone. */
  resolveClaims(claims: { sub: string; jti: string } | null): Promise<AuthContext | null>;
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
}
