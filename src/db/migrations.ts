import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type pg from "pg";

const execFileAsync = promisify(execFile);
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const MIGRATIONS_DIR = path.join(projectRoot, "prisma/migrations");
const SCHEMA_FILE = path.join(projectRoot, "prisma/schema.prisma");
const RUNNER = path.join(projectRoot, "src/db/schema-engine/migrate.mjs");

/**
 * Applies pending migrations exactly as `prisma migrate deploy` would, using Prisma's WASM schema engine
 * in a child process (it leaves timers behind and holds WASM memory we do not want in the API process).
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  try {
    const { stdout } = await execFileAsync(process.execPath, [RUNNER, MIGRATIONS_DIR, SCHEMA_FILE], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      cwd: projectRoot,
    });
    const lastLine = stdout.trim().split("\n").at(-1) ?? "{}";
    return (JSON.parse(lastLine) as { applied: string[] }).applied;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`database migration failed: ${stderr || (error as Error).message}`, { cause: error });
  }
}

export async function listMigrationNames(): Promise<string[]> {
  const entries = await fs.readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Names of migrations in prisma/migrations that the database has not (successfully) applied. */
export async function pendingMigrations(pool: pg.Pool, expected: string[]): Promise<string[]> {
  const table = await pool.query<{ exists: boolean }>("SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists");
  if (!table.rows[0]?.exists) return expected;
  const { rows } = await pool.query<{ migration_name: string }>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return expected.filter((name) => !applied.has(name));
}
