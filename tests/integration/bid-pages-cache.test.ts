import pg from "pg";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NotifiedCache } from "../../src/db/notified-cache.ts";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { BID_CHANGES_CHANNEL } from "../../src/modules/bids/bid-pages-cache.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// GET /bids pages kept in memory per user (src/modules/bids/bid-pages-cache.ts) against a real
// PostgreSQL: a repeated page is served from memory, a change reaches the pages of the users it
// shows (and only theirs) by NOTIFY, and this instance's own changes at once. Its own database: other
// files' bids would notify it all the time.

let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
let t: TestApp;
let other: Database; // another process's connection: its changes reach the app only by NOTIFY
beforeAll(async () => {
  db = await isolatedTestDatabase("hundi_bid_pages");
  t = await createTestApp({ env: { DATABASE_URL: db.url } });
  other = connectDatabase({ url: db.url, poolSize: 2, logger: createLogger("silent") });
  await Promise.all([t.deps.callers.ready(), t.deps.bidPages.ready()]);
}, 120_000);
afterAll(async () => {
  await other?.close();
  await t?.close();
  await db?.drop();
});

/** A change that fires no trigger (replica mode, this transaction only): no notification is sent. */
const silently = (sql: string, ...values: unknown[]) =>
  other.prisma.$transaction(async (tx) => {
    await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
    await tx.$executeRawUnsafe(sql, ...values);
  });

const within = async (ms: number, check: () => Promise<boolean>) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return false;
};

type ListedBid = { id: number; status: string; remark: string | null; factoring_unit: { id: number; fu_seller: string; status: string } };
const bidOn = async (app: TestApp["app"], auth: Record<string, string>, bidId: number) => {
  const res = await request(app).get("/api/v2/bids?per_page=100").set(auth);
  expect(res.status).toBe(200);
  return (res.body.data as ListedBid[]).find((bid) => bid.id === bidId);
};

/** An owner's unit with a bid from a funded investor. */
async function unitWithBid(app: TestApp = t) {
  const owner = await trader(app, "seller");
  const investor = await trader(app, "investor", 10_000_000n);
  const unit = await listUnit(app, owner.auth);
  const bid = await placedBid(app, investor.auth, unit.id);
  return { owner, investor, unit, bid };
}

