/** Fixed-window request counter (flexible-rate-limiter.ts, on rate-limiter-flexible); the middleware does the rest. */
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
