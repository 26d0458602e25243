import request from "supertest";
import { beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { VersionedCache } from "../../src/db/versioned-cache.ts";
import { createLogger } from "../../src/logger.ts";
import { foldMarketVersions, marketVersion } from "../../src/modules/factoring-units/market-listing-cache.ts";
import { signedInUser } from "../helpers/factories.ts";
import { appWithAnotherProcess, silently as silentlyOn, within } from "../helpers/database-changes.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The market listing's pages kept in memory (src/modules/factoring-units/market-listing-cache.ts)
// against a real PostgreSQL: that a repeated page is served from memory, and that every change a page
// shows reaches it, from this instance at once and from anywhere else through the market's version.
// Its own database: other files' units would move that version all the time.

const env = appWithAnotherProcess("hundi_market_cache", (t) => Promise.all([t.deps.callers.ready(), t.deps.marketListings.ready()]));
let db: typeof env.db;
let t: TestApp;
let other: Database; // another process's connection: its changes reach the app only through the version
beforeAll(() => {
  ({ db, t, other } = env);
});

/** A change made as another process would, that fires no trigger. */
const silently = (sql: string, ...values: unknown[]) => silentlyOn(other, sql, ...values);

/** Long enough for the app's poll (every 50 ms) to have seen the version after the writes so far. */
const pollsCaughtUp = () => new Promise((resolve) => setTimeout(resolve, 150));

type Listed = { id: number; fu_seller: string; status: string; buyer: { name: string } };
const page = async (auth: Record<string, string>, query = "") => {
  const res = await request(t.app).get(`/api/v2/factoring-units${query}`).set(auth);
  expect(res.status).toBe(200);
  return { units: res.body.data as Listed[], total: res.body.meta?.total ?? res.body.total };
};
const unitOn = async (auth: Record<string, string>, id: number) => (await page(auth, "?per_page=100")).units.find((unit) => unit.id === id);

describe("market listing pages in memory", () => {
  it("serves a repeated page from memory: a change that does not move the version is not seen", async () => {
    const { auth: owner } = await trader(t, "seller");
    const { auth: investor } = await signedInUser(t.prisma, { role: "investor" });
    const { id } = await listUnit(t, owner, { fu_seller: "Before" });
    await pollsCaughtUp();
    expect((await unitOn(investor, id))?.fu_seller).toBe("Before");
    await silently("UPDATE factoring_units SET seller = 'Silently renamed' WHERE id = $1", id);
    expect((await unitOn(investor, id))?.fu_seller).toBe("Before");
    // Another caller's page is their own entry, read from the database.
    const { auth: financer } = await signedInUser(t.prisma, { role: "financer" });
    expect((await unitOn(financer, id))?.fu_seller).toBe("Silently renamed");
  });

  it("sees a change made by another process once a poll has seen the version move", async () => {
    const { auth: owner } = await trader(t, "seller");
    const { auth: investor } = await signedInUser(t.prisma, { role: "investor" });
    const { id } = await listUnit(t, owner, { fu_seller: "Before" });
    expect((await unitOn(investor, id))?.fu_seller).toBe("Before");
    await other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'Renamed elsewhere' WHERE id = ${id}`;
    expect(await within(2_000, async () => (await unitOn(investor, id))?.fu_seller === "Renamed elsewhere")).toBe(true);
  });

  it("an owner renamed elsewhere is seen on the pages that list their units", async () => {
    const { auth: owner, user } = await trader(t, "seller");
    const { auth: investor } = await signedInUser(t.prisma, { role: "investor" });
    const { id } = await listUnit(t, owner);
    expect((await unitOn(investor, id))?.buyer.name).toBe(user.name);
    await other.prisma.user.update({ where: { id: user.id }, data: { name: "Renamed Owner" } });
    expect(await within(2_000, async () => (await unitOn(investor, id))?.buyer.name === "Renamed Owner")).toBe(true);
  });

  it("this instance's own changes are on the very next page, without waiting for a poll", async () => {
    // An instance that never reads the version (its cache believes it is following it): only its own
    // forgetting, before it answers a change, can keep its pages right.
    const deaf = await createTestApp({ env: { DATABASE_URL: db.url } });
    await deaf.deps.marketListings.close();
    deaf.deps.marketListings = new VersionedCache({ name: "market listing pages", pollMs: 50, ttlMs: 60_000, maxEntries: 100, live: () => true });
    const onDeaf = async (auth: Record<string, string>, id: number) => {
      const res = await request(deaf.app).get("/api/v2/factoring-units?per_page=100").set(auth);
      return { unit: (res.body.data as Listed[]).find((unit) => unit.id === id), total: res.body.meta.total as number };
    };
    try {
      const { auth: owner } = await trader(deaf, "seller");
      const { auth: investor } = await trader(deaf, "investor", 10_000_000n);
      const { id } = await listUnit(deaf, owner, { fu_seller: "Before" });
      expect((await onDeaf(investor, id)).unit?.fu_seller).toBe("Before");
      // It really is deaf: a change made elsewhere is not seen.
      await other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'Renamed elsewhere' WHERE id = ${id}`;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await onDeaf(investor, id)).unit?.fu_seller).toBe("Before");
      // Listed here: on the next page, and counted.
      const { total } = await onDeaf(investor, id);
      const second = await listUnit(deaf, owner);
      const after = await onDeaf(investor, second.id);
      expect(after.unit).toBeDefined();
      expect(after.total).toBe(total + 1);
      // Cancelled here: gone from the market.
      expect((await request(deaf.app).post(`/api/v2/factoring-units/${second.id}/cancel`).set(owner)).status).toBe(200);
      expect((await onDeaf(investor, second.id)).unit).toBeUndefined();
      // A bid withdrawn, and a bid accepted here: the funder's own unit, with its new status.
      const withdrawn = await placedBid(deaf, investor, id);
      expect((await request(deaf.app).post(`/api/v2/bids/${withdrawn.id}/withdraw`).set(investor)).status).toBe(200);
      const { id: bidId } = await placedBid(deaf, investor, id);
      expect((await onDeaf(investor, id)).unit?.status).toBe("Bidding");
      expect((await decide(deaf, owner, bidId, "Accepted")).status).toBe(200);
      expect((await onDeaf(investor, id)).unit?.status).toBe("Financed");
      // The owner renamed here.
      expect((await request(deaf.app).put("/api/v2/auth/profile").set(owner).send({ name: "Renamed Here" })).status).toBe(200);
      expect((await onDeaf(investor, id)).unit?.buyer.name).toBe("Renamed Here");
    } finally {
      await deaf.close();
    }
  });

  it("serves nothing from memory while the version cannot be read, and again once it can", async () => {
    let broken = false;
    const app = await createTestApp({ env: { DATABASE_URL: db.url } });
    await app.deps.marketListings.close();
    app.deps.marketListings = new VersionedCache({
      name: "market listing pages",
      readVersion: async () => {
        if (broken) throw new Error("database unreachable");
        return marketVersion(app.prisma);
      },
      pollMs: 20,
      ttlMs: 60_000,
      maxEntries: 100,
    });
    const on = async (auth: Record<string, string>, id: number) =>
      ((await request(app.app).get("/api/v2/factoring-units?per_page=100").set(auth)).body.data as Listed[]).find((unit) => unit.id === id);
    try {
      await app.deps.marketListings.ready();
      const { auth: owner } = await trader(app, "seller");
      const { auth: investor } = await signedInUser(app.prisma, { role: "investor" });
      const { id } = await listUnit(app, owner, { fu_seller: "Before" });
      expect((await on(investor, id))?.fu_seller).toBe("Before");
      broken = true;
      await silently("UPDATE factoring_units SET seller = 'While broken' WHERE id = $1", id);
      expect(await within(2_000, async () => (await on(investor, id))?.fu_seller === "While broken")).toBe(true);
      broken = false;
      // Read again: pages are kept again.
      expect(await within(2_000, async () => (await on(investor, id)) !== undefined && app.deps.marketListings.size > 0)).toBe(true);
      await silently("UPDATE factoring_units SET seller = 'Back again' WHERE id = $1", id);
      expect((await on(investor, id))?.fu_seller).toBe("While broken");
    } finally {
      await app.close();
    }
  });
});

