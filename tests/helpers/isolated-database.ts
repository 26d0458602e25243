import pg from "pg";
import { inject } from "vitest";
import { seedMarket } from "../../bench/seed.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { createThrowawayDatabase } from "./throwaway-database.ts";

/**
 * A migrated database of the test file's own, on the test server, for tests that must see only their
 * own rows (other files write to the shared test database in parallel).
 */
export async function isolatedTestDatabase(prefix: string) {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = inject("databaseUrl");
  try {
    const db = await createThrowawayDatabase(prefix);
    await applyMigrations(db.url);
    return db;
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
}

/**
 * A market of the test file's own, seeded by the benchmark's set-based seed: its database, a raw pool
 * for SQL the test writes itself, Prisma for the code under test, and `close` for afterAll.
 */
export async function isolatedMarket(prefix: string, size: Parameters<typeof seedMarket>[1]) {
  const db = await isolatedTestDatabase(prefix);
  const pool = new pg.Pool({ connectionString: db.url });
  await seedMarket(pool, size);
  const database = connectDatabase({ url: db.url, poolSize: 4, logger: createLogger("silent") });
  return {
    pool,
    prisma: database.prisma,
    close: async () => {
      await database.close();
      await pool.end();
      await db.drop();
    },
  };
}
