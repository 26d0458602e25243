import { Redis } from "ioredis";
import type { Logger } from "../../logger.ts";
import { toResult, type RateLimiter, type RateLimitResult } from "./rate-limiter.ts";

// INCR and the expiry in one script, so a crash between them cannot leave a counter that never resets.
const CONSUME_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

/** Shared counters for several API instances. */
export class RedisRateLimiter implements RateLimiter {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly prefix = "hundi:ratelimit:",
  ) {
    // Commands wait for the connection (so the first requests after start are counted), but never
    // longer than commandTimeout: a dead Redis costs a request 300 ms, not a hang.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, commandTimeout: 300 });
    this.redis.on("error", (error) => this.logger.warn({ err: error }, "redis rate limiter error"));
  }

  async consume(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    try {
      const [count, ttl] = (await this.redis.eval(CONSUME_SCRIPT, 1, this.prefix + key, String(windowMs))) as [number, number];
      return toResult(count, limit, ttl);
    } catch (error) {
      // Fail open: an unreachable Redis must not take the whole API down. Logged so it is noticed;
      // the per-email login lockout lives in PostgreSQL and still protects credentials.
      this.logger.error({ err: error }, "rate limiter unavailable, request allowed");
      return toResult(0, limit, windowMs);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
