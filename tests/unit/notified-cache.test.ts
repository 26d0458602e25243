import { describe, expect, it } from "vitest";
import { NotifiedCache } from "../../src/db/notified-cache.ts";

function cache(options: { live?: () => boolean; ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const c = new NotifiedCache<string>({ channel: "test", ttlMs: options.ttlMs ?? 30_000, maxEntries: options.maxEntries ?? 100, live: options.live ?? (() => true), now: () => now });
  return { c, tick: (ms: number) => (now += ms) };
}

describe("NotifiedCache", () => {
  it("serves what it stored until everything is forgotten", () => {
    const { c } = cache();
    c.remember("a", "page a", c.epoch);
    expect(c.get("a")).toBe("page a");
    expect(c.get("b")).toBeUndefined();
    c.forgetAll();
    expect(c.get("a")).toBeUndefined();
  });

  it("does not store a read that was in flight while a change was notified", () => {
    const { c } = cache();
    const before = c.epoch;
    c.forgetAll(); // the change's notification arrives while the read is running
    c.remember("a", "old page", before);
    expect(c.get("a")).toBeUndefined();
    c.remember("a", "new page", c.epoch);
    expect(c.get("a")).toBe("new page");
  });

  it("neither serves nor stores while notifications are not being received", () => {
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

  it("without a listener (no database to listen to) serves nothing", () => {
    const c = new NotifiedCache<string>({ channel: "test", ttlMs: 30_000, maxEntries: 10 });
    c.remember("a", "page a", c.epoch);
    expect(c.get("a")).toBeUndefined();
  });
});
