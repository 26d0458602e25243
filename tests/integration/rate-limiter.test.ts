import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { FlexibleRateLimiter } from "../../src/providers/rate-limit/flexible-rate-limiter.ts";
import { redisReachable, redisUrl } from "../helpers/redis.ts";

// The request limiter on rate-limiter-flexible: in memory, and on a real Redis (REDIS_URL when set,
// else a local one on the default port if it answers).
const url = redisUrl;
const reachable = await redisReachable();
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("FlexibleRateLimiter in memory", () => {
  it("counts within a window, per key, and starts again after it", async () => {
    const limiter = FlexibleRateLimiter.inMemory();
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await limiter.consume("k", 2, 1_000));
    expect(results.map((r) => [r.allowed, r.limit, r.remaining])).toEqual([
      [true, 2, 1],
      [true, 2, 0],
      [false, 2, 0],
    ]);
    expect(results[2]!.resetSeconds).toBe(1);
    expect((await limiter.consume("other", 2, 1_000)).remaining).toBe(1);
    await wait(1_100);
    expect((await limiter.consume("k", 2, 1_000)).allowed).toBe(true);
    expect((await limiter.consume("k", 5, 60_000)).remaining).toBe(4); // another limit, another counter
    await limiter.close();
  });
});

describe.skipIf(!reachable)("FlexibleRateLimiter on Redis", () => {
  const prefix = `hundi-test:${crypto.randomUUID()}`;
  const limiter = FlexibleRateLimiter.onRedis(url, createLogger("silent"), prefix);
  afterAll(() => limiter.close());

  it("shares one counter between instances and expires it with the window", async () => {
    const second = FlexibleRateLimiter.onRedis(url, createLogger("silent"), prefix);
    try {
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => (i % 2 ? second : limiter).consume("user:1", 3, 1_000)));
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
      expect(results.filter((r) => !r.allowed)).toHaveLength(2);
      await wait(1_100);
      expect((await limiter.consume("user:1", 3, 1_000)).remaining).toBe(2);
    } finally {
      await second.close();
    }
  });

  it("keeps limiting, per instance, while Redis is unreachable", async () => {
    const dead = FlexibleRateLimiter.onRedis("redis://127.0.0.1:1", createLogger("silent"), prefix);
    try {
      expect((await dead.consume("k", 1, 60_000)).allowed).toBe(true);
      expect((await dead.consume("k", 1, 60_000)).allowed).toBe(false);
    } finally {
      await dead.close();
    }
  });
});
