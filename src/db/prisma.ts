import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import type { Logger } from "../logger.ts";

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

export function connectDatabase(options: { url: string; poolSize: number; logger: Logger }): Database {
  // Timestamps are stored as UTC in `timestamp` columns (Prisma's convention); raw SQL that uses now()
  // or a column default must see the same clock whatever the server's TimeZone setting is.
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, options: "-c TimeZone=UTC" });
  // An idle client can be killed by the server (restart, Ctrl-C reaching an embedded postgres): log it
  // instead of letting the 'error' event crash the process. The pool replaces the client.
  pool.on("error", (error) => options.logger.warn({ err: error }, "idle database client error"));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { statementNameGenerator: preparedStatementName }) });
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
