import type pg from "pg";
import type { Logger } from "../logger.ts";

/**
 * What to tell the operator about the server's autovacuum setting, or null when it is on.
 *
 * The API prepares each statement once per pooled connection, and PostgreSQL keeps a prepared
 * statement's plan until the statistics of a table it reads change (ANALYZE). With autovacuum off
 * nothing analyses the tables as they grow: a plan made while the ledger had a few hundred rows (a
 * sequential scan, the cheaper plan then) stays for the life of the connection and costs more with
 * every row. Measured on a benchmark market: 17.8 million ledger rows read during 4,903 bids
 * (bench/README.md, fourteenth round). The API still works, so this is a warning, not a refusal.
 */
export function autovacuumWarning(setting: string | undefined): string | null {
  if (setting !== "off") return null;
  return "PostgreSQL autovacuum is off: nothing analyses the tables as they grow, so statements prepared while a table was small keep plans made for that size. Turn autovacuum on, or run ANALYZE on a schedule.";
}

/** Logs autovacuumWarning once at start, for the database the server runs on. */
export async function warnIfAutovacuumOff(pool: pg.Pool, logger: Logger): Promise<void> {
  const { rows } = await pool.query<{ autovacuum: string }>("SHOW autovacuum");
  const warning = autovacuumWarning(rows[0]?.autovacuum);
  if (warning) logger.warn({ autovacuum: rows[0]?.autovacuum }, warning);
}
