import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { bidPagesVersion, foldBidPageVersions } from "../../src/modules/bids/bid-page-cache.ts";
import { expireBid } from "../../src/modules/bids/bids.service.ts";
import { silently as silentlyOn, within } from "../helpers/database-changes.ts";
import { signedInUser } from "../helpers/factories.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

// GET /bids pages kept in memory (src/modules/bids/bid-page-cache.ts) against a real PostgreSQL: a
// repeated page is served from memory, and every change a page shows is on the user's very next page,
// whichever instance or process made it (no waiting: the version is read on every request). Versions
// are per user, so other files' writes on the shared test database do not disturb these users'.

let t: TestApp; // the instance whose pages are checked
let elsewhere: TestApp; // another instance on the same database
let other: Database; // another process's connection (the sweep, the CLI, psql)
beforeAll(async () => {
  t = await createTestApp();
  elsewhere = await createTestApp();
  other = connectDatabase({ url: testEnv().DATABASE_URL!, poolSize: 2, logger: createLogger("silent") });
});
afterAll(async () => {
  await other?.close();
  await elsewhere?.close();
  await t?.close();
});

type Listed = { id: number; status: string; remark: string | null; bidder?: { name: string }; factoring_unit: { id: number; status: string; fu_seller: string } };
const bidsPage = async (auth: Record<string, string>, app: TestApp = t) => {
  const res = await request(app.app).get("/api/v2/bids?per_page=100").set(auth);
  expect(res.status).toBe(200);
  return { bids: res.body.data as Listed[], total: res.body.meta.total as number };
};
const bidOn = async (auth: Record<string, string>, bidId: number) => (await bidsPage(auth)).bids.find((bid) => bid.id === bidId);

/** A seller's unit with a pending bid from a funded investor. */
async function unitWithBid() {
  const seller = await trader(t, "seller");
  const investor = await trader(t, "investor", 100_000_000n);
  const unit = await listUnit(t, seller.auth);
  const bid = await placedBid(t, investor.auth, unit.id);
  return { seller, investor, unit, bid };
}

