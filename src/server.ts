import type { Server } from "node:http";
import path from "node:path";
import { buildApp } from "./app.ts";
import { closeAppDeps, createAppDeps, createMailer, createPushSender } from "./bootstrap.ts";
import { openDatabase } from "./db/open-database.ts";
import { warnIfAutovacuumOff } from "./db/autovacuum-check.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { loadEnvFile } from "./env-file.ts";
import { startJobQueue, stopJobQueue } from "./db/job-queue.ts";
import { EmailDelivery } from "./jobs/email-delivery.ts";
import { PushDelivery } from "./jobs/push-delivery.ts";
import { WebhookDelivery } from "./jobs/webhook-delivery.ts";
import { attemptDeps } from "./modules/webhooks/webhook-attempts.ts";
import { scheduleMarketplaceSweeps } from "./jobs/marketplace-sweeps.ts";
import { createLogger, logFormatFor } from "./logger.ts";
import { handleUnhandledRejections } from "./unhandled-rejections.ts";
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from "./modules/accounts/seed-demo.ts";

const SHUTDOWN_GRACE_MS = 10_000;

/** Relative to the project when inside it, absolute otherwise. */
const displayPath = (target: string) => {
  const relative = path.relative(process.cwd(), target);
  return relative.startsWith("..") ? target : relative;
};

async function main(): Promise<void> {
  loadEnvFile();
  const config = loadConfig();
  const logger = createLogger(config.logLevel, logFormatFor(config));
  handleUnhandledRejections(logger);
  const database = await openDatabase(config, logger, { migrate: config.migrateOnStart || !config.databaseUrl });
  await warnIfAutovacuumOff(database.pool, logger);

  // First run of the embedded database: fill it with the demo accounts the README documents.
  if (database.embedded && config.seedDemoOnFirstRun && (await database.prisma.user.count()) === 0) {
    await seedDemo(database.prisma, { actor: "system:first-run", bcryptRounds: config.bcryptRounds, config });
    logger.info("seeded demo data");
  }

  const deps = createAppDeps(config, logger, database);
  const boss = await startJobQueue({ url: database.url, logger });
  const pushes = new PushDelivery({ boss, prisma: database.prisma, sender: createPushSender(config, logger), logger, pollingIntervalSeconds: config.pushPollIntervalMs / 1000, batchSize: PushDelivery.BATCH_SIZE });
  const mailer = createMailer(config, logger);
  const emails = new EmailDelivery({ boss, prisma: database.prisma, config, mailer, logger, pollingIntervalSeconds: config.pushPollIntervalMs / 1000 });
  const webhooks = new WebhookDelivery({ ...attemptDeps(deps), boss, logger, pollingIntervalSeconds: config.pushPollIntervalMs / 1000 });
  const app = buildApp(deps);
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, () => resolve(listening)).once("error", reject);
  });
  // Keep-alive sockets outlive a typical load balancer's idle timeout (AWS ALB: 60 s), so the balancer,
  // not this server, closes an idle one: otherwise it may send a request on a socket we are closing
  // and its client sees a reset. headersTimeout must exceed keepAliveTimeout (Node's rule).
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.headersTimeout = config.keepAliveTimeoutMs + 1_000;
  let stopping = false;
  // While draining, every response says `Connection: close` (also those of requests that arrived
  // before the signal, hence at writeHead), so a keep-alive client sends its next request elsewhere
  // instead of reusing a socket that is about to go.
  server.prependListener("request", (_req, res) => {
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof writeHead>) {
      if (stopping && !this.headersSent) this.shouldKeepAlive = false;
      return writeHead.apply(this, args);
    } as typeof writeHead;
  });
  await pushes.start();
  await emails.start();
  await webhooks.start();
  await scheduleMarketplaceSweeps({ boss, prisma: database.prisma, config, logger });

  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const base = `http://localhost:${port}/api/v2`;
  const lines = [
    `Hundi API listening on ${base}`,
    `  docs:     http://localhost:${port}/api/v2/docs`,
    `  database: ${database.embedded ? `embedded PostgreSQL, data in ${displayPath(database.embeddedDataDir!)}` : "DATABASE_URL"}`,
  ];
  // The embedded server's URL, so that `npx prisma migrate status`, Prisma Studio and psql can reach it.
  if (database.embedded) lines.push(`            ${database.url}`, `            (DATABASE_URL=${database.url} npx prisma studio)`);
  if (database.embedded) {
    lines.push(`  demo logins (password ${DEMO_PASSWORD}):`, ...DEMO_USERS.map((user) => `    ${user.role.padEnd(9)} ${user.email}`));
  }
  process.stdout.write(`${lines.join("\n")}\n`);

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, finishing in-flight requests");
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    // Sockets busy now become idle once they have answered: close those too, as they do.
    const idleSweep = setInterval(() => server.closeIdleConnections(), 100);
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    clearInterval(idleSweep);
    // Workers finish the jobs they hold (a push being sent, a sweep), and jobs fetched while pg-boss
    // stopped are worked and recorded, before the queue's pool and then the database close.
    await stopJobQueue(boss, { graceful: true, timeoutMs: SHUTDOWN_GRACE_MS });
    await mailer.close();
    await closeAppDeps(deps);
    await database.shutdown();
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error("Hundi API failed to start:", error);
  process.exit(1);
});
