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
  /** The caller behind a bearer token, or null when it is invalid, expired or revoked. */
  resolveToken(token: string): Promise<AuthContext | null>;
  /** The user id a token's signature vouches for (no database), to key rate limits; null if invalid. */
  tokenSubject(token: string): string | null;
  /** What a user still has to verify before trading, as words for the 403 ("PAN", "bank account"). */
  missingTradingChecks(userId: number): Promise<string[]>;
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
