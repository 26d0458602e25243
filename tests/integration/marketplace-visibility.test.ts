import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import { sweepRepayments } from "../../src/jobs/repayment-sweep.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { bid, decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// SPEC 5 visibility, for every kind of viewer and every unit state: owners see their own units;
// investors and financers see units in Bidding and those they funded; anything else is a 404.

type Viewer = "owner" | "otherOwner" | "winner" | "loser" | "bystander";
type State = "Bidding" | "Financed" | "Overdue" | "Repaid" | "Cancelled";

const visible: Record<Viewer, State[]> = {
  owner: ["Bidding", "Financed", "Overdue", "Repaid", "Cancelled"],
  otherOwner: [],
  winner: ["Bidding", "Financed", "Overdue", "Repaid"],
  loser: ["Bidding"],
  bystander: ["Bidding"],
};

let t: TestApp;
const viewers = {} as Record<Viewer, Awaited<ReturnType<typeof trader>>>;
const units = {} as Record<State, number>;
const loserBids = {} as Partial<Record<State, number>>;

beforeAll(async () => {
  t = await createTestApp();
  viewers.owner = await trader(t, "buyer");
  viewers.otherOwner = await trader(t, "seller");
  viewers.winner = await trader(t, "investor", 100_000_000n);
  viewers.loser = await trader(t, "financer", 100_000_000n);
  viewers.bystander = await trader(t, "investor", 100_000_000n);
  const { owner, winner, loser } = viewers;
  const today = todayInIndia();

  units.Bidding = (await listUnit(t, owner.auth)).id;
  loserBids.Bidding = (await placedBid(t, loser.auth, units.Bidding, { bid_amount: 1000 })).id;

  for (const state of ["Financed", "Overdue", "Repaid"] as const) {
    units[state] = (await listUnit(t, owner.auth, state === "Overdue" ? { fu_due_date: addDays(today, 5), fu_tenure: 5 } : {})).id;
    loserBids[state] = (await placedBid(t, loser.auth, units[state], { bid_amount: 1000, bid_tenure: 5 })).id;
    const winning = await placedBid(t, winner.auth, units[state], { bid_amount: 2000, bid_tenure: 5 });
    expect((await decide(t, owner.auth, winning.id, "Accepted")).status).toBe(200);
  }
  await sweepRepayments(t.prisma, { today: addDays(today, 6) });
  await fundWallet(t.prisma, owner.user, 1_000_000n);
  expect((await request(t.app).post(`/api/v2/factoring-units/${units.Repaid}/repay`).set(owner.auth)).status).toBe(200);

  units.Cancelled = (await listUnit(t, owner.auth)).id;
  loserBids.Cancelled = (await placedBid(t, loser.auth, units.Cancelled, { bid_amount: 1000 })).id;
  expect((await request(t.app).post(`/api/v2/factoring-units/${units.Cancelled}/cancel`).set(owner.auth)).status).toBe(200);

  for (const state of Object.keys(units) as State[]) {
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: units[state] } })).status).toBe(state);
  }
});
afterAll(() => t.close());

const cases = (Object.keys(visible) as Viewer[]).flatMap((viewer) =>
  (["Bidding", "Financed", "Overdue", "Repaid", "Cancelled"] as State[]).map((state) => [viewer, state, visible[viewer].includes(state)] as const),
);

describe.each(cases)("%s viewing a %s unit (visible: %s)", (viewer, state, canSee) => {
  it("GET /factoring-units/{id}", async () => {
    const res = await request(t.app).get(`/api/v2/factoring-units/${units[state]}`).set(viewers[viewer].auth);
    expect(res.status).toBe(canSee ? 200 : 404);
    if (!canSee) {
      expect(res.body).toMatchObject({ status: "error", message: "Factoring unit not found." });
      return;
    }
    const bidderIds = res.body.data.bids.map((b: { id: number }) => b.id);
    if (viewer === "owner") expect(bidderIds.length).toBeGreaterThanOrEqual(state === "Bidding" || state === "Cancelled" ? 1 : 2);
    else {
      // A bidder sees only their own bids, never another bidder's.
      const own = await t.prisma.bid.findMany({ where: { factoringUnitId: units[state], bidderId: viewers[viewer].user.id }, select: { id: true } });
      expect(bidderIds.sort()).toEqual(own.map((b) => b.id).sort());
      expect(res.body.data.bids.every((b: { bidder?: unknown }) => b.bidder === undefined)).toBe(true);
    }
  });

  it("GET /factoring-units", async () => {
    const res = await request(t.app).get(`/api/v2/factoring-units?per_page=100&status=${state}`).set(viewers[viewer].auth);
    expect(res.status).toBe(200);
    expect(res.body.data.some((fu: { id: number }) => fu.id === units[state])).toBe(canSee);
  });

  it("POST /bids/{fuId} and POST /factoring-units/{id}/cancel", async () => {
    const { auth, user } = viewers[viewer];
    if (user.role === "investor" || user.role === "financer") {
      const res = await bid(t, auth, units[state], { bid_amount: 10 });
      const expected = !canSee ? 404 : state === "Bidding" ? 201 : 409;
      expect(res.status).toBe(state === "Bidding" && viewer === "loser" ? 409 : expected); // the loser already has a live bid there
      if (res.status === 201) await request(t.app).post(`/api/v2/bids/${res.body.data.id}/withdraw`).set(auth);
    } else if (viewer === "otherOwner") {
      expect((await request(t.app).post(`/api/v2/factoring-units/${units[state]}/cancel`).set(auth)).status).toBe(404);
      expect((await request(t.app).post(`/api/v2/factoring-units/${units[state]}/repay`).set(auth)).status).toBe(404);
    } else {
      // The owner's own actions are covered where they change state; here only that owners cannot bid.
      expect((await bid(t, auth, units[state])).status).toBe(403);
    }
  });
});

describe("GET /bids scoping", () => {
  it("another owner and a bystander see none of these bids; the loser sees theirs with states", async () => {
    const other = await request(t.app).get("/api/v2/bids?per_page=100").set(viewers.otherOwner.auth);
    expect(other.body.meta.total).toBe(0);
    const loser = await request(t.app).get("/api/v2/bids?per_page=100").set(viewers.loser.auth);
    const statuses = Object.fromEntries(loser.body.data.map((b: { id: number; status: string }) => [b.id, b.status]));
    expect(statuses[loserBids.Bidding!]).toBe("Pending");
    expect(statuses[loserBids.Financed!]).toBe("Rejected");
    expect(statuses[loserBids.Cancelled!]).toBe("Rejected");
  });
});
