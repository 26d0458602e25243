import { inject } from "vitest";
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
