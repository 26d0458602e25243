// When a failed attempt is tried again (issue 12): about 5 s, 30 s, 2 min, 10 min, 30 min, 2 h, 6 h and
// 12 h after each failure, each delay spread by +-20% so that a receiver that comes back is not hit by
// every queued delivery in the same second. Nine attempts over about 21 hours; an endpoint that has
// failed every attempt for 24 hours is disabled and its owner told. Messages are kept, and can be
// replayed, for 30 days.

export const RETRY_DELAYS_SECONDS = [5, 30, 120, 600, 1_800, 7_200, 21_600, 43_200] as const;
const JITTER = 0.2;

export const DISABLE_AFTER_FAILING_MS = 24 * 60 * 60 * 1000;
export const REPLAY_WINDOW_DAYS = 30;

/** The wait before the attempt after attempt `attempt` (1-based) failed, or null when that was the last. */
export function retryDelayMs(attempt: number, delaysSeconds: readonly number[] = RETRY_DELAYS_SECONDS, random = Math.random): number | null {
  const base = delaysSeconds[attempt - 1];
  if (base === undefined) return null;
  return Math.round(base * 1000 * (1 - JITTER + 2 * JITTER * random()));
}
