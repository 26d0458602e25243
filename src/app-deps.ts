import type pg from "pg";
import type { Config } from "./config.ts";
import type { Db } from "./db/prisma.ts";
import type { Logger } from "./logger.ts";
import type { KycProvider } from "./providers/kyc/kyc-provider.ts";
import type { PaymentGateway } from "./providers/payments/payment-gateway.ts";
import type { PayoutGateway } from "./providers/payments/payout-gateway.ts";
import type { FileStore } from "./providers/storage/file-store.ts";
import type { RateLimiter } from "./providers/rate-limit/rate-limiter.ts";

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
}
