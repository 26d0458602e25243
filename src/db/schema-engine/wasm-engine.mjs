// Boots Prisma's WASM schema engine (@prisma/schema-engine-wasm) on a migration-aware @prisma/adapter-pg.
// Used by shim.mjs (the Prisma CLI's stand-in for its native schema-engine binary, which these offline
// machines cannot download) and by migrate.mjs (the migration runner `npm start` uses).
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, ColumnTypeEnum } from "@prisma/driver-adapter-utils";

const PG_INTERNAL_CHAR_OID = 18;
const PG_TEXT_OID = 25;

// Fix 1: adapter-pg 7.10 rejects Postgres' internal "char" type (OID 18, e.g. pg_constraint.contype),
// which the engine's introspection reads. Decode it as text, remember which columns were "char"
// (keyed by the rows array), and report them to the engine as Character columns.
const charColumnsByRows = new WeakMap();
const originalAddFields = pg.Result.prototype.addFields;
pg.Result.prototype.addFields = function addFields(fields) {
  const charIndexes = [];
  fields.forEach((field, index) => {
    if (field.dataTypeID === PG_INTERNAL_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      charIndexes.push(index);
    }
  });
  if (charIndexes.length > 0) charColumnsByRows.set(this.rows, charIndexes);
  return originalAddFields.call(this, fields);
};

function reportCharColumns(queryable) {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumnsByRows.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

// Fix 2: the stock executeScript() splits migration.sql on ';' (breaking $$ bodies and strings) and is
// not atomic. Send the whole script as one simple query, which Postgres runs as one implicit transaction.
function fixAdapter(adapter) {
  reportCharColumns(adapter);
  adapter.executeScript = (script) => adapter.underlyingDriver().query(script).then(() => undefined, (error) => adapter.onError(error));
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => reportCharColumns(await startTransaction(...args));
  return adapter;
}

export function poolConfigFromUrl(url) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
}

/** A migration-aware adapter factory for SchemaEngine.new(). End `pool` when done. */
export function createMigrationAdapter(url, shadowUrl) {
  // Discrete parameters, not a connection string: pg lets a URL override `database` (see fix 3).
  const config = poolConfigFromUrl(url);
  const pool = new pg.Pool(config);
  pool.on("error", () => {}); // an idle client killed by the server must not crash the CLI

  class MigrationPgFactory extends PrismaPg {
    async connect() {
      return fixAdapter(await super.connect());
    }

    // Fix 3: the stock connectToShadowDb() points its "shadow" at the main database. Create a real
    // throw-away database and drop it when the engine disposes of it.
    async connectToShadowDb() {
      if (shadowUrl) return fixAdapter(await new PrismaPg(poolConfigFromUrl(shadowUrl)).connect());
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await pool.query(`CREATE DATABASE "${name}"`);
      const shadow = fixAdapter(await new PrismaPg({ ...config, database: name }).connect());
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await pool.query(`DROP DATABASE IF EXISTS "${name}"`);
      };
      return shadow;
    }
  }
  return { adapter: bindMigrationAwareSqlAdapterFactory(new MigrationPgFactory(pool)), pool };
}

// The engine's panic hook writes here (the Prisma CLI installs the same object); without it a panic kills node.
export const panics = (globalThis.PRISMA_WASM_PANIC_REGISTRY ??= {
  message: "",
  set_message(message) {
    this.message = message;
  },
  get() {
    return this.message;
  },
});

/** The package entry needs --experimental-wasm-modules on Node 20, so instantiate the module by hand. */
export async function loadSchemaEngine() {
  const bindingsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bindingsUrl);
  const wasmPath = path.join(path.dirname(fileURLToPath(bindingsUrl)), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(await fs.readFile(wasmPath)), {
    "./schema_engine_bg.js": bindings,
  });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings.SchemaEngine;
}

/** The migrations folder in the shape the Prisma CLI hands to the engine. */
export async function readMigrationsDirectory(directory) {
  const lockfile = await fs.readFile(path.join(directory, "migration_lock.toml"), "utf8").catch(() => null);
  const entries = await fs.readdir(directory, { withFileTypes: true }).catch(() => []);
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  const migrationDirectories = await Promise.all(
    names.map(async (name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: await fs.readFile(path.join(directory, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok", value }),
          (error) => ({ tag: "error", value: error.message }),
        ),
      },
    })),
  );
  return { baseDir: directory, lockfile: { path: "migration_lock.toml", content: lockfile }, migrationDirectories, shadowDbInitScript: "" };
}