describe("GET /bids pages in memory", () => {
  it("serves a repeated page from memory: a change that moves no version is not seen, one that does is, at once", async () => {
    const { investor, bid } = await unitWithBid();
    expect((await bidOn(investor.auth, bid.id))?.remark).toBeNull();
    await silentlyOn(other, "UPDATE bids SET remark = 'silent' WHERE id = $1", bid.id);
    expect((await bidOn(investor.auth, bid.id))?.remark).toBeNull();
    // The same change made normally (triggers on) by another process: on the very next page.
    await other.prisma.$executeRaw`UPDATE bids SET remark = 'seen' WHERE id = ${bid.id}`;
    expect((await bidOn(investor.auth, bid.id))?.remark).toBe("seen");
  });

  it("a bid placed through another instance is on the next page here, for its bidder and for the unit's owner", async () => {
    const { seller, investor, unit } = await unitWithBid();
    const second = await trader(t, "financer", 100_000_000n);
    const before = { investor: await bidsPage(investor.auth), seller: await bidsPage(seller.auth), second: await bidsPage(second.auth) };
    const unit2 = await listUnit(t, seller.auth);
    const placed = await placedBid(elsewhere, investor.auth, unit2.id);
    const fromSecond = await placedBid(elsewhere, second.auth, unit.id);
    const after = { investor: await bidsPage(investor.auth), seller: await bidsPage(seller.auth), second: await bidsPage(second.auth) };
    expect(after.investor.total).toBe(before.investor.total + 1);
    expect(after.investor.bids[0]?.id).toBe(placed.id);
    expect(after.seller.total).toBe(before.seller.total + 2);
    expect(after.seller.bids.map((b) => b.id).slice(0, 2).sort()).toEqual([placed.id, fromSecond.id].sort());
    expect(after.second.bids.map((b) => b.id)).toEqual([fromSecond.id]);
  });

  it("bids settled elsewhere show their new status, and the unit's, on the next page of every party", async () => {
    const { seller, investor, unit, bid } = await unitWithBid();
    const rival = await trader(t, "financer", 100_000_000n);
    const rivalBid = await placedBid(t, rival.auth, unit.id);
    for (const party of [seller, investor, rival]) await bidsPage(party.auth);
    expect((await decide(elsewhere, seller.auth, bid.id, "Accepted")).status).toBe(200);
    expect(await bidOn(investor.auth, bid.id)).toMatchObject({ status: "Accepted", factoring_unit: { status: "Financed" } });
    expect(await bidOn(rival.auth, rivalBid.id)).toMatchObject({ status: "Rejected", factoring_unit: { status: "Financed" } });
    expect((await bidOn(seller.auth, bid.id))?.status).toBe("Accepted");
    expect((await bidOn(seller.auth, rivalBid.id))?.status).toBe("Rejected");
  });

  it("a bid withdrawn elsewhere, and one expired by the sweep in another process, are on the next page", async () => {
    const { seller, investor, bid } = await unitWithBid();
    const unit2 = await listUnit(t, seller.auth);
    const lapsing = await placedBid(t, investor.auth, unit2.id);
    expect((await bidOn(investor.auth, bid.id))?.status).toBe("Pending");
    expect((await request(elsewhere.app).post(`/api/v2/bids/${bid.id}/withdraw`).set(investor.auth)).status).toBe(200);
    expect((await bidOn(investor.auth, bid.id))?.status).toBe("Withdrawn");
    expect((await bidOn(seller.auth, lapsing.id))?.status).toBe("Pending");
    expect(await other.prisma.$transaction((tx) => expireBid(tx, lapsing.id, new Date(Date.now() + 60 * 86_400_000)))).toBe(true);
    expect((await bidOn(investor.auth, lapsing.id))?.status).toBe("Expired");
    expect((await bidOn(seller.auth, lapsing.id))?.status).toBe("Expired");
  });

  it("a unit changed by another process, and a bidder renamed, are on the next page of whoever sees them", async () => {
    const { seller, investor, unit, bid } = await unitWithBid();
    expect((await bidOn(investor.auth, bid.id))?.factoring_unit.fu_seller).toBe("Vikram Textiles LLP");
    expect((await bidOn(seller.auth, bid.id))?.bidder?.name).toBe(investor.user.name);
    await other.prisma.$executeRaw`UPDATE factoring_units SET seller = 'Renamed Seller' WHERE id = ${unit.id}`;
    expect((await bidOn(investor.auth, bid.id))?.factoring_unit.fu_seller).toBe("Renamed Seller");
    await other.prisma.user.update({ where: { id: investor.user.id }, data: { name: "Renamed Bidder" } });
    expect((await bidOn(seller.auth, bid.id))?.bidder?.name).toBe("Renamed Bidder");
  });

  it("keeps each user's pages, and each role's, apart", async () => {
    const { investor, bid } = await unitWithBid();
    const { auth: stranger } = await signedInUser(t.prisma, { role: "investor" });
    expect((await bidsPage(investor.auth)).bids.map((b) => b.id)).toContain(bid.id);
    expect((await bidsPage(stranger)).bids).toEqual([]);
    // The same user as an owner (role changed by an admin elsewhere): the bids on their units, none.
    await other.prisma.user.update({ where: { id: investor.user.id }, data: { role: "seller" } });
    expect(await within(2_000, async () => (await bidsPage(investor.auth)).total === 0)).toBe(true);
  });
});

describe("GET /bids pages under concurrent writes", () => {
  it("every page read after a write returned shows it, on either instance, while others write at once; the pages end equal to the database", async () => {
    const seller = await trader(t, "seller");
    const units = await Promise.all(Array.from({ length: 6 }, () => listUnit(t, seller.auth)));
    const investors = await Promise.all(Array.from({ length: 4 }, () => trader(t, "investor", 100_000_000n)));
    const apps = [t, elsewhere];
    let sellerPolls = 0;
    let writing = true;
    // The owner polls their page through both instances the whole time, filling both caches.
    const owner = (async () => {
      while (writing) {
        await bidsPage(seller.auth, apps[sellerPolls++ % 2]);
      }
    })();
    await Promise.all(
      investors.map(async (investor, n) => {
        for (const [k, unit] of units.entries()) {
          const [writer, reader] = (n + k) % 2 ? [t, elsewhere] : [elsewhere, t];
          const placed = await placedBid(writer, investor.auth, unit.id, { bid_amount: 1_000 });
          expect((await bidsPage(investor.auth, reader)).bids.find((b) => b.id === placed.id)?.status).toBe("Pending");
          if (k % 2 === 0) continue;
          expect((await request(reader.app).post(`/api/v2/bids/${placed.id}/withdraw`).set(investor.auth)).status).toBe(200);
          expect((await bidsPage(investor.auth, writer)).bids.find((b) => b.id === placed.id)?.status).toBe("Withdrawn");
        }
      }),
    );
    writing = false;
    await owner;
    expect(sellerPolls).toBeGreaterThan(2);
    // Every cached page, on both instances, is what the database holds now.
    const truth = await other.prisma.bid.findMany({ where: { ownerId: seller.user.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, status: true } });
    expect(truth).toHaveLength(units.length * investors.length);
    for (const app of apps) {
      const page = await bidsPage(seller.auth, app);
      expect(page.total).toBe(truth.length);
      expect(page.bids.map((b) => ({ id: b.id, status: b.status }))).toEqual(truth);
    }
  });
});

