import { Prisma } from "../generated/prisma/client.ts";

/** A unique constraint stopped the write (Prisma P2002, or 23505 from a raw query). */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return true;
    const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string } } | undefined)?.cause;
    return cause?.originalCode === "23505";
  }
  return false;
}

/** A CHECK constraint refused the write (23514 from a raw query), optionally a named one. */
export function isCheckViolation(error: unknown, constraint?: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  const cause = (error.meta?.driverAdapterError as { cause?: { originalCode?: string; originalMessage?: string } } | undefined)?.cause;
  return cause?.originalCode === "23514" && (constraint === undefined || (cause.originalMessage ?? "").includes(`"${constraint}"`));
}

// What "the database cannot be reached" looks like: Prisma's codes for it, the driver adapter's error
// kinds, PostgreSQL's connection-exception and shutdown codes, and node-postgres' own (our pool is also
// used directly: the LISTEN connection, the login lockout).
const UNREACHABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TlsConnectionError"]);
const UNREACHABLE_CODES = /^(08\d{3}|57P0[1-3]|53300|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EHOSTUNREACH|ENETUNREACH)$/;
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|connection is not open|Can't reach database server/i;

/**
 * Why the database could not answer, when that is the reason ("DatabaseNotReachable", "57P01", ...),
 * else null: the request gets 503 SERVICE_UNAVAILABLE with Retry-After instead of a 500, and the log
 * gets one line per kind per interval instead of a stack per request.
 */
export function databaseUnavailableKind(error: unknown): string | null {
  for (let current: unknown = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth++) {
    const candidate = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } } };
    const adapter = candidate.meta?.driverAdapterError?.cause;
    if (adapter?.kind && UNREACHABLE_ADAPTER_KINDS.has(adapter.kind)) return adapter.kind;
    if (adapter?.originalCode && UNREACHABLE_CODES.test(adapter.originalCode)) return adapter.originalCode;
    if (typeof candidate.code === "string" && (UNREACHABLE_PRISMA_CODES.has(candidate.code) || UNREACHABLE_CODES.test(candidate.code))) return candidate.code;
    if (typeof candidate.message === "string" && UNREACHABLE_MESSAGES.test(candidate.message)) return "connection";
  }
  return null;
}