describe("the market's version", () => {
  /** Whether running `change` moved the market's version. */
  const moves = async (change: () => Promise<unknown>) => {
    const before = await marketVersion(other.prisma);
    await change();
    return (await marketVersion(other.prisma)) > before;
  };

  it("moves with every change a page shows, and with nothing else", async () => {
    const { auth: owner, user } = await trader(t, "seller");
    const { auth: investor } = await trader(t, "investor", 10_000_000n);
    let unitId = 0;
    expect(await moves(async () => (unitId = (await listUnit(t, owner)).id))).toBe(true);
    expect(await moves(() => other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'x' WHERE id = ${unitId}`)).toBe(true);
    expect(await moves(() => other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'x' WHERE id = -1`)).toBe(false);
    expect(await moves(() => other.prisma.user.update({ where: { id: user.id }, data: { entityName: "Renamed Pvt Ltd" } }))).toBe(true);
    expect(await moves(() => other.prisma.user.update({ where: { id: user.id }, data: { industry: "Textiles" } }))).toBe(false);
    // A bid placed changes no page (pending bids are on Bidding units, already listed) ...
    let bidId = 0;
    expect(await moves(async () => (bidId = (await placedBid(t, investor, unitId)).id))).toBe(false);
    // ... a bid settled makes the unit the bidder's own (factoring_unit_participants).
    expect(await moves(() => request(t.app).post(`/api/v2/bids/${bidId}/withdraw`).set(investor))).toBe(true);
    expect(await moves(() => other.prisma.$executeRaw`DELETE FROM factoring_unit_participants WHERE factoring_unit_id = ${unitId}`)).toBe(true);
  });

  it("is one row per database backend, folded into one by the sweep without moving", async () => {
    // Two more backends that bump: each writes its own row.
    for (let i = 0; i < 2; i++) {
      const session = connectDatabase({ url: db.url, poolSize: 1, logger: createLogger("silent") });
      await session.prisma.$executeRaw`SELECT bump_market_version()`;
      await session.close();
    }
    const rows = async () => (await other.prisma.$queryRaw<{ backend_pid: number }[]>`SELECT backend_pid FROM market_versions`).length;
    expect(await rows()).toBeGreaterThanOrEqual(3);
    const before = await marketVersion(other.prisma);
    // The sessions have ended: their rows fold into row 0 (once PostgreSQL has let the backends go).
    expect(await within(2_000, async () => (await foldMarketVersions(other.prisma), (await other.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM market_versions WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)`)[0]!.n === 0))).toBe(true);
    expect(await marketVersion(other.prisma)).toBe(before);
  });
});
