#!/usr/bin/env node
// Stand-in for Prisma's native `schema-engine` binary (which needs a download these machines cannot make).
// It answers the Prisma CLI's JSON-RPC on stdin/stdout, one JSON object per line, with the WASM engine.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here, so `prisma migrate dev|deploy|status`,
// `prisma db push|pull|execute` and `prisma generate` all work offline.
import fs from "node:fs/promises";
import readline from "node:readline";
import pg from "pg";
import { createMigrationAdapter, loadSchemaEngine } from "./wasm-engine.mjs";

const argv = process.argv.slice(2);
const optionValues = (name) => argv.flatMap((arg, index) => (arg === name ? [argv[index + 1]] : []));
const logLine = (level, message, extra = {}) =>
  process.stderr.write(`${JSON.stringify({ level, target: "schema_engine::logger", fields: { message, ...extra } })}\n`);

if (argv.includes("--version")) {
  console.log("schema-engine-cli wasm-shim");
  process.exit(0);
}

const datasource = JSON.parse(optionValues("--datasource")[0] ?? "{}");
const url = datasource.url ?? process.env.DATABASE_URL;

async function runOneShot(subcommand) {
  // The CLI drops the first stderr line and JSON-parses the rest: say something harmless first.
  logLine("INFO", `wasm shim: cli ${subcommand}`);
  const target = new URL(url);
  const database = decodeURIComponent(target.pathname.slice(1));
  try {
    if (subcommand === "can-connect-to-database") {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
    } else if (subcommand === "create-database" || subcommand === "drop-database") {
      target.pathname = "/postgres";
      const client = new pg.Client({ connectionString: target.toString() });
      await client.connect();
      const verb = subcommand === "create-database" ? "CREATE" : "DROP";
      await client.query(`${verb} DATABASE "${database.replaceAll('"', '""')}"`);
      await client.end();
    } else {
      throw new Error(`unsupported cli subcommand ${subcommand}`);
    }
    console.log(JSON.stringify({ result: database }));
    process.exit(0);
  } catch (error) {
    logLine("ERROR", error.message, { error_code: error.code === "3D000" ? "P1003" : undefined });
    process.exit(1);
  }
}

if (argv.includes("cli")) await runOneShot(argv[argv.indexOf("cli") + 1]);

const datamodels = await Promise.all(optionValues("--datamodels").map(async (file) => [file, await fs.readFile(file, "utf8")]));
const SchemaEngine = await loadSchemaEngine();
const { adapter, pool } = createMigrationAdapter(url, datasource.shadowDatabaseUrl);
const engine = await SchemaEngine.new(
  { datamodels: datamodels.length > 0 ? datamodels : undefined },
  (line) => process.stderr.write(`${line}\n`),
  adapter,
);

// Engine quirk: evaluateDataLoss/createMigration fail ("PostgreSQL shadow DB must be provided through an
// external factory") unless devDiagnostic ran first on this instance. `prisma migrate dev` needs both.
const needsDevDiagnostic = new Set(["evaluateDataLoss", "createMigration"]);
const methodAliases = { getDatabaseVersion: "version" };

let queue = Promise.resolve();
readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on("line", (line) => {
    const request = line.trim() ? JSON.parse(line) : null;
    if (!request?.method) return; // a blank line, or the CLI's acknowledgement of our `print` request
    queue = queue.then(async () => {
      let response;
      try {
        if (needsDevDiagnostic.has(request.method)) {
          await engine.devDiagnostic({ migrationsList: request.params.migrationsList, filters: request.params.filters }).catch(() => {});
        }
        const method = engine[methodAliases[request.method] ?? request.method];
        if (typeof method !== "function") throw new Error(`${request.method} is not supported by the wasm shim`);
        const result = (await method.call(engine, request.params ?? {})) ?? null;
        if (request.method === "diff" && result.stdout != null) {
          // The native engine prints a diff through a `print` request to the CLI.
          const print = { jsonrpc: "2.0", id: 1e9 + request.id, method: "print", params: { content: result.stdout } };
          process.stdout.write(`${JSON.stringify(print)}\n`);
          result.stdout = null;
        }
        response = { jsonrpc: "2.0", id: request.id, result };
      } catch (error) {
        response = {
          jsonrpc: "2.0",
          id: request.id,
          error: {
            code: 4466,
            message: "An error happened. Check the data field for details.",
            data: { is_panic: false, message: error?.message ?? String(error), error_code: error?.code, meta: error?.meta },
          },
        };
      }
      process.stdout.write(`${JSON.stringify(response)}\n`);
    });
  })
  .on("close", () =>
    queue.then(async () => {
      engine.free();
      await pool.end();
      process.exit(0);
    }),
  );
