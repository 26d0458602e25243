import { describe, expect, it } from "vitest";
import { freezePage, VersionCheckedCache } from "../../src/db/version-checked-cache.ts";

// The rules of db/version-checked-cache.ts on their own: an answer is served only under the version it
// was stored with, for at most ttlMs, and at most maxEntries are kept.

const clock = () => {
  const state = { now: 1_000 };
  return { state, now: () => state.now };
};

describe("VersionCheckedCache", () => {
  it("serves an answer only under the version it was stored with", () => {
    const cache = new VersionCheckedCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    cache.remember("a", 5n, "page at 5");
    expect(cache.get("a", 5n)).toBe("page at 5");
    expect(cache.get("a", 6n)).toBeUndefined();
    // Once a newer version was asked for, the old answer is gone, even for the old version.
    expect(cache.get("a", 5n)).toBeUndefined();
    expect(cache.get("b", 5n)).toBeUndefined();
  });

  it("replaces a key's answer when it is stored again", () => {
    const cache = new VersionCheckedCache<string>({ ttlMs: 60_000, maxEntries: 10 });
    cache.remember("a", 5n, "page at 5");
    cache.remember("a", 7n, "page at 7");
    expect(cache.size).toBe(1);
    expect(cache.get("a", 7n)).toBe("page at 7");
  });

  it("keeps an answer at most ttlMs", () => {
    const { state, now } = clock();
    const cache = new VersionCheckedCache<string>({ ttlMs: 30_000, maxEntries: 10, now });
    cache.remember("a", 1n, "page");
    state.now += 29_999;
    expect(cache.get("a", 1n)).toBe("page");
    state.now += 1;
    expect(cache.get("a", 1n)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("keeps at most maxEntries, dropping the oldest stored first", () => {
    const cache = new VersionCheckedCache<string>({ ttlMs: 60_000, maxEntries: 3 });
    for (const key of ["a", "b", "c"]) cache.remember(key, 1n, key);
    cache.remember("a", 2n, "a again"); // stored again: now the newest
    cache.remember("d", 1n, "d");
    expect(cache.size).toBe(3);
    expect(cache.get("b", 1n)).toBeUndefined();
    expect(cache.get("a", 2n)).toBe("a again");
    expect(cache.get("c", 1n)).toBe("c");
    expect(cache.get("d", 1n)).toBe("d");
  });
});

describe("freezePage", () => {
  it("freezes the page, its items and their nested objects, so a change in place throws", () => {
    const page = freezePage({ items: [{ id: 1, unit: { status: "Bidding" } }], total: 1 });
    expect(() => (page.items[0]!.unit.status = "Financed")).toThrow(TypeError);
    expect(() => page.items.push({ id: 2, unit: { status: "Bidding" } })).toThrow(TypeError);
    expect(() => ((page as { total: number }).total = 2)).toThrow(TypeError);
  });
});
