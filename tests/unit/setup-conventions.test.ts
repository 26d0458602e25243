import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-env-"));
    const file = path.join(dir, ".env");
    fs.writeFileSync(file, "HUNDI_ENV_FILE_TEST_A=from-file\nHUNDI_ENV_FILE_TEST_B=also-from-file # a comment\n");
    process.env.HUNDI_ENV_FILE_TEST_A = "from-environment";
    expect(loadEnvFile(file)).toBe(true);
    expect(process.env.HUNDI_ENV_FILE_TEST_A).toBe("from-environment");
    expect(process.env.HUNDI_ENV_FILE_TEST_B).toBe("also-from-file");
    expect(loadEnvFile(path.join(dir, "missing.env"))).toBe(false);
  });
});

describe("log format", () => {
  it("is pretty for development on a terminal, JSON otherwise, and LOG_FORMAT decides when set", () => {
    expect(logFormatFor({ nodeEnv: "development" }, true)).toBe("pretty");
    expect(logFormatFor({ nodeEnv: "development" }, false)).toBe("json");
    expect(logFormatFor({ nodeEnv: "production" }, true)).toBe("json");
    expect(logFormatFor({ nodeEnv: "production", logFormat: "pretty" }, false)).toBe("pretty");
    expect(logFormatFor({ nodeEnv: "development", logFormat: "json" }, true)).toBe("json");
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
