import { describe, expect, it } from "vitest";
import type { User } from "../../src/generated/prisma/client.ts";
import { CallerCache } from "../../src/modules/auth/caller-cache.ts";

const user = (id: number) => ({ id, status: "active", role: "investor" }) as User;
const caller = (id: number, tokenId = `t${id}`, tokenExpiresAt = Number.MAX_SAFE_INTEGER) => ({ auth: { user: user(id), tokenId }, tokenExpiresAt });

function cache(options: { enabled?: () => boolean; ttlMs?: number; maxEntries?: number } = {}) {
  let now = 1_000;
  const c = new CallerCache({ ttlMs: options.ttlMs ?? 60_000, maxEntries: options.maxEntries ?? 100, enabled: options.enabled ?? (() => true), now: () => now });
  return { c, tick: (ms: number) => (now += ms) };
}

describe("CallerCache", () => {
  it("serves what it stored, until the user is forgotten", () => {
    const { c } = cache();
    c.rememberCaller("t1", caller(1), c.epoch);
    expect(c.caller("t1")?.auth.user.id).toBe(1);
    c.forgetUser(2);
    expect(c.caller("t1")?.auth.user.id).toBe(1);
    c.forgetUser(1);
    expect(c.caller("t1")).toBeUndefined();
  });

  it("does not store an answer looked up while something was forgotten (a read racing a revocation)", () => {
    const { c } = cache();
    const before = c.epoch;
    c.forgetUser(1); // the revocation's notification arrives while the lookup is in flight
    c.rememberCaller("t1", caller(1), before);
    expect(c.caller("t1")).toBeUndefined();
    c.rememberTradingChecks(1, [], before);
    expect(c.missingTradingChecks(1)).toBeUndefined();
  });

  it("serves and stores nothing while invalidations are not being received", () => {
    let live = true;
    const { c } = cache({ enabled: () => live });
    c.rememberCaller("t1", caller(1), c.epoch);
    live = false;
    expect(c.caller("t1")).toBeUndefined();
    c.rememberCaller("t2", caller(2), c.epoch);
    live = true;
    expect(c.caller("t2")).toBeUndefined();
  });

  it("keeps an entry no longer than its TTL, nor past its token's expiry", () => {
    const { c, tick } = cache({ ttlMs: 5_000 });
    c.rememberCaller("t1", caller(1), c.epoch);
    c.rememberCaller("t2", caller(2, "t2", 1_000 + 2_000), c.epoch);
    tick(2_000);
    expect(c.caller("t1")).toBeDefined();
    expect(c.caller("t2")).toBeUndefined();
    tick(3_000);
    expect(c.caller("t1")).toBeUndefined();
  });

  it("hands out a frozen caller, so that no request can change what the next one sees", () => {
    const { c } = cache();
    c.rememberCaller("t1", caller(1), c.epoch);
    const served = c.caller("t1")!;
    expect(() => {
      (served.auth.user as { status: string }).status = "suspended";
    }).toThrow(TypeError);
    expect(c.caller("t1")?.auth.user.status).toBe("active");
  });

  it("stays within its size, dropping the oldest entry first", () => {
    const { c } = cache({ maxEntries: 2 });
    for (const id of [1, 2, 3]) c.rememberCaller(`t${id}`, caller(id), c.epoch);
    expect(c.size).toBe(2);
    expect(c.caller("t1")).toBeUndefined();
    expect(c.caller("t3")).toBeDefined();
  });
});
