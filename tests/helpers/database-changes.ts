import { afterAll, beforeAll } from "vitest";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { isolatedTestDatabase } from "./isolated-database.ts";
import { createTestApp, type TestApp } from "./test-app.ts";

// For tests of what an instance keeps in memory: changes made as another process would make them.

/**
 * Runs `sql` on `db` with no trigger firing (replica mode, this transaction only): no notification is
 * sent and no version moves, so a cache can only see it by reading the database again.
 */
export const silently = (db: Database, sql: string, ...values: unknown[]) =>
  db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql, ...values);
  });

/** Whether `check` comes true within `ms`, asking every 10 ms. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}

/**
 * A test app on a database of its own (changes from other files would reach its caches), and a
 * connection that changes that database as another process would: opened before the file's tests
 * (then `ready`), closed after them.
 */
export function appWithAnotherProcess(databaseName: string, ready: (t: TestApp) => Promise<unknown>) {
  const env = {} as { db: Awaited<ReturnType<typeof isolatedTestDatabase>>; t: TestApp; other: Database };
  beforeAll(async () => {
    env.db = await isolatedTestDatabase(databaseName);
    env.t = await createTestApp({ env: { DATABASE_URL: env.db.url } });
    env.other = connectDatabase({ url: env.db.url, poolSize: 2, logger: createLogger("silent") });
    await ready(env.t);
  }, 120_000);
  afterAll(async () => {
    await env.other?.close();
    await env.t?.close();
    await env.db?.drop();
  });
  return env;
}
