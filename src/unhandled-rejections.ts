import { databaseUnavailableKind } from "./db/errors.ts";
import { oncePer, type Logger } from "./logger.ts";

/**
 * What a promise rejection nobody handled does to the process. pg-boss 10 (the line that supports
 * Node 20) completes and fails a worker's jobs without awaiting them (manager.js, work() > onFetch:
 * `this.complete(...)` / `this.fail(...)`), so when the database goes away mid-job that rejection has
 * no handler, and Node's default would kill an instance that could otherwise ride out the outage
 * (the fault test caught it). A rejection that says "the database is unreachable" is logged (once per
 * 10 s) and the job is left to pg-boss's expiry, which hands it out again; anything else still ends the
 * process, as Node would, for its supervisor to restart it.
 */
export function handleUnhandledRejections(logger: Logger): void {
  const due = oncePer(10_000);
  process.on("unhandledRejection", (reason) => {
    if (databaseUnavailableKind(reason)) {
      if (!due()) return;
      const { code, message } = reason as { code?: string; message?: string };
      logger.warn({ code, detail: message }, "background work lost the database; its job is retried once it is back");
      return;
    }
    logger.fatal({ err: reason }, "unhandled promise rejection: stopping");
    process.exit(1);
  });
}
