import type { RequestHandler } from "express";
import type { Logger } from "../logger.ts";

// One line per request when it ends, with its id, and `res.log` for anything logged while serving it.
// It replaces pino-http, which built a child logger (serialising its bindings) and several closures on
// every request even with logging off: about 4% of a read's CPU (bench/README.md). Here the child is
// made only when something logs through it, and the access line only when its level is enabled.

/** Probes and health checks: logged at debug, so that a load balancer polling them fills no logs. */
const QUIET_PATHS = new Set(["/api/v2/health", "/api/v2/ready"]);

export function accessLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    let child: Logger | undefined;
    Object.defineProperty(res, "log", {
      configurable: true,
      get: () => (child ??= logger.child({ reqId: res.locals.requestId })),
    });
    const done = (aborted: boolean) => {
      const status = res.statusCode;
      const path = req.originalUrl.split("?")[0]!;
      // 503s during a database outage are warnings: the outage itself is logged once per interval.
      const level = aborted || status >= 400 ? (status >= 500 && status !== 503 ? "error" : "warn") : QUIET_PATHS.has(path) ? "debug" : "info";
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          reqId: res.locals.requestId,
          req: { method: req.method, url: path, remoteAddress: req.ip },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
          userId: res.locals.userId,
          // The unexpected error behind a 500 (error-handler.ts): logged here, once, with the request id.
          ...(res.locals.error ? { err: res.locals.error } : {}),
        },
        aborted ? "request aborted" : "request completed",
      );
    };
    res.once("finish", () => done(false));
    res.once("close", () => {
      if (!res.writableFinished) done(true);
    });
    next();
  };
}