describe("GET /bids pages in memory", () => {
  it("serves a repeated page from memory: a change that notifies nobody is not seen", async () => {
    const { investor, owner, bid } = await unitWithBid();
    expect((await bidOn(t.app, investor.auth, bid.id))?.remark).toBeNull();
    expect((await bidOn(t.app, owner.auth, bid.id))?.remark).toBeNull();
    await silently("UPDATE bids SET remark = 'silently' WHERE id = $1", bid.id);
    expect((await bidOn(t.app, investor.auth, bid.id))?.remark).toBeNull();
    expect((await bidOn(t.app, owner.auth, bid.id))?.remark).toBeNull();
  });

  it("a bid changed elsewhere reaches its bidder's and owner's pages, and nobody else's", async () => {
    const first = await unitWithBid();
    const second = await unitWithBid();
    for (const { investor, owner, bid } of [first, second]) {
      expect(await bidOn(t.app, investor.auth, bid.id)).toBeDefined();
      expect(await bidOn(t.app, owner.auth, bid.id)).toBeDefined();
    }
    await silently("UPDATE bids SET remark = 'silently' WHERE id = $1", second.bid.id);
    await other.prisma.$executeRaw`UPDATE bids SET remark = 'elsewhere' WHERE id = ${first.bid.id}`;
    expect(await within(2_000, async () => (await bidOn(t.app, first.investor.auth, first.bid.id))?.remark === "elsewhere")).toBe(true);
    expect(await within(2_000, async () => (await bidOn(t.app, first.owner.auth, first.bid.id))?.remark === "elsewhere")).toBe(true);
    // The other pair's pages were not forgotten: still what they were before the silent change.
    expect((await bidOn(t.app, second.investor.auth, second.bid.id))?.remark).toBeNull();
    expect((await bidOn(t.app, second.owner.auth, second.bid.id))?.remark).toBeNull();
  });

  it("a unit changed elsewhere reaches the pages of everyone with a bid on it", async () => {
    const { investor, owner, unit, bid } = await unitWithBid();
    expect((await bidOn(t.app, investor.auth, bid.id))?.factoring_unit.fu_seller).toBe("Vikram Textiles LLP");
    expect((await bidOn(t.app, owner.auth, bid.id))?.factoring_unit.fu_seller).toBe("Vikram Textiles LLP");
    await other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'Renamed elsewhere' WHERE id = ${unit.id}`;
    expect(await within(2_000, async () => (await bidOn(t.app, investor.auth, bid.id))?.factoring_unit.fu_seller === "Renamed elsewhere")).toBe(true);
    expect(await within(2_000, async () => (await bidOn(t.app, owner.auth, bid.id))?.factoring_unit.fu_seller === "Renamed elsewhere")).toBe(true);
  });

  it("this instance's own changes are on the caller's very next page, without any notification", async () => {
    // An instance that hears no notification at all (its cache believes it is listening).
    const deaf = await createTestApp({ env: { DATABASE_URL: db.url } });
    await deaf.deps.bidPages.close();
    deaf.deps.bidPages = new NotifiedCache({ channel: "nobody-notifies-this", ttlMs: 60_000, maxEntries: 100, live: () => true });
    try {
      const { investor, owner, unit, bid } = await unitWithBid(deaf);
      expect((await bidOn(deaf.app, investor.auth, bid.id))?.status).toBe("Pending");
      expect((await bidOn(deaf.app, owner.auth, bid.id))?.status).toBe("Pending");
      // It really is deaf: a change made elsewhere is not seen.
      await other.prisma.$executeRaw`UPDATE bids SET remark = 'elsewhere' WHERE id = ${bid.id}`;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await bidOn(deaf.app, investor.auth, bid.id))?.remark).toBeNull();
      // A bidder's own bid placed (after their empty page was kept) and withdrawn.
      const financer = await trader(deaf, "financer", 10_000_000n);
      expect((await request(deaf.app).get("/api/v2/bids?per_page=100").set(financer.auth)).body.data).toEqual([]);
      const own = await placedBid(deaf, financer.auth, unit.id);
      expect((await bidOn(deaf.app, financer.auth, own.id))?.status).toBe("Pending");
      expect((await request(deaf.app).post(`/api/v2/bids/${own.id}/withdraw`).set(financer.auth)).status).toBe(200);
      expect((await bidOn(deaf.app, financer.auth, own.id))?.status).toBe("Withdrawn");
      // The owner's acceptance: on the owner's page and on the bidders' (accepted, and the other rejected).
      expect((await decide(deaf, owner.auth, bid.id, "Accepted")).status).toBe(200);
      expect((await bidOn(deaf.app, owner.auth, bid.id))?.status).toBe("Accepted");
      expect((await bidOn(deaf.app, investor.auth, bid.id))?.factoring_unit.status).toBe("Financed");
    } finally {
      await deaf.close();
    }
  });
});

describe("bid change notifications", () => {
  let listener: pg.Client;
  const received: string[] = [];
  beforeAll(async () => {
    listener = new pg.Client({ connectionString: db.url });
    await listener.connect();
    listener.on("notification", (message) => {
      if (message.channel === BID_CHANGES_CHANNEL) received.push(message.payload ?? "");
    });
    await listener.query(`LISTEN "${BID_CHANGES_CHANNEL}"`);
  });
  afterAll(async () => {
    await listener?.end();
  });

  /** The payloads `change` sent to the channel (waiting long enough for delivery). */
  const payloadsOf = async (change: () => Promise<unknown>) => {
    const from = received.length;
    await change();
    await new Promise((resolve) => setTimeout(resolve, 200));
    return received.slice(from).sort();
  };

  it("names the bidders and owners whose pages a change shows, and notifies nothing else", async () => {
    const owner = await trader(t, "seller");
    const investor = await trader(t, "investor", 10_000_000n);
    const financer = await trader(t, "financer", 10_000_000n);
    const unit = await listUnit(t, owner.auth);
    const ids = (...users: { user: { id: number } }[]) => users.map(({ user }) => String(user.id)).sort();
    let bidId = 0;
    expect(await payloadsOf(async () => (bidId = (await placedBid(t, investor.auth, unit.id)).id))).toEqual(ids(investor, owner));
    expect(await payloadsOf(() => placedBid(t, financer.auth, unit.id))).toEqual(ids(financer, owner));
    // A unit with bids: every bidder on it and its owner.
    expect(await payloadsOf(() => other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'x' WHERE id = ${unit.id}`)).toEqual(ids(investor, financer, owner).sort());
    // Nothing a page shows: no notification.
    expect(await payloadsOf(() => other.prisma.$executeRaw`UPDATE factoring_units SET due_reminder_at = now() WHERE id = ${unit.id}`)).toEqual([]);
    expect(await payloadsOf(() => other.prisma.user.update({ where: { id: investor.user.id }, data: { industry: "Textiles" } }))).toEqual([]);
    // A rename: everyone's pages.
    expect(await payloadsOf(() => other.prisma.user.update({ where: { id: investor.user.id }, data: { name: "Renamed" } }))).toEqual([""]);
    // An acceptance: the accepted and the rejected bidder, and the owner.
    expect(await payloadsOf(() => decide(t, owner.auth, bidId, "Accepted"))).toEqual(ids(investor, financer, owner).sort());
  });
});
