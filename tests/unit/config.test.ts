import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const strongSecret = "x".repeat(40);
const production = {
  NODE_ENV: "production",
  JWT_SECRET: strongSecret,
  DATABASE_URL: "postgresql://u@db:5432/hundi",
  CORS_ORIGINS: "https://app.hundi.in",
  PAYMENT_GATEWAY: "razorpay",
  RAZORPAY_KEY_ID: "rzp_live_abc",
  RAZORPAY_KEY_SECRET: "s",
  RAZORPAY_WEBHOOK_SECRET: "w",
  KYC_HASH_SECRET: "k".repeat(40),
  PAYOUT_GATEWAY: "razorpayx",
  RAZORPAYX_ACCOUNT_NUMBER: "7878780080316316",
  DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
  SMTP_URL: "smtp://hundi:secret@smtp.example.in:587",
};

describe("loadConfig", () => {
  it("applies documented defaults and freezes the result", () => {
    const config = loadConfig({ JWT_SECRET: strongSecret, DATA_DIR: tempDir("hundi-config-") });
    expect(config).toMatchObject({ port: 3000, bcryptRounds: 12, rateLimitPerMinute: 100, authRateLimitPerMinute: 10, corsOrigins: "*", platformFeeBps: 100, migrateOnStart: true });
    expect(config.payments.gateway).toBe("sandbox");
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.payments)).toBe(true);
  });

  it.each([
    [{ PORT: "eighty" }, "PORT"],
    [{ BCRYPT_ROUNDS: "3" }, "BCRYPT_ROUNDS"],
    [{ DATABASE_URL: "mysql://x@y/z" }, "DATABASE_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ MIGRATE_ON_START: "maybe" }, "MIGRATE_ON_START"],
    [{ PAYMENT_GATEWAY: "razorpay" }, "RAZORPAY_KEY_ID"],
    [{ JWT_SECRET: "short" }, "JWT_SECRET"],
    [{ DATA_ENCRYPTION_KEY: "too-short" }, "DATA_ENCRYPTION_KEY"],
    [{ SMTP_URL: "http://mail.example.in" }, "SMTP_URL"],
    [{ DATA_ENCRYPTION_KEY: `a:${Buffer.alloc(32).toString("base64")},a:${Buffer.alloc(32).toString("base64")}` }, "DATA_ENCRYPTION_KEY"],
  ])("names the bad variable for %j", (env, name) => {
    expect(() => loadConfig({ JWT_SECRET: strongSecret, ...env })).toThrow(new RegExp(`^Invalid configuration:[\\s\\S]*${name}`));
  });

  it("accepts a safe production configuration", () => {
    expect(loadConfig(production).isProduction).toBe(true);
  });

  it.each([
    [{ JWT_SECRET: undefined }, "JWT_SECRET"],
    [{ JWT_SECRET: "x".repeat(31) }, "JWT_SECRET"],
    [{ CORS_ORIGINS: "*" }, "CORS_ORIGINS"],
    [{ PAYMENT_GATEWAY: "sandbox" }, "PAYMENT_GATEWAY"],
    [{ RAZORPAY_KEY_ID: "rzp_test_abc" }, "RAZORPAY_KEY_ID"],
    [{ DATABASE_URL: undefined }, "DATABASE_URL"],
    [{ KYC_HASH_SECRET: undefined }, "KYC_HASH_SECRET"],
    [{ PAYOUT_GATEWAY: "sandbox" }, "PAYOUT_GATEWAY"],
    [{ RAZORPAYX_ACCOUNT_NUMBER: undefined }, "RAZORPAYX_ACCOUNT_NUMBER"],
    [{ DATA_ENCRYPTION_KEY: undefined }, "DATA_ENCRYPTION_KEY"],
    [{ SMTP_URL: undefined }, "SMTP_URL"],
  ])("refuses unsafe production settings: %j", (override, name) => {
    const error = (() => {
      try {
        loadConfig({ ...production, ...override });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
  });

  it("generates a development data key once and keeps it in DATA_DIR; a configured key list puts its first key first", () => {
    const dataDir = tempDir("hundi-config-");
    const first = loadConfig({ JWT_SECRET: strongSecret, DATA_DIR: dataDir }).dataKeys;
    expect(first.currentId).toBe("dev1");
    expect(fs.statSync(path.join(dataDir, "data-encryption-key")).mode & 0o777).toBe(0o600);
    expect(loadConfig({ JWT_SECRET: strongSecret, DATA_DIR: dataDir }).dataKeys.keys.get("dev1")).toEqual(first.keys.get("dev1"));
    const bare = Buffer.alloc(32, 9).toString("base64");
    const listed = loadConfig({ JWT_SECRET: strongSecret, DATA_DIR: dataDir, DATA_ENCRYPTION_KEY: `new:${Buffer.alloc(32, 2).toString("base64")}, ${bare}` }).dataKeys;
    expect(listed.currentId).toBe("new");
    expect([...listed.keys.keys()]).toEqual(["new", expect.stringMatching(/^[0-9a-f]{8}$/)]);
  });

  it("generates a development JWT secret once and keeps it in DATA_DIR", () => {
    const dataDir = tempDir("hundi-config-");
    const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    const second = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    expect(fs.statSync(path.join(dataDir, "jwt-secret")).mode & 0o777).toBe(0o600);
  });
});
