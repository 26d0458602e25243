import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseDataKeys, type DataKeyring } from "./security/data-encryption.ts";

// Every setting comes from the environment, is parsed once at start-up and frozen. A bad value stops
// the process with a message naming the variable, instead of failing later on first use.

const booleanFromEnv = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => value === "true" || value === "1" || value === "yes");
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(65_000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default(".data"),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  MIGRATE_ON_START: booleanFromEnv.default(true),
  SEED_DEMO_ON_FIRST_RUN: booleanFromEnv.default(true),
  JWT_SECRET: optionalText,
  DATA_ENCRYPTION_KEY: optionalText,
  BCRYPT_ROUNDS: z.coerce.number().int().min(4).max(15).default(12),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(100),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  TRUST_PROXY: optionalText,
  CORS_ORIGINS: z.string().default("*"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FORMAT: optionalText.pipe(z.enum(["json", "pretty"]).optional()),
  UPLOAD_DIR: z.string().optional(),
  S3_BUCKET: optionalText,
  S3_REGION: z.string().trim().default("ap-south-1"),
  S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_FORCE_PATH_STYLE: optionalText.pipe(booleanFromEnv.optional()),
  S3_PREFIX: z.string().trim().regex(/^([A-Za-z0-9._-]+\/)*$/, "must be empty or path segments ending in /, such as uploads/").default(""),
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  REDIS_KEY_PREFIX: z.string().trim().regex(/^[A-Za-z0-9_.-]{1,40}$/, "must be 1-40 letters, digits, _, . or -").default("hundi"),
  PAYMENT_GATEWAY: z.enum(["sandbox", "razorpay"]).default("sandbox"),
  RAZORPAY_KEY_ID: optionalText,
  RAZORPAY_KEY_SECRET: optionalText,
  RAZORPAY_WEBHOOK_SECRET: optionalText,
  PAYOUT_GATEWAY: z.enum(["sandbox", "razorpayx"]).default("sandbox"),
  RAZORPAYX_ACCOUNT_NUMBER: optionalText,
  FIREBASE_SERVICE_ACCOUNT: optionalText,
  SMTP_URL: optionalText.pipe(z.url({ protocol: /^smtps?$/, error: "must be smtp://user:pass@host:port or smtps://..." }).optional()),
  MAIL_FROM: z.string().trim().default("Hundi <no-reply@hundi.app>"),
  KYC_HASH_SECRET: optionalText,
  PLATFORM_FEE_BPS: z.coerce.number().int().min(0).max(10_000).default(100),
  PUSH_POLL_INTERVAL_MS: z.coerce.number().int().min(500).default(1000),
  SWEEP_CRON: optionalText.pipe(z.string().regex(/^\S+( \S+){4}$/, "must be a five-field cron expression such as */5 * * * *").optional()),
  /** The interval the sweeps ran at before SWEEP_CRON: honoured when it is a whole number of minutes. */
  SWEEP_INTERVAL_MS: z.coerce.number().int().min(60_000).multipleOf(60_000).max(59 * 60_000).optional(),
  /** The old name of SWEEP_INTERVAL_MS, still honoured. */
  REPAYMENT_SWEEP_INTERVAL_MS: z.coerce.number().int().min(60_000).multipleOf(60_000).max(59 * 60_000).optional(),
  BID_VALIDITY_DAYS: z.coerce.number().int().min(1).max(90).default(7),
  MIN_TENOR_DAYS: z.coerce.number().int().min(1).max(365).default(15),
  MIN_INTEREST_DAYS: z.coerce.number().int().min(0).max(365).default(7),
});

export type Env = z.infer<typeof envSchema>;

