import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { platformBalance, walletBalances } from "../../src/ledger/balances.ts";
import { acceptBidAsSeen } from "../../src/modules/bids/bid-acceptance.ts";
import { unitWithBids } from "../../src/modules/factoring-units/fu.service.ts";
import { signedInUser } from "../helpers/factories.ts";
import { bid, decide, ledgerProblemsFor, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PLATFORM_FEE_BPS: "100" } });
});
afterAll(() => t.close());

const withdraw = (auth: Record<string, string>, bidId: number) => request(t.app).post(`/api/v2/bids/${bidId}/withdraw`).set(auth);

describe("POST /bids/{fuId}", () => {
  it("places a bid, holds its amount and tells the owner", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const res = await bid(t, investor.auth, fu.id, { bid_amount: 45000.5, bid_percentage: "11.25", bid_tenure: 60 });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ bid_amount: 45000.5, bid_percentage: 11.25, bid_tenure: "60", status: "Pending", remark: null });
    expect(await walletBalances(t.prisma, investor.user.id)).toEqual({ balance: 10_000_000n, onHold: 4_500_050n, available: 5_499_950n });
    expect((await t.prisma.notification.findFirstOrThrow({ where: { userId: owner.user.id, type: "bid.placed" } })).body).toContain("45,000.5");
  });

  it("is for investors and financers only, with the seed's message", async () => {
    const owner = await trader(t, "buyer");
    const fu = await listUnit(t, owner.auth);
    for (const role of ["buyer", "seller"] as const) {
      const other = await trader(t, role, 10_000_000n);
      const res = await bid(t, other.auth, fu.id);
      expect(res.status).toBe(403);
      expect(res.body).toEqual({ status: "error", message: "Only investors/financers can bid.", code: "FORBIDDEN", request_id: res.headers["x-request-id"] });
    }
  });

  it.each([
    [{ bid_amount: 90000.01 }, "bid_amount", "The bid amount field must not be greater than the finance amount (90000)."],
    [{ bid_amount: 0 }, "bid_amount", "The bid amount field must be greater than 0."],
    [{ bid_percentage: 0 }, "bid_percentage", "The bid percentage field must be greater than 0 and at most 100, with at most 2 decimals."],
    [{ bid_percentage: 100.01 }, "bid_percentage", "The bid percentage field must be greater than 0 and at most 100, with at most 2 decimals."],
    [{ bid_percentage: 12.345 }, "bid_percentage", "The bid percentage field must be greater than 0 and at most 100, with at most 2 decimals."],
    [{ bid_tenure: "ninety" }, "bid_tenure", "The bid tenure field must be a whole number of days between 1 and 3650."],
    [{ bid_tenure: 121 }, "bid_tenure", expect.stringMatching(/^The bid tenure field must end on or before the due date \(\d{4}-\d{2}-\d{2}\)\.$/)],
  ])("refuses %j without holding anything", async (body, field, message) => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const res = await bid(t, investor.auth, fu.id, body);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
    expect((await walletBalances(t.prisma, investor.user.id)).onHold).toBe(0n);
  });

  it("refuses more than the available balance with 422 on bid_amount", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 5_000_000n);
    const fu = await listUnit(t, owner.auth);
    const res = await bid(t, investor.auth, fu.id, { bid_amount: 50000.01 });
    expect(res.status).toBe(422);
    expect(res.body.errors.bid_amount).toEqual(["Insufficient available balance: the bid needs 50000.01, you have 50000."]);
    expect(await t.prisma.bid.count({ where: { bidderId: investor.user.id } })).toBe(0);
  });

  it("allows one live bid per bidder per unit; after withdrawing, a new one", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 20_000_000n);
    const fu = await listUnit(t, owner.auth);
    const first = await placedBid(t, investor.auth, fu.id);
    const second = await bid(t, investor.auth, fu.id);
    expect(second.status).toBe(409);
    expect(second.body.message).toBe("You already have a pending bid on this factoring unit.");
    expect((await withdraw(investor.auth, first.id)).body.data.status).toBe("Withdrawn");
    expect((await bid(t, investor.auth, fu.id)).status).toBe(201);
  });

  it("answers 404 for a unit the bidder cannot see, 409 for one they funded", async () => {
    const owner = await trader(t, "buyer");
    const winner = await trader(t, "investor", 10_000_000n);
    const other = await trader(t, "financer", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, winner.auth, fu.id);
    await decide(t, owner.auth, placed.id, "Accepted");
    expect((await bid(t, other.auth, fu.id)).status).toBe(404);
    expect((await bid(t, winner.auth, fu.id)).status).toBe(409);
    expect((await bid(t, other.auth, 999_999_999)).status).toBe(404);
  });
});

