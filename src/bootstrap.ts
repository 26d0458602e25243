import type { AppDeps } from "./app-deps.ts";
import type { Config } from "./config.ts";
import { createCallerPolicy } from "./modules/auth/caller-policy.ts";
import { createBidPageCache } from "./modules/bids/bid-page-cache.ts";
import { createMarketListingCache } from "./modules/factoring-units/market-listing-cache.ts";
import type { Database } from "./db/prisma.ts";
import type { Logger } from "./logger.ts";
import { FirebasePushSender, readServiceAccount } from "./providers/push/firebase-push-sender.ts";
import { LogMailer } from "./providers/mail/log-mailer.ts";
import type { Mailer } from "./providers/mail/mailer.ts";
import { SmtpMailer } from "./providers/mail/smtp-mailer.ts";
import { LogPushSender } from "./providers/push/log-push-sender.ts";
import type { PushSender } from "./providers/push/push-sender.ts";
import { FlexibleRateLimiter } from "./providers/rate-limit/flexible-rate-limiter.ts";
import type { FileStore } from "./providers/storage/file-store.ts";
import { LocalFileStore } from "./providers/storage/local-file-store.ts";
import { S3FileStore } from "./providers/storage/s3-file-store.ts";
import { SandboxKycProvider } from "./providers/kyc/sandbox-kyc-provider.ts";
import type { PaymentGateway } from "./providers/payments/payment-gateway.ts";
import { RazorpayPaymentGateway } from "./providers/payments/razorpay-payment-gateway.ts";
import { SANDBOX_KEY_ID, SANDBOX_KEY_SECRET, SANDBOX_WEBHOOK_SECRET, SandboxPaymentGateway } from "./providers/payments/sandbox-payment-gateway.ts";
import type { PayoutGateway } from "./providers/payments/payout-gateway.ts";
import { RazorpayXPayoutGateway } from "./providers/payments/razorpayx-payout-gateway.ts";
import { SandboxPayoutGateway } from "./providers/payments/sandbox-payout-gateway.ts";

// Wiring of the server (and of tests that build the app): which providers. Opening the database is
// db/open-database.ts, which the admin CLI uses alone, so a CLI command loads no provider SDK.

/** SMTP when SMTP_URL is set (required in production); the log otherwise. */
export function createMailer(config: Readonly<Config>, logger: Logger): Mailer {
  return config.mail.smtpUrl ? new SmtpMailer(config.mail.smtpUrl, config.mail.from) : new LogMailer(logger);
}

export function createPushSender(config: Readonly<Config>, logger: Logger): PushSender {
  return config.firebaseServiceAccount ? new FirebasePushSender(readServiceAccount(config.firebaseServiceAccount)) : new LogPushSender(logger);
}

/** Razorpay when configured; otherwise the sandbox, signing with the configured or documented test secrets. */
export function createPaymentGateway(config: Readonly<Config>): PaymentGateway {
  const { gateway, razorpayKeyId, razorpayKeySecret, razorpayWebhookSecret } = config.payments;
  if (gateway === "razorpay") return new RazorpayPaymentGateway(razorpayKeyId!, razorpayKeySecret!, razorpayWebhookSecret!);
  return new SandboxPaymentGateway(razorpayKeyId ?? SANDBOX_KEY_ID, razorpayKeySecret ?? SANDBOX_KEY_SECRET, razorpayWebhookSecret ?? SANDBOX_WEBHOOK_SECRET);
}

export function createPayoutGateway(config: Readonly<Config>): PayoutGateway {
  const { payoutGateway, razorpayKeyId, razorpayKeySecret, razorpayxAccountNumber } = config.payments;
  if (payoutGateway === "razorpayx") return new RazorpayXPayoutGateway({ keyId: razorpayKeyId!, keySecret: razorpayKeySecret!, accountNumber: razorpayxAccountNumber! });
  return new SandboxPayoutGateway();
}

/** An S3-compatible bucket when S3_BUCKET is set (instances share it), else UPLOAD_DIR on this machine. */
export function createFileStore(config: Readonly<Config>): FileStore {
  return config.s3 ? S3FileStore.fromConfig(config.s3) : new LocalFileStore(config.uploadDir);
}

export function createAppDeps(config: Readonly<Config>, logger: Logger, database: Database): AppDeps {
  return {
    config,
    logger,
    prisma: database.prisma,
    pool: database.pool,
    rateLimiter: config.redisUrl ? FlexibleRateLimiter.onRedis(config.redisUrl, logger, `${config.redisKeyPrefix}:ratelimit`) : FlexibleRateLimiter.inMemory(),
    fileStore: createFileStore(config),
    // A real KYC vendor plugs in here (see README, "Plugging in real vendors").
    kycProvider: new SandboxKycProvider(),
    paymentGateway: createPaymentGateway(config),
    payoutGateway: createPayoutGateway(config),
    callers: createCallerPolicy(database.prisma, { jwtSecret: config.jwtSecret, refuseTestKeys: config.isProduction, listen: { url: database.url, logger } }),
    marketListings: createMarketListingCache(database.prisma, logger),
    bidPages: createBidPageCache(),
  };
}

/** Closes what createAppDeps opened besides the database: the rate limiter's store, the caller cache's listener, the listing's poll. */
export async function closeAppDeps(deps: AppDeps): Promise<void> {
  await deps.rateLimiter.close();
  await deps.callers.close();
  await deps.marketListings.close();
}
