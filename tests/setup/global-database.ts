import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../../src/db/embedded-postgres.ts";
import { applyMigrations } from "../../src/db/migrations.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { createLogger } from "../../src/logger.ts";

// One real PostgreSQL for the whole run. With DATABASE_URL: a fresh throw-away database on that
// server (never the database the URL names, so a developer's data is never touched). Without it: an
// embedded PostgreSQL in a temporary directory. Migrations are applied exactly as `npm start` does.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });

export default async function setup(project: TestProject) {
  const started = performance.now();
  let url: string;
  let teardown: () => Promise<void>;
  if (process.env.DATABASE_URL) {
    const target = new URL(process.env.DATABASE_URL);
    target.pathname = `/hundi_test_${crypto.randomBytes(4).toString("hex")}`;
    url = target.toString();
    await createDatabaseIfMissing(url);
    teardown = async () => {
      const admin = new URL(url);
      admin.pathname = "/postgres";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
      await client.end();
    };
  } else {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-test-pg-"));
    fs.chmodSync(dataDir, 0o777); // postgres runs as the OS user `postgres` when we are root
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port: await freePort(), database: "hundi_test", persistent: false });
    url = embedded.url;
    teardown = async () => {
      await embedded.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    };
  }
  await applyMigrations(url);
  process.stderr.write(`[tests] ${process.env.DATABASE_URL ? "throw-away database on DATABASE_URL's server" : "embedded PostgreSQL"} ready in ${Math.round(performance.now() - started)} ms\n`);
  project.provide("databaseUrl", url);
  return async () => {
    // Whatever the tests did to money, the ledger must still hold together: a failure here fails the run.
    const database = connectDatabase({ url, poolSize: 1, logger: createLogger("silent") });
    try {
      const problems = await checkLedger(database.prisma);
      const transactions = await database.prisma.ledgerTransaction.count();
      process.stderr.write(`[tests] ledger-check after the suite: ${transactions} transactions, ${problems.length} problems\n`);
      if (problems.length > 0) throw new Error(`ledger-check failed after the test suite:\n${problems.map((p) => `  ${p.kind} ${p.id}: ${p.detail}`).join("\n")}`);
    } finally {
      await database.close();
      await teardown();
    }
  };
}
