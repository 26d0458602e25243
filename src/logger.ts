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

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: { paths: REDACTED_PATHS, censor: "[REDACTED]" },
    base: { service: "hundi-api" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}