describe("a user's bid pages' version", () => {
  const versionOf = (userId: number) => bidPagesVersion(other.pool, userId);
  /** Which of `userIds` saw their version move while `change` ran. */
  const moved = async (userIds: number[], change: () => Promise<unknown>) => {
    const before = await Promise.all(userIds.map(versionOf));
    await change();
    const after = await Promise.all(userIds.map(versionOf));
    return userIds.map((_, i) => after[i]! > before[i]!);
  };

  it("moves for the users whose pages a change shows, and for nobody else", async () => {
    const seller = await trader(t, "seller");
    const investor = await trader(t, "investor", 100_000_000n);
    const bystander = await trader(t, "financer", 100_000_000n);
    const ids = [seller.user.id, investor.user.id, bystander.user.id];
    const unit = await listUnit(t, seller.auth);
    let bidId = 0;
    expect(await moved(ids, async () => (bidId = (await placedBid(t, investor.auth, unit.id)).id))).toEqual([true, true, false]);
    expect(await moved(ids, () => other.prisma.$executeRaw`UPDATE bids SET remark = 'x' WHERE id = ${bidId}`)).toEqual([true, true, false]);
    expect(await moved(ids, () => other.prisma.$executeRaw`UPDATE bids SET remark = 'x' WHERE id = -1`)).toEqual([false, false, false]);
    // A bid written or deleted by hand (settled, so it holds nothing): its bidder and its owner.
    let handWritten = 0;
    expect(
      await moved(ids, async () => {
        [{ id: handWritten }] = await other.prisma.$queryRaw<[{ id: number }]>`
          INSERT INTO bids (factoring_unit_id, bidder_id, owner_id, amount, rate_bps, tenure_days, status, valid_until, updated_at)
          VALUES (${unit.id}, ${bystander.user.id}, ${seller.user.id}, 100, 1200, 30, 'Rejected', now(), now()) RETURNING id`;
      }),
    ).toEqual([true, false, true]);
    expect(await moved(ids, () => other.prisma.$executeRaw`DELETE FROM bids WHERE id = ${handWritten}`)).toEqual([true, false, true]);
    // A unit: what a bid page shows of it moves its owner and its bidders; anything else moves nobody.
    expect(await moved(ids, () => other.prisma.$executeRaw`UPDATE factoring_units SET invoice_no = invoice_no || '-2' WHERE id = ${unit.id}`)).toEqual([true, true, false]);
    expect(await moved(ids, () => other.prisma.$executeRaw`UPDATE factoring_units SET due_reminder_at = now() WHERE id = ${unit.id}`)).toEqual([false, false, false]);
    // A name: the owners the user bid to, and the user; other fields move nobody.
    expect(await moved(ids, () => other.prisma.user.update({ where: { id: investor.user.id }, data: { entityName: "Renamed Pvt Ltd" } }))).toEqual([true, true, false]);
    expect(await moved(ids, () => other.prisma.user.update({ where: { id: investor.user.id }, data: { industry: "Textiles" } }))).toEqual([false, false, false]);
  });

  it("is one row per user and database backend, folded by the sweep without moving", async () => {
    const { user } = await signedInUser(t.prisma, { role: "investor" });
    // Two backends open at once (so two different pids) each bump the user once.
    const sessions = [0, 1].map(() => connectDatabase({ url: testEnv().DATABASE_URL!, poolSize: 1, logger: createLogger("silent") }));
    for (const session of sessions) await session.prisma.$executeRaw`SELECT bump_bid_pages(ARRAY[${user.id}::int])`;
    await Promise.all(sessions.map((session) => session.close()));
    const rows = async () => (await other.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM bid_page_versions WHERE user_id = ${user.id}`)[0]!.n;
    expect(await rows()).toBe(2);
    expect(await versionOf(user.id)).toBe(2n);
    // The sessions have ended: their rows fold into the user's row 0 (once PostgreSQL has let the backends go).
    expect(await within(2_000, async () => (await foldBidPageVersions(other.prisma), (await rows()) === 1))).toBe(true);
    expect(await versionOf(user.id)).toBe(2n);
  });
});
