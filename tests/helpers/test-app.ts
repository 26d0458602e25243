import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { buildApp } from "../../src/app.ts";
import { closeAppDeps, createAppDeps } from "../../src/bootstrap.ts";
import { loadConfig } from "../../src/config.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import type { RouteDefinition } from "../../src/http/define-route.ts";
import { createLogger } from "../../src/logger.ts";
import { allRoutes } from "../../src/routes.ts";

export const TEST_JWT_SECRET = "test-secret-that-is-at-least-32-bytes-long!";
/** A fixed data key for tests ("test1"), so values one test app encrypts another can read. */
export const TEST_DATA_KEY = `test1:${Buffer.alloc(32, 7).toString("base64")}`;

/** Environment for a test app: real database, cheap bcrypt, limits high enough not to interfere. */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: "test",
    DATABASE_URL: inject("databaseUrl"),
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    BCRYPT_ROUNDS: "4",
    RATE_LIMIT_PER_MINUTE: "100000",
    AUTH_RATE_LIMIT_PER_MINUTE: "100000",
    LOG_LEVEL: "silent",
    MIGRATE_ON_START: "false",
    UPLOAD_DIR: path.join(os.tmpdir(), `hundi-uploads-${process.pid}`),
    ...overrides,
  };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** The real app on the real test database, built the way server.ts builds it. */
export async function createTestApp(options: { env?: Record<string, string>; routes?: RouteDefinition[] } = {}) {
  const config = loadConfig(testEnv({ UPLOAD_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "hundi-uploads-")), ...options.env }));
  const logger = createLogger(config.logLevel);
  const database = connectDatabase({ url: config.databaseUrl!, poolSize: 8, logger });
  const deps = createAppDeps(config, logger, database);
  const app = buildApp(deps, options.routes ?? allRoutes);
  return {
    app,
    deps,
    prisma: database.prisma,
    config,
    close: async () => {
      await closeAppDeps(deps);
      await database.close();
      fs.rmSync(config.uploadDir, { recursive: true, force: true });
    },
  };
}