describe("PUT /bids/{bidId}/status", () => {
  it("accepting finances the unit: owner credited less 1% fee and 18% GST, other bids rejected and released", async () => {
    const owner = await trader(t, "seller");
    const winner = await trader(t, "investor", 10_000_000n);
    const loser = await trader(t, "financer", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const winning = await placedBid(t, winner.auth, fu.id, { bid_amount: 90000 });
    const losing = await placedBid(t, loser.auth, fu.id, { bid_amount: 80000 });
    const feesBefore = await platformBalance(t.prisma, "platform_fees");

    const res = await decide(t, owner.auth, winning.id, "Accepted", "Best rate");
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: "Accepted", remark: "Best rate" });
    expect(await walletBalances(t.prisma, owner.user.id)).toEqual({ balance: 8_893_800n, onHold: 0n, available: 8_893_800n }); // 90000 - 900 - 162
    expect(await walletBalances(t.prisma, winner.user.id)).toEqual({ balance: 1_000_000n, onHold: 0n, available: 1_000_000n });
    expect(await walletBalances(t.prisma, loser.user.id)).toEqual({ balance: 10_000_000n, onHold: 0n, available: 10_000_000n });
    const feesAfter = await platformBalance(t.prisma, "platform_fees");
    expect(feesAfter - feesBefore).toBeGreaterThanOrEqual(90_000n);

    const detail = await request(t.app).get(`/api/v2/factoring-units/${fu.id}`).set(owner.auth);
    expect(detail.body.data.status).toBe("Financed");
    expect(detail.body.data.bids.find((b: { id: number }) => b.id === losing.id)).toMatchObject({ status: "Rejected", remark: "Another bid was accepted." });
    expect(await t.prisma.notification.count({ where: { userId: winner.user.id, type: "bid.accepted" } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: loser.user.id, type: "bid.rejected" } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: owner.user.id, type: "fu.financed" } })).toBe(1);
    expect((await decide(t, owner.auth, losing.id, "Accepted")).status).toBe(409);
    expect(await ledgerProblemsFor(t, [owner.user, winner.user, loser.user])).toEqual([]);
  });

  it("rejecting releases the hold and tells the bidder the remark", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id);
    const res = await decide(t, owner.auth, placed.id, "Rejected", "Rate too high");
    expect(res.body.data).toMatchObject({ status: "Rejected", remark: "Rate too high" });
    expect((await walletBalances(t.prisma, investor.user.id)).onHold).toBe(0n);
    expect((await t.prisma.notification.findFirstOrThrow({ where: { userId: investor.user.id, type: "bid.rejected" } })).body).toContain("Rate too high");
    expect((await decide(t, owner.auth, placed.id, "Rejected")).status).toBe(409);
  });

  it("only the unit's owner decides: the bidder gets 403, anyone else 404", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const stranger = await trader(t, "buyer");
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id);
    expect((await decide(t, investor.auth, placed.id, "Accepted")).status).toBe(403);
    const res = await decide(t, stranger.auth, placed.id, "Accepted");
    expect(res.status).toBe(404);
    expect(res.body.message).toBe("Bid not found.");
    const bad = await request(t.app).put(`/api/v2/bids/${placed.id}/status`).set(owner.auth).send({ status: "Withdrawn" });
    expect(bad.body.errors.status).toEqual(["The selected status is invalid."]);
  });
});

