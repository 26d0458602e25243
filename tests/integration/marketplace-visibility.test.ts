import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import { lapseFactoringUnits } from "../../src/jobs/marketplace-sweeps.ts";
import { sweepRepayments } from "../../src/jobs/repayment-sweep.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { bid, decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The one visibility rule (SPEC 5), for every kind of viewer and every unit state: owners see their
// own units; investors and financers see units in Bidding, those they funded and every unit they bid
// on (with only their own bid); anything else is a 404. List, detail, bidding, the owner's actions
// and GET /bids all follow it.

type Viewer = "owner" | "otherOwner" | "winner" | "loser" | "bystander";
type State = "Bidding" | "Financed" | "Overdue" | "Repaid" | "Cancelled" | "Expired";
const STATES: State[] = ["Bidding", "Financed", "Overdue", "Repaid", "Cancelled", "Expired"];

// The loser bid on every unit; the winner won Financed, Overdue and Repaid and bid nowhere else.
const visible: Record<Viewer, State[]> = {
  owner: STATES,
  otherOwner: [],
  winner: ["Bidding", "Financed", "Overdue", "Repaid"],
  loser: STATES,
  bystander: ["Bidding"],
};

let t: TestApp;
const viewers = {} as Record<Viewer, Awaited<ReturnType<typeof trader>>>;
const units = {} as Record<State, number>;
const loserBids = {} as Record<State, number>;

/** Time passes for one unit: its due date moves to `daysFromToday`. */
const moveDueDate = (id: number, daysFromToday: number) =>
  t.prisma.factoringUnit.update({ where: { id }, data: { dueDate: new Date(`${addDays(todayInIndia(), daysFromToday)}T00:00:00.000Z`) } });

beforeAll(async () => {
  t = await createTestApp();
  viewers.owner = await trader(t, "buyer");
  viewers.otherOwner = await trader(t, "seller");
  viewers.winner = await trader(t, "investor", 100_000_000n);
  viewers.loser = await trader(t, "financer", 100_000_000n);
  viewers.bystander = await trader(t, "investor", 100_000_000n);
  const { owner, winner, loser } = viewers;

  for (const state of STATES) {
    units[state] = (await listUnit(t, owner.auth)).id;
    loserBids[state] = (await placedBid(t, loser.auth, units[state], { bid_amount: 1000, bid_tenure: 5 })).id;
  }
  for (const state of ["Financed", "Overdue", "Repaid"] as const) {
    const winning = await placedBid(t, winner.auth, units[state], { bid_amount: 2000, bid_tenure: 5 });
    expect((await decide(t, owner.auth, winning.id, "Accepted")).status).toBe(200);
  }
  await moveDueDate(units.Overdue, -1);
  await sweepRepayments(t.prisma, { minInterestDays: t.config.marketplace.minInterestDays });
  await fundWallet(t.prisma, owner.user, 1_000_000n);
  expect((await request(t.app).post(`/api/v2/factoring-units/${units.Repaid}/repay`).set(owner.auth)).status).toBe(200);
  expect((await request(t.app).post(`/api/v2/factoring-units/${units.Cancelled}/cancel`).set(owner.auth)).status).toBe(200);
  await moveDueDate(units.Expired, t.config.marketplace.minTenorDays - 1);
  expect(await lapseFactoringUnits(t.prisma, t.config)).toContain(units.Expired);

  for (const state of STATES) {
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: units[state] } })).status).toBe(state);
  }
});
afterAll(() => t.close());

const cases = (Object.keys(visible) as Viewer[]).flatMap((viewer) => STATES.map((state) => [viewer, state, visible[viewer].includes(state)] as const));

describe.each(cases)("%s viewing a %s unit (visible: %s)", (viewer, state, canSee) => {
  it("GET /factoring-units/{id}", async () => {
    const res = await request(t.app).get(`/api/v2/factoring-units/${units[state]}`).set(viewers[viewer].auth);
    expect(res.status).toBe(canSee ? 200 : 404);
    if (!canSee) {
      expect(res.body).toMatchObject({ status: "error", message: "Factoring unit not found." });
      return;
    }
    const bidderIds = res.body.data.bids.map((b: { id: number }) => b.id);
    if (viewer === "owner") expect(bidderIds.length).toBe(["Financed", "Overdue", "Repaid"].includes(state) ? 2 : 1);
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

  it("POST /bids/{fuId}, and the owner's cancel and repay", async () => {
    const { auth, user } = viewers[viewer];
    if (user.role === "investor" || user.role === "financer") {
      const res = await bid(t, auth, units[state], { bid_amount: 10 });
      const expected = !canSee ? 404 : state === "Bidding" ? 201 : 409;
      expect(res.status).toBe(state === "Bidding" && viewer === "loser" ? 409 : expected); // the loser already has a live bid there
      if (res.status === 201) await request(t.app).post(`/api/v2/bids/${res.body.data.id}/withdraw`).set(auth);
      // Owner-only actions: 403 for a bidder who may see the unit, the unit's 404 for one who may not.
      for (const action of ["cancel", "repay"]) {
        const attempt = await request(t.app).post(`/api/v2/factoring-units/${units[state]}/${action}`).set(auth);
        expect(attempt.status).toBe(canSee ? 403 : 404);
        if (!canSee) expect(attempt.body.message).toBe("Factoring unit not found.");
      }
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
    expect(statuses[loserBids.Bidding]).toBe("Pending");
    expect(statuses[loserBids.Financed]).toBe("Rejected");
    expect(statuses[loserBids.Cancelled]).toBe("Rejected");
    expect(statuses[loserBids.Expired]).toBe("Expired");
    // Every unit in the loser's GET /bids is one the loser may open.
    for (const item of loser.body.data as { factoring_unit: { id: number } }[]) {
      expect((await request(t.app).get(`/api/v2/factoring-units/${item.factoring_unit.id}`).set(viewers.loser.auth)).status).toBe(200);
    }
  });
});
