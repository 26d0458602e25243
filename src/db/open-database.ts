import path from "node:path";
import type { Config } from "../config.ts";
import type { Logger } from "../logger.ts";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded-postgres.ts";
import { applyMigrations, listMigrationNames, pendingMigrations } from "./migrations.ts";
import { connectDatabase, type Database } from "./prisma.ts";

export interface DatabaseHandle extends Database {
  url: string;
  embedded: boolean;
  /** The embedded server's data directory, when embedded. */
  embeddedDataDir?: string;
  appliedMigrations: string[];
  shutdown: () => Promise<void>;
}

/** DATABASE_URL when set, else the embedded PostgreSQL in DATA_DIR/pg; applies pending migrations. */
export async function openDatabase(config: Readonly<Config>, logger: Logger, options: { migrate: boolean }): Promise<DatabaseHandle> {
  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(config.dataDir, "pg"), port: config.embeddedPgPort, database: "hundi" });
    url = embedded.url;
  }
  const database = connectDatabase({ url, poolSize: config.databasePoolSize, logger });
  // The schema engine (a child process, about a second) runs only when a migration is not yet recorded
  // as applied: every admin CLI command and every restart used to pay for it.
  const pending = options.migrate ? await pendingMigrations(database.pool, await listMigrationNames()) : [];
  const appliedMigrations = pending.length > 0 ? await applyMigrations(url) : [];
  if (appliedMigrations.length > 0) logger.info({ migrations: appliedMigrations }, "applied database migrations");
  return {
    ...database,
    url,
    embedded: Boolean(embedded),
    embeddedDataDir: embedded?.dataDir,
    appliedMigrations,
    shutdown: async () => {
      await database.close();
      await embedded?.stop();
    },
  };
}
