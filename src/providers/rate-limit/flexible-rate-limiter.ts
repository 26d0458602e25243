import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { oncePer, type Logger } from "../../logger.ts";
import type { RateLimiter, RateLimitResult } from "./rate-limiter.ts";

// Request rate limits on rate-limiter-flexible (maintained, atomic in Redis, used at scale) instead of
// our own counters. One limiter per (limit, window) pair, made on first use; keys are the caller's
// ("user:12", "ip:…", "auth-ip:…").

type Make = (options: { points: number; duration: number; keyPrefix: string }) => RateLimiterAbstract;

export class FlexibleRateLimiter implements RateLimiter {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  private constructor(
    private readonly make: Make,
    private readonly onClose: () => Promise<void> = async () => undefined,
  ) {}

  /** Per-process counters: right for one instance; set REDIS_URL when running several. */
  static inMemory(prefix = "hundi:ratelimit"): FlexibleRateLimiter {
    return new FlexibleRateLimiter((options) => new RateLimiterMemory({ ...options, keyPrefix: `${prefix}:${options.keyPrefix}` }));
  }

  /**
   * Counters in Redis, shared by every instance. Commands wait for the connection (so the first
   * requests after a start are counted) but never longer than 300 ms. While Redis is unreachable each
   * instance counts in its own memory (rate-limiter-flexible's insurance limiter): limits stay on, per
   * instance, instead of failing open or taking the API down; the outage is logged once a minute.
   */
  static onRedis(url: string, logger: Logger, prefix = "hundi:ratelimit"): FlexibleRateLimiter {
    const redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: true, commandTimeout: 300 });
    const due = oncePer(60_000);
    redis.on("error", (error) => {
      if (!due()) return;
      logger.warn({ err: error }, "redis unreachable: rate limits are counted per instance until it is back");
    });
    const make: Make = (options) =>
      new RateLimiterRedis({
        ...options,
        storeClient: redis,
        keyPrefix: `${prefix}:${options.keyPrefix}`,
        insuranceLimiter: new RateLimiterMemory({ ...options, keyPrefix: `${prefix}:insurance:${options.keyPrefix}` }),
      });
    return new FlexibleRateLimiter(make, async () => {
      await redis.quit().catch(() => redis.disconnect());
    });
  }

  async consume(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const limiter = this.limiterFor(limit, windowMs);
    try {
      return toResult(true, limit, await limiter.consume(key));
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) return toResult(false, limit, outcome);
      throw outcome;
    }
  }

  private limiterFor(limit: number, windowMs: number): RateLimiterAbstract {
    const name = `${limit}:${windowMs}`;
    let limiter = this.limiters.get(name);
    if (!limiter) this.limiters.set(name, (limiter = this.make({ points: limit, duration: windowMs / 1000, keyPrefix: name })));
    return limiter;
  }

  async close(): Promise<void> {
    this.limiters.clear();
    await this.onClose();
  }
}

function toResult(allowed: boolean, limit: number, outcome: RateLimiterRes): RateLimitResult {
  return { allowed, limit, remaining: Math.max(0, outcome.remainingPoints), resetSeconds: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
}
