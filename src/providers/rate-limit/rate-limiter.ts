/** Fixed-window request counter. One implementation per backing store; the middleware does the rest. */
export interface RateLimiter {
  /** Counts one request for `key` in the current window of `windowMs`. */
  consume(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  close(): Promise<void>;
}

export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window resets (for Retry-After). */
  resetSeconds: number;
}

export function toResult(count: number, limit: number, msLeft: number): RateLimitResult {
  return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
}
