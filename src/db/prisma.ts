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

export function connectDatabase(options: { url: string; poolSize: number; logger: Logger }): Database {
  // Timestamps are stored as UTC in `timestamp` columns (Prisma's convention); raw SQL that uses now()
  // or a column default must see the same clock whatever the server's TimeZone setting is.
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize, options: "-c TimeZone=UTC" });
  // An idle client can be killed by the server (restart, Ctrl-C reaching an embedded postgres): log it
  // instead of letting the 'error' event crash the process. The pool replaces the client.
  pool.on("error", (error) => options.logger.warn({ err: error }, "idle database client error"));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
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
