import type { Db } from "../../db/prisma.ts";

// SPEC 1: five consecutive failed logins for one email lock that email for 15 minutes (429), whether
// or not an account exists for it. Kept in PostgreSQL so every API instance sees the same count, and
// updated with one atomic statement so concurrent failures are all counted.

export const MAX_CONSECUTIVE_FAILURES = 5;
export const LOCK_MINUTES = 15;

/** Seconds until the email may try again, or 0 when it is not locked. */
export async function lockedForSeconds(db: Db, email: string): Promise<number> {
  const row = await db.loginFailure.findUnique({ where: { email } });
  if (!row?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((row.lockedUntil.getTime() - Date.now()) / 1000));
}

export async function recordFailedLogin(db: Db, email: string): Promise<void> {
  // An expired lock starts a fresh count; the fifth failure in a row sets the lock.
  await db.$executeRaw`
    INSERT INTO login_failures (email, failures, locked_until, updated_at)
    VALUES (${email}, 1, NULL, now())
    ON CONFLICT (email) DO UPDATE SET
      failures = CASE WHEN login_failures.locked_until <= now() THEN 1 ELSE login_failures.failures + 1 END,
      locked_until = CASE
        WHEN login_failures.locked_until <= now() THEN NULL
        WHEN login_failures.failures + 1 >= ${MAX_CONSECUTIVE_FAILURES}
          THEN COALESCE(login_failures.locked_until, now() + make_interval(mins => ${LOCK_MINUTES}))
        ELSE login_failures.locked_until
      END,
      updated_at = now()`;
}

export async function clearFailedLogins(db: Db, email: string): Promise<void> {
  await db.loginFailure.deleteMany({ where: { email } });
}
