import type { Database } from "../../src/db/prisma.ts";

// For tests of what an instance keeps in memory: changes made as another process would make them.

/**
 * Runs `sql` on `db` with no trigger firing (replica mode, this transaction only): no notification is
 * sent and no version moves, so a cache can only see it by reading the database again.
 */
export const silently = (db: Database, sql: string, ...values: unknown[]) =>
  db.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql, ...values);
  });

/** Whether `check` comes true within `ms`, asking every 10 ms. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
}
