import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import { openDatabase } from "./db/open-database.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { loadEnvFile } from "./env-file.ts";
import { createLogger, logFormatFor } from "./logger.ts";
import { seedDemo } from "./modules/accounts/seed-demo.ts";

// `npm run start:cluster`: one API process per core (WEB_CONCURRENCY overrides) on node:cluster, all
// on one port. The primary does what must happen once: it owns the embedded PostgreSQL when there is
// no DATABASE_URL, applies migrations and seeds the demo data on a first run, then starts the workers
// with the database's URL. A worker that dies is replaced; SIGTERM/SIGINT drain every worker (each
// finishes its in-flight requests, see server.ts) before the primary stops the database.
// Background jobs run in every worker: each is safe with many instances (row locks, SKIP LOCKED).
// Rate limits are per process unless REDIS_URL is set (then shared by the whole fleet).

const RESTART_DELAY_MS = 1_000;
const DRAIN_TIMEOUT_MS = 15_000;

async function primary() {
  loadEnvFile();
  const requested = process.env.WEB_CONCURRENCY?.trim();
  if (requested && !/^[1-9]\d{0,2}$/.test(requested)) throw new ConfigError(`Invalid configuration:\n  WEB_CONCURRENCY: must be a whole number of workers from 1 to 999 (got "${requested}")`);
  const count = requested ? Number(requested) : os.availableParallelism();
  const config = loadConfig(); // also creates the development JWT secret once, for every worker to read
  const logger = createLogger(config.logLevel, logFormatFor(config));
  const database = await openDatabase(config, logger, { migrate: config.migrateOnStart || !config.databaseUrl });
  if (database.embedded && config.seedDemoOnFirstRun && (await database.prisma.user.count()) === 0) {
    await seedDemo(database.prisma, { actor: "system:first-run", bcryptRounds: config.bcryptRounds, config });
    logger.info("seeded demo data");
  }
  await database.close(); // the primary serves nothing; an embedded server keeps running for the workers

  const env = { DATABASE_URL: database.url, MIGRATE_ON_START: "false", SEED_DEMO_ON_FIRST_RUN: "false", HUNDI_CLUSTER_WORKER: "1" };
  let stopping = false;
  const start = () => {
    const worker = cluster.fork(env);
    logger.info({ worker: worker.process.pid }, "cluster worker started");
    return worker;
  };
  cluster.on("exit", (worker: Worker, code, signal) => {
    if (stopping) return;
    logger.error({ worker: worker.process.pid, code, signal }, "cluster worker died; starting another");
    setTimeout(() => !stopping && start(), RESTART_DELAY_MS).unref();
  });
  for (let i = 0; i < count; i++) start();
  process.stdout.write(`Hundi API cluster: ${count} workers (primary ${process.pid})${database.embedded ? `, embedded PostgreSQL at ${database.url}` : ""}\n`);

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "cluster draining its workers");
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => Boolean(worker));
    const exited = workers.map((worker) => new Promise<void>((resolve) => (worker.isDead() ? resolve() : worker.once("exit", () => resolve()))));
    for (const worker of workers) worker.process.kill("SIGTERM");
    const force = setTimeout(() => workers.forEach((worker) => worker.process.kill("SIGKILL")), DRAIN_TIMEOUT_MS);
    await Promise.all(exited);
    clearTimeout(force);
    await database.shutdown();
    logger.info("cluster stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

if (cluster.isPrimary) {
  primary().catch((error: unknown) => {
    if (error instanceof ConfigError) console.error(error.message);
    else console.error("Hundi API cluster failed to start:", error);
    process.exit(1);
  });
} else {
  await import("./server.ts");
}
