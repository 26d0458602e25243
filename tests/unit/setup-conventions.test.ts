import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { loadEnvFile } from "../../src/env-file.ts";
import { logFormatFor } from "../../src/logger.ts";
import { runAdmin } from "../../src/cli/admin.ts";

describe(".env", () => {
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ["HUNDI_ENV_FILE_TEST_A", "HUNDI_ENV_FILE_TEST_B"]) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  it("fills what the environment does not set, and the environment wins", () => {
    const dir = tempDir("hundi-env-");
    const file = path.join(dir, ".env");
    fs.writeFileSync(file, "HUNDI_ENV_FILE_TEST_A=from-file\nHUNDI_ENV_FILE_TEST_B=also-from-file # a comment\n");
    process.env.HUNDI_ENV_FILE_TEST_A = "from-environment";
    expect(loadEnvFile(file)).toBe(true);
    expect(process.env.HUNDI_ENV_FILE_TEST_A).toBe("from-environment");
    expect(process.env.HUNDI_ENV_FILE_TEST_B).toBe("also-from-file");
    expect(loadEnvFile(path.join(dir, "missing.env"))).toBe(false);
  });
});

describe(".env.example", () => {
  it("copied to .env as it is, is a valid development configuration", () => {
    const env = parseEnv(fs.readFileSync(".env.example", "utf8"));
    const config = loadConfig({ ...env, DATA_DIR: tempDir("hundi-env-") });
    expect(config).toMatchObject({ env: "development", port: 3000, sweepCron: "* * * * *", logFormat: undefined, keepAliveTimeoutMs: 65_000, pushPollIntervalMs: 1000 });
  });
});

describe("sweep schedule", () => {
  const dataDir = () => tempDir("hundi-env-");
  it("is SWEEP_CRON, or the older interval in whole minutes, and refuses anything else", () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).sweepCron).toBe("* * * * *");
    expect(loadConfig({ DATA_DIR: dataDir(), SWEEP_INTERVAL_MS: "300000" }).sweepCron).toBe("*/5 * * * *");
    expect(loadConfig({ DATA_DIR: dataDir(), REPAYMENT_SWEEP_INTERVAL_MS: "60000" }).sweepCron).toBe("* * * * *");
    expect(loadConfig({ DATA_DIR: dataDir(), SWEEP_CRON: "0 * * * *", SWEEP_INTERVAL_MS: "300000" }).sweepCron).toBe("0 * * * *");
    expect(() => loadConfig({ DATA_DIR: dataDir(), SWEEP_INTERVAL_MS: "90000" })).toThrow(/SWEEP_INTERVAL_MS/);
    expect(() => loadConfig({ DATA_DIR: dataDir(), SWEEP_CRON: "every minute" })).toThrow(/SWEEP_CRON/);
  });
});

describe("log format", () => {
  it("is pretty for development on a terminal, JSON otherwise, and LOG_FORMAT decides when set", () => {
    expect(logFormatFor({ env: "development" }, true)).toBe("pretty");
    expect(logFormatFor({ env: "development" }, false)).toBe("json");
    expect(logFormatFor({ env: "production" }, true)).toBe("json");
    expect(logFormatFor({ env: "production", logFormat: "pretty" }, false)).toBe("pretty");
    expect(logFormatFor({ env: "development", logFormat: "json" }, true)).toBe("json");
  });
});

describe("admin CLI", () => {
  it("answers help, --help and no command with its commands", async () => {
    for (const argv of [["help"], ["--help"]]) {
      const { code, output } = await runAdmin(argv, {});
      expect(code).toBe(0);
      expect(output).toContain("ledger-check");
    }
    expect((await runAdmin([], {})).code).toBe(2);
  });
});