export interface Config {
  env: Env["NODE_ENV"];
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  embeddedPgPort: number;
  migrateOnStart: boolean;
  seedDemoOnFirstRun: boolean;
  jwtSecret: string;
  /** Keys that encrypt bank account numbers at rest (DATA_ENCRYPTION_KEY; generated in development). */
  dataKeys: DataKeyring;
  bcryptRounds: number;
  rateLimitPerMinute: number;
  authRateLimitPerMinute: number;
  /** Express "trust proxy" value: unset means the socket address is the client address. */
  trustProxy: boolean | number | string;
  corsOrigins: "*" | string[];
  logLevel: Env["LOG_LEVEL"];
  /** How long an idle keep-alive socket stays open: above the load balancer's idle timeout. */
  keepAliveTimeoutMs: number;
  /** LOG_FORMAT; unset = pretty for development on a terminal, JSON otherwise (logger.ts). */
  logFormat: Env["LOG_FORMAT"];
  uploadDir: string;
  /** Files in an S3-compatible bucket when S3_BUCKET is set (a fleet); on local disk otherwise. */
  s3: { bucket: string; region: string; endpoint?: string; forcePathStyle: boolean; prefix: string } | undefined;
  redisUrl: string | undefined;
  /** Starts every Redis key, so that environments can share one Redis. */
  redisKeyPrefix: string;
  payments: {
    gateway: Env["PAYMENT_GATEWAY"];
    razorpayKeyId: string | undefined;
    razorpayKeySecret: string | undefined;
    razorpayWebhookSecret: string | undefined;
    payoutGateway: Env["PAYOUT_GATEWAY"];
    razorpayxAccountNumber: string | undefined;
  };
  firebaseServiceAccount: string | undefined;
  /** E-mail: SMTP when SMTP_URL is set, the log otherwise (bootstrap.ts createMailer). */
  mail: { smtpUrl: string | undefined; from: string };
  /** Keys the Aadhaar fingerprints used for duplicate detection. */
  kycHashSecret: string;
  platformFeeBps: number;
  pushPollIntervalMs: number;
  /** When the marketplace sweeps run (cron, India time), once per fleet. */
  sweepCron: string;
  marketplace: {
    /** Default and longest validity of a bid. */
    bidValidityDays: number;
    /** A unit closer than this to its due date cannot be listed, financed or stay Bidding. */
    minTenorDays: number;
    /** Interest is charged for at least this many days, however early the owner repays. */
    minInterestDays: number;
  };
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

const MIN_SECRET_BYTES = 32;

function parseTrustProxy(value: string | undefined): Config["trustProxy"] {
  if (value === undefined || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value; // e.g. "loopback, 10.0.0.0/8"
}

/** Development only: a random secret generated on first run and kept in DATA_DIR so tokens survive restarts. */
function developmentJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, "jwt-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = crypto.randomBytes(48).toString("base64url");
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Development's data key, made once into DATA_DIR like the JWT secret (never in production). */
function developmentDataKey(dataDir: string): string {
  const file = path.join(dataDir, "data-encryption-key");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const key = `dev1:${crypto.randomBytes(32).toString("base64")}`;
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return key;
}

function dataKeysFrom(env: Env, dataDir: string): DataKeyring {
  try {
    return parseDataKeys(env.DATA_ENCRYPTION_KEY ?? developmentDataKey(dataDir));
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  DATA_ENCRYPTION_KEY: ${(error as Error).message}`);
  }
}

function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  if (!env.DATA_ENCRYPTION_KEY) problems.push("DATA_ENCRYPTION_KEY: required in production (bank account numbers are encrypted with it): openssl rand -base64 32");
  if (!env.JWT_SECRET || Buffer.byteLength(env.JWT_SECRET) < MIN_SECRET_BYTES) {
    problems.push(`JWT_SECRET: must be set to at least ${MIN_SECRET_BYTES} bytes in production`);
  }
  if (env.CORS_ORIGINS.split(",").some((origin) => origin.trim() === "*")) {
    problems.push("CORS_ORIGINS: a wildcard is not allowed in production; list the app origins");
  }
  if (env.PAYMENT_GATEWAY === "sandbox") problems.push("PAYMENT_GATEWAY: the sandbox gateway is not allowed in production");
  if (env.PAYOUT_GATEWAY === "sandbox") problems.push("PAYOUT_GATEWAY: the sandbox payout gateway is not allowed in production");
  if (env.RAZORPAY_KEY_ID?.startsWith("rzp_test_")) problems.push("RAZORPAY_KEY_ID: rzp_test_ keys are not allowed in production");
  if (!env.DATABASE_URL) problems.push("DATABASE_URL: required in production (the embedded database is for development)");
  // Without SMTP, e-mails (password-reset codes among them) would be written to the log.
  if (!env.SMTP_URL) problems.push("SMTP_URL: required in production (smtp://user:pass@host:587): without it e-mails, reset codes included, go to the log");
  if (!env.KYC_HASH_SECRET || Buffer.byteLength(env.KYC_HASH_SECRET) < MIN_SECRET_BYTES) {
    problems.push(`KYC_HASH_SECRET: must be set to at least ${MIN_SECRET_BYTES} bytes in production (it must never change once used)`);
  }
  return problems;
}

function gatewayProblems(env: Env): string[] {
  const missing = (names: readonly (keyof Env)[], why: string) => names.filter((name) => !env[name]).map((name) => `${name}: required when ${why}`);
  return [
    ...(env.PAYMENT_GATEWAY === "razorpay" ? missing(["RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET", "RAZORPAY_WEBHOOK_SECRET"], "PAYMENT_GATEWAY=razorpay") : []),
    ...(env.PAYOUT_GATEWAY === "razorpayx" ? missing(["RAZORPAY_KEY_ID", "RAZORPAY_KEY_SECRET", "RAZORPAYX_ACCOUNT_NUMBER"], "PAYOUT_GATEWAY=razorpayx") : []),
  ];
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const env = parsed.data;
  const problems = [...gatewayProblems(env), ...(env.NODE_ENV === "production" ? productionProblems(env) : [])];
  if (env.JWT_SECRET && Buffer.byteLength(env.JWT_SECRET) < MIN_SECRET_BYTES && env.NODE_ENV !== "production") {
    // Short secrets are tolerated outside production (tests use fixed ones), but never silently.
    if (env.NODE_ENV === "development") problems.push(`JWT_SECRET: must be at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);

  const dataDir = path.resolve(env.DATA_DIR);
  const jwtSecret = env.JWT_SECRET ?? developmentJwtSecret(dataDir);
  const dataKeys = dataKeysFrom(env, dataDir);
  const config: Config = {
    env: env.NODE_ENV,
    isProduction: env.NODE_ENV === "production",
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    embeddedPgPort: env.EMBEDDED_PG_PORT,
    migrateOnStart: env.MIGRATE_ON_START,
    seedDemoOnFirstRun: env.SEED_DEMO_ON_FIRST_RUN,
    jwtSecret,
    dataKeys,
    bcryptRounds: env.BCRYPT_ROUNDS,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    corsOrigins: env.CORS_ORIGINS.trim() === "*" ? "*" : env.CORS_ORIGINS.split(",").map((o) => o.trim()).filter(Boolean),
    logLevel: env.LOG_LEVEL,
    keepAliveTimeoutMs: env.KEEP_ALIVE_TIMEOUT_MS,
    logFormat: env.LOG_FORMAT,
    uploadDir: path.resolve(env.UPLOAD_DIR ?? path.join(dataDir, "uploads")),
    // Path-style addressing is what S3-compatible stores at an endpoint usually need.
    s3: env.S3_BUCKET ? { bucket: env.S3_BUCKET, region: env.S3_REGION, endpoint: env.S3_ENDPOINT, forcePathStyle: env.S3_FORCE_PATH_STYLE ?? Boolean(env.S3_ENDPOINT), prefix: env.S3_PREFIX } : undefined,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    payments: {
      gateway: env.PAYMENT_GATEWAY,
      razorpayKeyId: env.RAZORPAY_KEY_ID,
      razorpayKeySecret: env.RAZORPAY_KEY_SECRET,
      razorpayWebhookSecret: env.RAZORPAY_WEBHOOK_SECRET,
      payoutGateway: env.PAYOUT_GATEWAY,
      razorpayxAccountNumber: env.RAZORPAYX_ACCOUNT_NUMBER,
    },
    firebaseServiceAccount: env.FIREBASE_SERVICE_ACCOUNT,
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    kycHashSecret: env.KYC_HASH_SECRET ?? crypto.createHmac("sha256", jwtSecret).update("kyc-hash-secret").digest("hex"),
    platformFeeBps: env.PLATFORM_FEE_BPS,
    pushPollIntervalMs: env.PUSH_POLL_INTERVAL_MS,
    sweepCron: sweepCronFrom(env),
    marketplace: { bidValidityDays: env.BID_VALIDITY_DAYS, minTenorDays: env.MIN_TENOR_DAYS, minInterestDays: env.MIN_INTEREST_DAYS },
  };
  return Object.freeze({ ...config, payments: Object.freeze(config.payments), marketplace: Object.freeze(config.marketplace), mail: Object.freeze(config.mail) });
}

/** SWEEP_CRON, or the older interval settings as a cron expression (every N minutes). */
function sweepCronFrom(env: Env): string {
  if (env.SWEEP_CRON) return env.SWEEP_CRON;
  const legacy = env.SWEEP_INTERVAL_MS ?? env.REPAYMENT_SWEEP_INTERVAL_MS;
  if (legacy === undefined) return "* * * * *";
  const minutes = legacy / 60_000;
  return minutes === 1 ? "* * * * *" : `*/${minutes} * * * *`;
}
