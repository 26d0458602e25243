import { describe, expect, it } from "vitest";
import { VersionedCache } from "../../src/db/versioned-cache.ts";

function cache(options: { live?: () => boolean; ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const c = new VersionedCache<string>({ name: "test pages", pollMs: 50, ttlMs: options.ttlMs ?? 30_000, maxEntries: options.maxEntries ?? 100, live: options.live ?? (() => true), now: () => now });
  return { c, tick: (ms: number) => (now += ms) };
}
/** A cache that polls `readVersion` every 5 ms, as the app's caches poll the database. */
const polled = (readVersion: () => Promise<bigint>) => new VersionedCache<string>({ name: "test pages", readVersion, pollMs: 5, ttlMs: 30_000, maxEntries: 10 });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  return check();
};

describe("VersionedCache", () => {
  it("serves what it stored until everything is forgotten", () => {
    const { c } = cache();
    c.remember("a", "page a", c.epoch);
    expect(c.get("a")).toBe("page a");
    expect(c.get("b")).toBeUndefined();
    c.forgetAll();
    expect(c.get("a")).toBeUndefined();
  });

  it("does not store a read that was in flight while a change was seen", () => {
    const { c } = cache();
    const before = c.epoch;
    c.forgetAll(); // the poll sees the version move while the read is running
    c.remember("a", "old page", before);
    expect(c.get("a")).toBeUndefined();
    c.remember("a", "new page", c.epoch);
    expect(c.get("a")).toBe("new page");
  });

  it("neither serves nor stores while changes are not being followed", () => {
    let live = true;
    const { c } = cache({ live: () => live });
    c.remember("a", "page a", c.epoch);
    live = false;
    expect(c.get("a")).toBeUndefined();
    c.remember("b", "page b", c.epoch);
    live = true;
    expect(c.get("b")).toBeUndefined();
  });

  it("keeps an entry no longer than its lifetime", () => {
    const { c, tick } = cache({ ttlMs: 1_000 });
    c.remember("a", "page a", c.epoch);
    tick(999);
    expect(c.get("a")).toBe("page a");
    tick(1);
    expect(c.get("a")).toBeUndefined();
  });

  it("drops the oldest entry when full", () => {
    const { c } = cache({ maxEntries: 2 });
    c.remember("a", "page a", c.epoch);
    c.remember("b", "page b", c.epoch);
    c.remember("c", "page c", c.epoch);
    expect([c.get("a"), c.get("b"), c.get("c")]).toEqual([undefined, "page b", "page c"]);
    expect(c.size).toBe(2);
  });

  it("without a version to read serves nothing", () => {
    const c = new VersionedCache<string>({ name: "test pages", pollMs: 50, ttlMs: 30_000, maxEntries: 10 });
    c.remember("a", "page a", c.epoch);
    expect(c.get("a")).toBeUndefined();
  });

  it("forgets everything when the polled version moves, and serves nothing while it cannot be read", async () => {
    let version = 1n;
    let broken = false;
    const c = polled(async () => {
      if (broken) throw new Error("database unreachable");
      return version;
    });
    try {
      await c.ready();
      c.remember("a", "page a", c.epoch);
      expect(c.get("a")).toBe("page a");
      version = 2n;
      expect(await until(() => c.get("a") === undefined)).toBe(true);
      c.remember("b", "page b", c.epoch);
      expect(c.get("b")).toBe("page b");
      broken = true;
      expect(await until(() => c.get("b") === undefined)).toBe(true);
      c.remember("c", "page c", c.epoch);
      expect(c.get("c")).toBeUndefined();
      broken = false;
      expect(
        await until(() => {
          c.remember("d", "page d", c.epoch);
          return c.get("d") === "page d";
        }),
      ).toBe(true);
    } finally {
      await c.close();
    }
  });

  it("serves nothing while a version read hangs (a database it cannot reach while others write)", async () => {
    let hang = false;
    const c = polled(() => (hang ? new Promise<bigint>(() => {}) : Promise.resolve(1n)));
    try {
      await c.ready();
      c.remember("a", "page a", c.epoch);
      expect(c.get("a")).toBe("page a");
      hang = true;
      expect(await until(() => c.get("a") === undefined)).toBe(true);
      c.remember("b", "page b", c.epoch);
      expect(c.get("b")).toBeUndefined();
    } finally {
      await c.close();
    }
  });
});