describe("POST /bids/{bidId}/withdraw", () => {
  it("releases the hold; only the bidder may, and only while pending", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const other = await trader(t, "financer");
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id);
    expect((await withdraw(other.auth, placed.id)).status).toBe(404);
    const res = await withdraw(investor.auth, placed.id);
    expect(res.body.data.status).toBe("Withdrawn");
    expect((await walletBalances(t.prisma, investor.user.id)).onHold).toBe(0n);
    expect((await withdraw(investor.auth, placed.id)).status).toBe(409);
  });
});

describe("GET /bids", () => {
  it("shows bidders their own bids and owners the bids on their units, filtered by status", async () => {
    const owner = await trader(t, "buyer");
    const a = await trader(t, "investor", 10_000_000n);
    const b = await trader(t, "financer", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    const bidA = await placedBid(t, a.auth, fu.id, { bid_amount: 1000 });
    const bidB = await placedBid(t, b.auth, fu.id, { bid_amount: 2000 });
    await decide(t, owner.auth, bidB.id, "Rejected");

    const mine = await request(t.app).get("/api/v2/bids").set(a.auth);
    expect(mine.body.data.map((x: { id: number }) => x.id)).toEqual([bidA.id]);
    expect(mine.body.data[0].bidder).toBeUndefined();
    expect(mine.body.data[0].factoring_unit).toMatchObject({ id: fu.id, fu_invoice_no: fu.fu_invoice_no, status: "Bidding" });
    const owners = await request(t.app).get("/api/v2/bids").set(owner.auth);
    expect(owners.body.data.map((x: { id: number }) => x.id)).toEqual([bidB.id, bidA.id]);
    expect(owners.body.data[0].bidder).toMatchObject({ id: b.user.id });
    const rejected = await request(t.app).get("/api/v2/bids?status=Rejected").set(owner.auth);
    expect(rejected.body.data.map((x: { id: number }) => x.id)).toEqual([bidB.id]);

    const detailForA = await request(t.app).get(`/api/v2/factoring-units/${fu.id}`).set(a.auth);
    expect(detailForA.body.data.bids.map((x: { id: number }) => x.id)).toEqual([bidA.id]);
  });
});

describe("concurrency", () => {
  it("exactly one of many concurrent accepts of different bids on one unit succeeds", async () => {
    const owner = await trader(t, "buyer");
    const bidders = await Promise.all(Array.from({ length: 6 }, (_, i) => trader(t, i % 2 ? "investor" : "financer", 10_000_000n)));
    const fu = await listUnit(t, owner.auth);
    const bids = [];
    for (const bidder of bidders) bids.push(await placedBid(t, bidder.auth, fu.id, { bid_amount: 50000 }));
    const responses = await Promise.all(bids.map((b) => decide(t, owner.auth, b.id, "Accepted")));
    expect(responses.filter((r) => r.status === 200)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409)).toHaveLength(5);
    expect(await t.prisma.bid.count({ where: { factoringUnitId: fu.id, status: "Accepted" } })).toBe(1);
    expect(await t.prisma.bid.count({ where: { factoringUnitId: fu.id, status: "Rejected" } })).toBe(5);
    expect(await t.prisma.hold.count({ where: { businessType: "bid", status: "active", userId: { in: bidders.map((b) => b.user.id) } } })).toBe(0);
    const total = (await Promise.all(bidders.map((b) => walletBalances(t.prisma, b.user.id)))).reduce((sum, w) => sum + w.balance, 0n);
    expect(total).toBe(6n * 10_000_000n - 5_000_000n);
    expect(await ledgerProblemsFor(t, [owner.user, ...bidders.map((b) => b.user)])).toEqual([]);
  });

  it("one investor bidding the whole balance on many units at once gets exactly one bid", async () => {
    const owner = await trader(t, "seller");
    const investor = await trader(t, "investor", 5_000_000n);
    const units = [];
    for (let i = 0; i < 8; i++) units.push(await listUnit(t, owner.auth));
    const responses = await Promise.all(units.map((fu) => bid(t, investor.auth, fu.id, { bid_amount: 50000 })));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 422)).toHaveLength(7);
    expect(await walletBalances(t.prisma, investor.user.id)).toEqual({ balance: 5_000_000n, onHold: 5_000_000n, available: 0n });
    expect(await ledgerProblemsFor(t, [investor.user])).toEqual([]);
  });

  it("crossed accepts (each rejects a bidder the other pays out) all succeed: one ordered lock of every account, no deadlock", async () => {
    // Bidders X and Y bid on units 1 and 2 of two owners; unit 1 accepts X (Y's bid is rejected: Y's
    // accounts), unit 2 accepts Y (X's rejected: X's accounts). Locking the released accounts and then
    // the captured ones, as two steps, could take X's and Y's accounts in opposite orders and deadlock.
    // Half the owners have a wallet already, half are financed for the first time (their wallet is
    // created on the way, which once deadlocked too).
    const pairs = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const ownerWallet = i % 2 ? 100n : 0n;
        const [ownerOne, ownerTwo] = await Promise.all([trader(t, "buyer", ownerWallet), trader(t, "seller", ownerWallet)]);
        const [x, y] = await Promise.all([trader(t, "investor", 10_000_000n), trader(t, "financer", 10_000_000n)]);
        const [one, two] = [await listUnit(t, ownerOne.auth), await listUnit(t, ownerTwo.auth)];
        const xOnOne = await placedBid(t, x.auth, one.id, { bid_amount: 50000 });
        await placedBid(t, y.auth, one.id, { bid_amount: 40000 });
        await placedBid(t, x.auth, two.id, { bid_amount: 30000 });
        const yOnTwo = await placedBid(t, y.auth, two.id, { bid_amount: 20000 });
        return { ownerOne, ownerTwo, x, y, xOnOne, yOnTwo };
      }),
    );
    const answers = await Promise.all(pairs.flatMap((p) => [decide(t, p.ownerOne.auth, p.xOnOne.id, "Accepted"), decide(t, p.ownerTwo.auth, p.yOnTwo.id, "Accepted")]));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    for (const p of pairs) {
      // X paid 50,000 for unit 1 and has every other rupee back; Y paid 20,000 for unit 2.
      expect(await walletBalances(t.prisma, p.x.user.id)).toEqual({ balance: 10_000_000n - 5_000_000n, onHold: 0n, available: 10_000_000n - 5_000_000n });
      expect(await walletBalances(t.prisma, p.y.user.id)).toEqual({ balance: 10_000_000n - 2_000_000n, onHold: 0n, available: 10_000_000n - 2_000_000n });
      expect(await ledgerProblemsFor(t, [p.ownerOne.user, p.ownerTwo.user, p.x.user, p.y.user])).toEqual([]);
    }
  });

  it("accept racing withdraw and cancel leaves one consistent outcome", async () => {
    for (let round = 0; round < 4; round++) {
      const owner = await trader(t, "buyer");
      const investor = await trader(t, "investor", 10_000_000n);
      const other = await trader(t, "financer", 10_000_000n);
      const fu = await listUnit(t, owner.auth);
      const target = await placedBid(t, investor.auth, fu.id);
      await placedBid(t, other.auth, fu.id, { bid_amount: 1000 });
      const [accept, withdrawn, cancel] = await Promise.all([
        decide(t, owner.auth, target.id, "Accepted"),
        withdraw(investor.auth, target.id),
        request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(owner.auth),
      ]);
      const statuses = [accept.status, withdrawn.status, cancel.status];
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(1);
      const unit = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fu.id } });
      const targetBid = await t.prisma.bid.findUniqueOrThrow({ where: { id: target.id } });
      if (accept.status === 200) {
        expect(unit.status).toBe("Financed");
        expect(targetBid.status).toBe("Accepted");
        expect([withdrawn.status, cancel.status]).toEqual([409, 409]);
      } else {
        expect(targetBid.status).not.toBe("Accepted");
        expect(["Bidding", "Cancelled"]).toContain(unit.status);
      }
      expect(await t.prisma.hold.count({ where: { businessType: "bid", businessId: String(target.id), status: "active" } })).toBe(targetBid.status === "Pending" ? 1 : 0);
      expect(await ledgerProblemsFor(t, [owner.user, investor.user, other.user])).toEqual([]);
    }
  });
});

