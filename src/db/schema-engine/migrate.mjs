#!/usr/bin/env node
// Applies pending migrations from prisma/migrations with Prisma's WASM schema engine: the same
// `_prisma_migrations` bookkeeping as `prisma migrate deploy` (checksum = sha256 of migration.sql), and
// the same advisory lock, so several instances starting together apply each migration once.
// Run as a child process: the engine leaves a ~10 s timer behind, so this process exits explicitly.
// Usage: DATABASE_URL=... node src/db/schema-engine/migrate.mjs [migrations-dir] [schema-file]
import fs from "node:fs/promises";
import path from "node:path";
import { createMigrationAdapter, loadSchemaEngine, panics, readMigrationsDirectory } from "./wasm-engine.mjs";

async function deploy() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const migrationsDir = path.resolve(process.argv[2] ?? "prisma/migrations");
  const schemaFile = path.resolve(process.argv[3] ?? "prisma/schema.prisma");
  const SchemaEngine = await loadSchemaEngine();
  const { adapter, pool } = createMigrationAdapter(url);
  const engine = await SchemaEngine.new({ datamodels: [[schemaFile, await fs.readFile(schemaFile, "utf8")]] }, () => {}, adapter);
  try {
    const migrationsList = await readMigrationsDirectory(migrationsDir);
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: { externalTables: [], externalEnums: [] } });
    process.stdout.write(`${JSON.stringify({ applied: appliedMigrationNames })}\n`);
  } finally {
    engine.free();
    await pool.end();
  }
}

deploy().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error?.message ?? error}${panics.message ? `\nwasm panic: ${panics.message}` : ""}\n`);
    process.exit(1);
  },
);
