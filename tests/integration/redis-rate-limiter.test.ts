import crypto from "node:crypto";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import { RedisRateLimiter } from "../../src/providers/rate-limit/redis-rate-limiter.ts";

// Runs against a real Redis: REDIS_URL when set, else a local one on the default port if it answers.
const url = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
const reachable = await new Promise<boolean>((resolve) => {
  const target = new URL(url);
  const socket = net.connect(Number(target.port || 6379), target.hostname);
  socket.setTimeout(500);
  socket.once("connect", () => (socket.destroy(), resolve(true)));
  socket.once("error", () => resolve(false));
  socket.once("timeout", () => (socket.destroy(), resolve(false)));
});

describe.skipIf(!reachable)("RedisRateLimiter", () => {
  const limiter = new RedisRateLimiter(url, createLogger("silent"), `hundi-test:${crypto.randomUUID()}:`);
  afterAll(() => limiter.close());

  it("shares one counter between instances and expires it with the window", async () => {
    const second = new RedisRateLimiter(url, createLogger("silent"), (limiter as unknown as { prefix: string }).prefix);
    try {
      const results = await Promise.all(Array.from({ length: 5 }, (_, i) => (i % 2 ? second : limiter).consume("user:1", 3, 1_000)));
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
      expect(results.filter((r) => !r.allowed)).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await limiter.consume("user:1", 3, 1_000)).remaining).toBe(2);
    } finally {
      await second.close();
    }
  });

  it("fails open, and says so in the log, when Redis is unreachable", async () => {
    const dead = new RedisRateLimiter("redis://127.0.0.1:1", createLogger("silent"));
    try {
      expect((await dead.consume("k", 1, 1_000)).allowed).toBe(true);
    } finally {
      await dead.close();
    }
  });
});