describe("account gates", () => {
  it("a pending investor cannot bid", async () => {
    const owner = await trader(t, "buyer");
    const fu = await listUnit(t, owner.auth);
    const pending = await signedInUser(t.prisma, { role: "investor", status: "pending" });
    expect((await bid(t, pending.auth, fu.id)).body.message).toBe("Account pending approval.");
  });

  it("withdraws many bids of many bidders at once: every one succeeds once and every hold comes back", async () => {
    const owner = await trader(t, "buyer");
    const units = [];
    for (let i = 0; i < 6; i++) units.push((await listUnit(t, owner.auth)).id);
    const bidders = await Promise.all(Array.from({ length: 8 }, () => trader(t, "investor", 10_000_000n)));
    const bids: { id: number; auth: Record<string, string> }[] = [];
    for (const unit of units) for (const bidder of bidders) bids.push({ id: (await placedBid(t, bidder.auth, unit, { bid_amount: 250 })).id, auth: bidder.auth });
    // Each twice at once: one withdrawal wins, the other is told the bid is no longer pending.
    const answers = await Promise.all([...bids, ...bids].map((b) => request(t.app).post(`/api/v2/bids/${b.id}/withdraw`).set(b.auth)));
    expect(answers.filter((res) => res.status === 200)).toHaveLength(bids.length);
    expect(answers.filter((res) => res.status === 409).map((res) => res.body.message)).toEqual(Array(bids.length).fill("Bid is no longer pending."));
    for (const bidder of bidders) expect(await walletBalances(t.prisma, bidder.user.id)).toEqual({ balance: 10_000_000n, onHold: 0n, available: 10_000_000n });
    expect(await ledgerProblemsFor(t, bidders.map((b) => b.user))).toEqual([]);
  });
});

