import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../src/db/migrations.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { checkLedger } from "../../src/ledger/ledger-check.ts";
import { createLogger } from "../../src/logger.ts";
import { createThrowawayDatabase } from "../helpers/throwaway-database.ts";

// One real PostgreSQL for the whole run: a fresh database on DATABASE_URL's server, or an embedded
// PostgreSQL when it is unset (a developer's data is never touched). Migrations are applied exactly as
// `npm start` applies them. After the run, the ledger's invariants are checked on everything the tests did.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const database = await createThrowawayDatabase("hundi_test");
  await applyMigrations(database.url);
  process.stderr.write(`[tests] ${database.embedded ? "embedded PostgreSQL" : "throw-away database on DATABASE_URL's server"} ready in ${Math.round(performance.now() - started)} ms\n`);
  project.provide("databaseUrl", database.url);
  return async () => {
    const connection = connectDatabase({ url: database.url, poolSize: 1, logger: createLogger("silent") });
    try {
      const problems = await checkLedger(connection.prisma);
      const transactions = await connection.prisma.ledgerTransaction.count();
      process.stderr.write(`[tests] ledger-check after the suite: ${transactions} transactions, ${problems.length} problems\n`);
      if (problems.length > 0) throw new Error(`ledger-check failed after the test suite:\n${problems.map((p) => `  ${p.kind} ${p.id}: ${p.detail}`).join("\n")}`);
    } finally {
      await connection.close();
      await database.drop();
    }
  };
}
