import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";

// SPEC 1: five consecutive failed logins for one email lock that email for 15 minutes (429), whether
// or not an account exists for it. On rate-limiter-flexible's PostgreSQL store, so every API instance
// sees the same count with or without Redis (a lockout that a second instance did not know about would
// multiply an attacker's guesses), and each failure is one atomic upsert, so concurrent failures are
// all counted. Failures never lapse on their own (duration 0): only a success or the end of a lock
// clears them; the fifth failure sets the 15-minute lock (blockDuration), and an expired lock starts a
// fresh count.

export const MAX_CONSECUTIVE_FAILURES = 5;
export const LOCK_MINUTES = 15;

const lockouts = new WeakMap<pg.Pool, RateLimiterPostgres>();

function lockoutOn(pool: pg.Pool): RateLimiterPostgres {
  let limiter = lockouts.get(pool);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: pool,
      tableName: "login_lockouts",
      tableCreated: true, // the migration 20261202130000 made it
      keyPrefix: "login",
      points: MAX_CONSECUTIVE_FAILURES - 1, // the fifth consumption is over the limit: it locks
      duration: 0,
      blockDuration: LOCK_MINUTES * 60,
    });
    lockouts.set(pool, limiter);
  }
  return limiter;
}

/** Seconds until the email may try again, or 0 when it is not locked. */
export async function lockedForSeconds(pool: pg.Pool, email: string): Promise<number> {
  const state = await lockoutOn(pool).get(email);
  if (!state || state.consumedPoints < MAX_CONSECUTIVE_FAILURES) return 0;
  return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
}

export async function recordFailedLogin(pool: pg.Pool, email: string): Promise<void> {
  try {
    await lockoutOn(pool).consume(email);
  } catch (outcome) {
    if (!(outcome instanceof RateLimiterRes)) throw outcome; // over the limit: the lock is now set
  }
}

export async function clearFailedLogins(pool: pg.Pool, email: string): Promise<void> {
  await lockoutOn(pool).delete(email);
}
