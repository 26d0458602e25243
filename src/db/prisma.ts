import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { oncePer, type Logger } from "../logger.ts";

export type Db = PrismaClient;
/** The client handed to code running inside `db.$transaction(async (tx) => ...)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
/** Either the root client or a transaction: use cases that can join the caller's transaction take this. */
export type DbOrTx = Db | Tx;

export interface Database {
  /** Where it is, for the connections that are not pooled (LISTEN). */
  url: string;
  prisma: PrismaClient;
  pool: pg.Pool;
  close: () => Promise<void>;
}

// Every statement is prepared once per connection and then only bound and executed: PostgreSQL skips
// parsing and, once it has seen a statement five times, planning (a plan of the listing or a unit's
// detail costs more than running it). A name stands for one SQL text for the life of the process; the
// texts are Prisma's and ours, a bounded set (IN lists vary only with their length), and past
// MAX_PREPARED_STATEMENTS new texts simply run unprepared. A migration that changes a table's shape
// needs a restart of running servers (their prepared plans would refuse the new shape).
const MAX_PREPARED_STATEMENTS = 2_000;
const statementNames = new Map<string, string>();
function preparedStatementName(query: { sql: string }): string {
  let name = statementNames.get(query.sql);
  if (name === undefined && statementNames.size < MAX_PREPARED_STATEMENTS) statementNames.set(query.sql, (name = `hundi_${statementNames.size}`));
  // pg runs a query with an empty name as an unnamed (unprepared) statement.
  return name ?? "";
}

/**
 * A pg pool that survives its server going away. Timestamps are stored as UTC in `timestamp` columns
 * (Prisma's convention); raw SQL that uses now() or a column default must see the same clock whatever
 * the server's TimeZone setting is.
 *
 * A connection the server ends (restart, outage, Ctrl-C reaching an embedded postgres) emits 'error';
 * with no listener Node ends the process. The pool listens on its idle clients only, and a client is
 * also idle between the statements of a transaction it is checked out for: so every client gets a
 * listener of its own when it connects (the query or transaction that used it fails on its own, and
 * the pool drops the broken client). One log line per kind per 10 s, code and message only: pg's error
 * carries the whole client (4 KB of connection state) and every pooled client reports the same outage.
 */
export function resilientPool(options: { url: string; max: number; logger: Logger; applicationName?: string }): pg.Pool {
  const pool = new pg.Pool({ connectionString: options.url, max: options.max, options: "-c TimeZone=UTC", application_name: options.applicationName });
  const due = oncePer(10_000);
  const lost = (error: Error & { code?: string }) => {
    if (!due(error.code ?? error.message)) return;
    options.logger.warn({ code: error.code, detail: error.message }, "database connection lost; the pool replaces it");
  };
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  pool.query = queryKeepingHealthyConnections(pool);
  return pool;
}

// SQLSTATE classes after which a connection is not trusted again: connection exception (08),
// insufficient resources (53), operator intervention (57: shutdown, a terminated backend, a cancelled
// statement), system error (58), internal error (XX).
const CONNECTION_LEVEL_CLASSES = new Set(["08", "53", "57", "58", "XX"]);

/** An error the server answered for one statement, on a connection that goes on working. */
function isStatementError(error: unknown): boolean {
  return error instanceof pg.DatabaseError && typeof error.code === "string" && !CONNECTION_LEVEL_CLASSES.has(error.code.slice(0, 2));
}

/**
 * Whether pg sends the query with the extended protocol (a name or parameters): then it is exactly one
 * statement. A text without either goes as a simple query, which may hold several statements, and
 * pg-boss's maintenance sends "BEGIN; ...; COMMIT;" that way: failing half-way, it leaves the session
 * inside an aborted transaction, and such a connection must not be handed out again.
 */
function isSingleStatement(config: string | pg.QueryConfig, values?: unknown[]): boolean {
  if (typeof config === "string") return (values?.length ?? 0) > 0;
  return Boolean(config.name) || (config.values?.length ?? 0) > 0 || (values?.length ?? 0) > 0;
}

/**
 * pg-pool's query() hands back the connection of any failed query as broken (release(error)), and the
 * pool closes it. Our refusals are often statement errors by design: a second live bid is a unique
 * violation (409), an overdraft the accounts' CHECK (422), a stale acceptance assert_statement's error.
 * Each one cost a new connection (PostgreSQL starts a backend, 2-3 ms of its CPU) and the loss of every
 * statement prepared and planned on the old one: measured with 50 clients sending bids that all
 * collide, 30 answers a second with a p99 of 5.7 s, where bids that succeed ran at 550 a second. A
 * statement error leaves the connection ready for the next statement (the server rolls the statement
 * back and answers ReadyForQuery; pg records a prepared statement only once the server parsed it), so
 * it goes back to the pool when the query was one statement (isSingleStatement); anything else (a
 * lost socket, a terminated backend, a failed multi-statement text) still closes it.
 * Promise form only: that is how Prisma's adapter and our code call it.
 */
function queryKeepingHealthyConnections(pool: pg.Pool): pg.Pool["query"] {
  const query = async (config: string | pg.QueryConfig, values?: unknown[]) => {
    if (typeof values === "function") throw new TypeError("pool.query: callbacks are not supported, await the promise");
    const client = await pool.connect();
    try {
      const result = await client.query(config, values);
      client.release();
      return result;
    } catch (error) {
      client.release(isStatementError(error) && isSingleStatement(config, values) ? undefined : (error as Error));
      throw error;
    }
  };
  return query as pg.Pool["query"];
}

export function connectDatabase(options: { url: string; poolSize: number; logger: Logger }): Database {
  const pool = resilientPool({ url: options.url, max: options.poolSize, logger: options.logger });
  // errorFormat "minimal": no source excerpts of our files in error messages (they went into logs).
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName }), errorFormat: "minimal" });
  let closed = false;
  return {
    url: options.url,
    prisma,
    pool,
    close: async () => {
      if (closed) return;
      closed = true;
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
