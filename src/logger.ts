import { createRequire } from "node:module";
import { pino } from "pino";

export type Logger = pino.Logger;

// Anything that can identify a person or move money is removed before a log line is written.
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'req.headers["x-razorpay-signature"]',
  "*.password",
  "*.password_confirmation",
  "*.current_password",
  "*.passwordHash",
  "*.token",
  "*.fcm_token",
  "*.jwt",
  "*.secret",
  "*.pan",
  "*.aadhaar",
  "*.account_number",
  "*.accountNumber",
];

/**
 * True at most once per `intervalMs` for each key: one log line per kind of failure per interval,
 * however many requests, connections or jobs meet it (an outage is not a stack per request).
 */
export function oncePer(intervalMs: number): (key?: string) => boolean {
  const last = new Map<string, number>();
  return (key = "") => {
    const now = Date.now();
    if (now - (last.get(key) ?? -Infinity) < intervalMs) return false;
    last.set(key, now);
    return true;
  };
}

export type LogFormat = "json" | "pretty";

/**
 * JSON lines for machines (the default, and always in production); `pretty` for a person at a
 * terminal (pino-pretty, synchronous, in this process). LOG_FORMAT chooses; unset, a development
 * server writing to a terminal is pretty (see logFormatFor).
 */
export function createLogger(level: string, format: LogFormat = "json"): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[REDACTED]" },
    base: { service: "hundi-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const pretty = format === "pretty" ? prettyStream() : null;
  return pretty ? pino(options, pretty) : pino(options);
}

/** LOG_FORMAT when set; otherwise pretty only for development on a terminal. */
export function logFormatFor(config: { logFormat?: LogFormat; env: string }, isTty = Boolean(process.stdout.isTTY)): LogFormat {
  return config.logFormat ?? (config.env === "development" && isTty ? "pretty" : "json");
}

// Loaded only when asked for: it is a development dependency, absent from the production image.
function prettyStream(): pino.DestinationStream | null {
  try {
    const build = createRequire(import.meta.url)("pino-pretty") as (options: object) => pino.DestinationStream;
    return build({ sync: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,service" });
  } catch {
    return null;
  }
}