describe("an acceptance decided on a read, written in one statement", () => {
  // The owner's acceptance reads the unit and its bids without locks, decides, and writes in one
  // statement that locks them and checks they are still as read. Read, then changed, then written:
  const staleAcceptance = async () => {
    const owner = await trader(t, "buyer");
    const [winner, loser, late] = await Promise.all([trader(t, "investor", 10_000_000n), trader(t, "financer", 10_000_000n), trader(t, "investor", 10_000_000n)]);
    const fu = await listUnit(t, owner.auth);
    const target = await placedBid(t, winner.auth, fu.id, { bid_amount: 50000 });
    await placedBid(t, loser.auth, fu.id, { bid_amount: 40000 });
    const seen = (await unitWithBids(t.prisma, target.id, { lock: false }))!;
    const acceptAsRead = () => acceptBidAsSeen(t.prisma, t.config, { fu: seen.fu, bid: seen.bid, others: seen.pending.filter((b) => b.id !== target.id) }, null, new Date());
    return { owner, winner, loser, late, fu, target, acceptAsRead };
  };
  const untouched = async (fuId: number, users: { user: { id: number } }[]) => {
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fuId } })).status).toBe("Bidding");
    expect(await t.prisma.bid.count({ where: { factoringUnitId: fuId, status: { in: ["Accepted", "Rejected"] } } })).toBe(0);
    expect(await t.prisma.notification.count({ where: { userId: { in: users.map((u) => u.user.id) }, type: { in: ["bid.accepted", "bid.rejected", "fu.financed"] } } })).toBe(0);
  };

  it("writes nothing when another bid was placed after the read, and the owner's next try rejects it too", async () => {
    const { owner, winner, loser, late, fu, target, acceptAsRead } = await staleAcceptance();
    const lateBid = await placedBid(t, late.auth, fu.id, { bid_amount: 30000 });
    expect(await acceptAsRead()).toBeNull();
    await untouched(fu.id, [owner, winner, loser, late]);
    expect(await walletBalances(t.prisma, winner.user.id)).toEqual({ balance: 10_000_000n, onHold: 5_000_000n, available: 5_000_000n });

    const res = await decide(t, owner.auth, target.id, "Accepted");
    expect(res.status).toBe(200);
    expect((await t.prisma.bid.findUniqueOrThrow({ where: { id: lateBid.id } })).status).toBe("Rejected");
    expect(await walletBalances(t.prisma, late.user.id)).toEqual({ balance: 10_000_000n, onHold: 0n, available: 10_000_000n });
    expect(await ledgerProblemsFor(t, [owner.user, winner.user, loser.user, late.user])).toEqual([]);
  });

  it("writes nothing when a bid was withdrawn, or the unit cancelled, after the read; the API then answers from what is there", async () => {
    const withdrawn = await staleAcceptance();
    expect((await withdraw(withdrawn.loser.auth, (await t.prisma.bid.findFirstOrThrow({ where: { factoringUnitId: withdrawn.fu.id, bidderId: withdrawn.loser.user.id } })).id)).status).toBe(200);
    expect(await withdrawn.acceptAsRead()).toBeNull();
    await untouched(withdrawn.fu.id, [withdrawn.owner, withdrawn.winner, withdrawn.loser]);

    const cancelled = await staleAcceptance();
    expect((await request(t.app).post(`/api/v2/factoring-units/${cancelled.fu.id}/cancel`).set(cancelled.owner.auth)).status).toBe(200);
    expect(await cancelled.acceptAsRead()).toBeNull();
    expect((await t.prisma.bid.findUniqueOrThrow({ where: { id: cancelled.target.id } })).status).toBe("Rejected");
    const res = await decide(t, cancelled.owner.auth, cancelled.target.id, "Accepted");
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: "error", code: "CONFLICT", message: "Bid is no longer pending." });
    expect(await ledgerProblemsFor(t, [cancelled.owner.user, cancelled.winner.user, cancelled.loser.user])).toEqual([]);
  });

  it("a statement whose own check fails keeps nothing of what its CTEs wrote (assert_statement)", async () => {
    const owner = await trader(t, "buyer");
    const before = await t.prisma.notification.count({ where: { userId: owner.user.id } });
    await expect(
      t.prisma.$queryRaw`
        WITH written AS (INSERT INTO notifications (user_id, type, title, body) VALUES (${owner.user.id}, 'test', 'x', 'y') RETURNING id)
        SELECT assert_statement((SELECT COUNT(*) FROM written) = 2, 'two notifications') AS checked`,
    ).rejects.toThrow(/statement check failed: two notifications/);
    expect(await t.prisma.notification.count({ where: { userId: owner.user.id } })).toBe(before);
    const [passed] = await t.prisma.$queryRaw<{ checked: boolean }[]>`
      WITH written AS (INSERT INTO notifications (user_id, type, title, body) VALUES (${owner.user.id}, 'test', 'x', 'y') RETURNING id)
      SELECT assert_statement((SELECT COUNT(*) FROM written) = 1, 'one notification') AS checked`;
    expect(passed!.checked).toBe(true);
    expect(await t.prisma.notification.count({ where: { userId: owner.user.id } })).toBe(before + 1);
  });
});
