import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { backdateFinancing, decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PLATFORM_FEE_BPS: "100" } });
});
afterAll(() => t.close());

describe("GET /dashboard", () => {
  it("gives owners and funders their figures, computed from the same activity", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 100_000_000n); // ₹10,00,000
    const financer = await trader(t, "financer", 100_000_000n);

    const a = await listUnit(t, owner.auth); // financed by the investor at 20000 @ 10% for 73 days
    const b = await listUnit(t, owner.auth); // financed by the investor at 30000 @ 12% for 73 days, then repaid
    const c = await listUnit(t, owner.auth); // still bidding, with two pending bids
    await listUnit(t, owner.auth).then((fu) => request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(owner.auth));
    await decide(t, owner.auth, (await placedBid(t, investor.auth, a.id, { bid_amount: 20000, bid_percentage: 10, bid_tenure: 73 })).id, "Accepted");
    await decide(t, owner.auth, (await placedBid(t, investor.auth, b.id, { bid_amount: 30000, bid_percentage: 12, bid_tenure: 73 })).id, "Accepted");
    // Both financed 80 days ago: past their 73-day tenure, so each owes its full-tenure interest.
    await backdateFinancing(t, a.id, 80);
    await backdateFinancing(t, b.id, 80);
    await fundWallet(t.prisma, owner.user, 10_000_000n);
    await request(t.app).post(`/api/v2/factoring-units/${b.id}/repay`).set(owner.auth);
    await placedBid(t, investor.auth, c.id, { bid_amount: 5000 });
    await placedBid(t, financer.auth, c.id, { bid_amount: 7000 });

    // Interest: 20000 x 10% x 73/365 = 400; 30000 x 12% x 73/365 = 720.
    const ownerView = await request(t.app).get("/api/v2/dashboard").set(owner.auth);
    expect(ownerView.status).toBe(200);
    expect(ownerView.body.data).toMatchObject({
      role: "buyer",
      factoring_units: { Bidding: 1, Financed: 1, Overdue: 0, Repaid: 1, Cancelled: 1, total: 4 },
      total_financed: 50000,
      total_repayment_due: 20400,
      pending_bids: { count: 2, amount: 12000 },
      upcoming_repayments: [{ factoring_unit_id: a.id, amount: 20400, status: "Financed" }],
    });
    // Received 20000 + 30000 less 1% fee and 18% GST on it (500 + 90), topped up 100000, repaid 30720.
    expect(ownerView.body.data.wallet).toEqual({ balance: 118690, currency: "INR", on_hold: 0, available: 118690 });

    const investorView = await request(t.app).get("/api/v2/dashboard").set(investor.auth);
    expect(investorView.body.data).toMatchObject({
      role: "investor",
      active_bids: { count: 1, amount: 5000 },
      accepted_bids: { count: 2, amount: 50000 },
      total_deployed: 50000,
      outstanding: 20000,
      expected_returns: 400,
      total_received: 30720,
      upcoming_repayments: [{ factoring_unit_id: a.id, amount: 20400 }],
      wallet: { balance: 980720, on_hold: 5000, available: 975720, currency: "INR" },
    });

    const financerView = await request(t.app).get("/api/v2/dashboard").set(financer.auth);
    expect(financerView.body.data).toMatchObject({ role: "financer", active_bids: { count: 1, amount: 7000 }, accepted_bids: { count: 0, amount: 0 }, total_deployed: 0, upcoming_repayments: [] });
  });

  it("is empty, not an error, for a new user", async () => {
    const fresh = await trader(t, "seller");
    const res = await request(t.app).get("/api/v2/dashboard").set(fresh.auth);
    expect(res.body.data).toMatchObject({ factoring_units: { total: 0 }, total_financed: 0, pending_bids: { count: 0, amount: 0 }, upcoming_repayments: [] });
  });
});
