import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import { expireLapsedBids, lapseFactoringUnits, runAllSweeps } from "../../src/jobs/marketplace-sweeps.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { backdateFinancing, bid, decide, fuBody, ledgerProblemsFor, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// The ways a seller or investor could game the market, each closed: an invoice financed twice,
// stale bids and terms, interest for days that never passed.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PLATFORM_FEE_BPS: "100", BID_VALIDITY_DAYS: "7", MIN_TENOR_DAYS: "15", MIN_INTEREST_DAYS: "7" } });
});
afterAll(() => t.close());

const today = todayInIndia();
const list = (auth: Record<string, string>, overrides: Record<string, unknown> = {}) => request(t.app).post("/api/v2/factoring-units").set(auth).send(fuBody(overrides));
const unique = () => `${process.pid}${Date.now() % 1_000_000}${Math.floor(Math.random() * 1000)}`;
const dueIn = (days: number) => new Date(`${addDays(today, days)}T00:00:00.000Z`);

describe("an invoice is financed once, platform-wide", () => {
  it("refuses the seller's listing of an invoice its buyer already listed, across case, spaces and punctuation", async () => {
    const buyer = await trader(t, "buyer");
    const seller = await trader(t, "seller");
    const n = unique();
    expect((await list(buyer.auth, { fu_invoice_no: `AUD-${n}`, fu_seller: "Vikram Textiles LLP" })).status).toBe(201);
    for (const [invoiceNo, sellerName] of [
      [`AUD ${n}`, "Vikram Textiles LLP"],
      [`aud/${n}`, "VIKRAM TEXTILES, L.L.P."],
      [`AUD-${n}`, " vikram textiles llp "],
    ]) {
      const res = await list(seller.auth, { fu_invoice_no: invoiceNo, fu_seller: sellerName });
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ status: "error", code: "CONFLICT" });
      expect(res.body.message).toContain(`AUD${n}`);
    }
    expect(await t.prisma.factoringUnit.count({ where: { invoiceKey: `AUD${n}` } })).toBe(1);
  });

  it("counts the invoice date's financial year: the same number in another year is another invoice", async () => {
    const buyer = await trader(t, "buyer");
    const n = `FY-${unique()}`;
    const lastYear = `${Number(today.slice(0, 4)) - 1}-${today.slice(5, 7) < "04" ? "01-15" : "03-15"}`;
    expect((await list(buyer.auth, { fu_invoice_no: n, fu_invoice_date: addDays(today, -5) })).status).toBe(201);
    const other = await list(buyer.auth, { fu_invoice_no: n, fu_invoice_date: lastYear });
    expect(other.status).toBe(201);
    expect(other.body.data.id).toBeGreaterThan(0);
  });

  it("with GSTINs the seller is exact: two GSTINs are two sellers, the same GSTIN is one whatever the name", async () => {
    const buyer = await trader(t, "buyer");
    const n = `GST-${unique()}`;
    expect((await list(buyer.auth, { fu_invoice_no: n, fu_seller: "Acme Traders", fu_seller_gstin: "27AAPFU0939F1ZV" })).status).toBe(201);
    // Another branch of a same-named business, another GSTIN: its own invoice series.
    expect((await list(buyer.auth, { fu_invoice_no: n, fu_seller: "Acme Traders", fu_seller_gstin: "29AAGCB7383J1Z4" })).status).toBe(201);
    const sameGstin = await list(buyer.auth, { fu_invoice_no: n, fu_seller: "ACME (Pune)", fu_seller_gstin: "27aapfu0939f1zv" });
    expect(sameGstin.status).toBe(409);
    // Without a GSTIN the name decides, and it matches the listings above.
    expect((await list(buyer.auth, { fu_invoice_no: n, fu_seller: "Acme Traders" })).status).toBe(409);
  });

  it("refuses a name-only listing's twin given with a GSTIN", async () => {
    const buyer = await trader(t, "buyer");
    const seller = await trader(t, "seller");
    const n = `MIX-${unique()}`;
    expect((await list(buyer.auth, { fu_invoice_no: n, fu_seller: "Mixed Mode Pvt Ltd" })).status).toBe(201);
    expect((await list(seller.auth, { fu_invoice_no: n, fu_seller: "Mixed Mode Pvt Ltd", fu_seller_gstin: "27AAPFU0939F1ZV" })).status).toBe(409);
  });

  it("validates the GSTINs with the KYC checksum rules", async () => {
    const buyer = await trader(t, "buyer");
    const res = await list(buyer.auth, { fu_seller_gstin: "27AAPFU0939F1ZX", fu_buyer_gstin: "99ABCDE" });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({
      fu_seller_gstin: ["The fu seller gstin field has an invalid check character."],
      fu_buyer_gstin: ["The fu buyer gstin field must be a 15-character GSTIN, e.g. 27AAPFU0939F1ZV."],
    });
  });

  it("shows the GSTINs on the unit", async () => {
    const buyer = await trader(t, "buyer");
    const res = await list(buyer.auth, { fu_invoice_no: `SHOW-${unique()}`, fu_seller_gstin: "27 aapfu0939f1zv", fu_buyer_gstin: "29AAGCB7383J1Z4" });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ fu_seller_gstin: "27AAPFU0939F1ZV", fu_buyer_gstin: "29AAGCB7383J1Z4" });
  });

  it("lets an invoice be listed again once its unit is cancelled or expired, never while financed or repaid", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const n = `AGAIN-${unique()}`;
    const first = await listUnit(t, owner.auth, { fu_invoice_no: n });
    await request(t.app).post(`/api/v2/factoring-units/${first.id}/cancel`).set(owner.auth);
    const second = await listUnit(t, owner.auth, { fu_invoice_no: n });
    await t.prisma.factoringUnit.update({ where: { id: second.id }, data: { dueDate: dueIn(10) } });
    expect(await lapseFactoringUnits(t.prisma, t.config)).toContain(second.id);
    const third = await listUnit(t, owner.auth, { fu_invoice_no: n });
    await decide(t, owner.auth, (await placedBid(t, investor.auth, third.id)).id, "Accepted");
    expect((await list(owner.auth, { fu_invoice_no: n })).status).toBe(409);
    await fundWallet(t.prisma, owner.user, 10_000_000n);
    expect((await request(t.app).post(`/api/v2/factoring-units/${third.id}/repay`).set(owner.auth)).status).toBe(200);
    expect((await list(owner.auth, { fu_invoice_no: n })).status).toBe(409);
  });

  it("lets exactly one of many concurrent listings of one invoice, by buyer and seller, through", async () => {
    const buyer = await trader(t, "buyer");
    const seller = await trader(t, "seller");
    const n = unique();
    const attempts = Array.from({ length: 12 }, (_, i) =>
      list(i % 2 ? seller.auth : buyer.auth, { fu_invoice_no: [`RACE-${n}`, `race ${n}`, `Race/${n}`][i % 3], fu_seller: "Race Co", ...(i % 4 === 3 ? { fu_seller_gstin: "27AAPFU0939F1ZV" } : {}) }),
    );
    const statuses = (await Promise.all(attempts)).map((res) => res.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    expect(await t.prisma.factoringUnit.count({ where: { invoiceKey: `RACE${n}` } })).toBe(1);
  });
});

describe("units must be worth financing: MIN_TENOR_DAYS", () => {
  it("refuses a listing due closer than 15 days, on fu_due_date", async () => {
    const buyer = await trader(t, "buyer");
    const res = await list(buyer.auth, { fu_due_date: addDays(today, 14), fu_tenure: 10 });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual({ fu_due_date: [`The fu due date field must be at least 15 days from today (${addDays(today, 15)} or later): a unit closer to its due date cannot be financed.`] });
    expect((await list(buyer.auth, { fu_due_date: addDays(today, 15), fu_tenure: 10 })).status).toBe(201);
  });
});

describe("bids expire", () => {
  it("defaults valid_until to BID_VALIDITY_DAYS and accepts an earlier one", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const before = Date.now();
    const byDefault = await bid(t, investor.auth, fu.id, { bid_amount: 1000 });
    expect(byDefault.status).toBe(201);
    const validFor = Date.parse(byDefault.body.data.valid_until) - before;
    expect(validFor).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(validFor).toBeLessThanOrEqual(7 * 86_400_000 + 60_000);
    const other = await trader(t, "financer", 50_000_000n);
    const asked = new Date(Date.now() + 2 * 86_400_000);
    const earlier = await bid(t, other.auth, fu.id, { bid_amount: 1000, valid_until: asked.toISOString().replace("Z", "+00:00") });
    expect(earlier.status).toBe(201);
    expect(Date.parse(earlier.body.data.valid_until)).toBe(asked.getTime());
  });

  const validUntilCases: [string, () => string, string | RegExp][] = [
    ["in the past", () => new Date(Date.now() - 60_000).toISOString(), "The valid until field must be a date-time in the future."],
    ["beyond BID_VALIDITY_DAYS", () => new Date(Date.now() + 8 * 86_400_000).toISOString(), /^The valid until field must be at most 7 days from now/],
    ["not a date-time", () => "next tuesday", "The valid until field must be a valid date-time with an offset, e.g. 2026-12-05T18:30:00+05:30."],
  ];
  it.each(validUntilCases)("refuses valid_until %s, placing nothing", async (_label, value, message) => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const res = await bid(t, investor.auth, fu.id, { valid_until: value() });
    expect(res.status).toBe(422);
    expect(res.body.errors.valid_until[0]).toMatch(message);
    expect(await t.prisma.bid.count({ where: { factoringUnitId: fu.id } })).toBe(0);
  });

  it("the sweep expires a lapsed bid once, releases its hold and tells the bidder; accepting it is 409", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id, { bid_amount: 40000 });
    await t.prisma.bid.update({ where: { id: placed.id }, data: { validUntil: new Date(Date.now() - 1000) } });
    // Before any sweep ran, the lapsed bid already cannot be accepted.
    const early = await decide(t, owner.auth, placed.id, "Accepted");
    expect(early.status).toBe(409);
    expect(early.body.message).toBe("Bid has expired.");
    const [a, b] = await Promise.all([expireLapsedBids(t.prisma), expireLapsedBids(t.prisma)]);
    expect([...a, ...b].filter((id) => id === placed.id)).toHaveLength(1);
    expect((await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe("Expired");
    expect(await walletBalances(t.prisma, investor.user.id)).toEqual({ balance: 50_000_000n, onHold: 0n, available: 50_000_000n });
    expect(await t.prisma.notification.count({ where: { userId: investor.user.id, type: "bid.expired" } })).toBe(1);
    const late = await decide(t, owner.auth, placed.id, "Accepted");
    expect(late.status).toBe(409);
    expect(late.body.message).toBe("Bid has expired.");
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fu.id } })).status).toBe("Bidding");
    const mine = await request(t.app).get("/api/v2/bids?status=Expired").set(investor.auth);
    expect(mine.body.data.map((x: { id: number }) => x.id)).toContain(placed.id);
    expect(await ledgerProblemsFor(t, [owner.user, investor.user])).toEqual([]);
  });

  it("an expiry racing an accept settles the bid one way only", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id, { bid_amount: 40000 });
    const lapse = new Date(Date.now() + 300);
    await t.prisma.bid.update({ where: { id: placed.id }, data: { validUntil: lapse } });
    await new Promise((resolve) => setTimeout(resolve, 150));
    const [accept] = await Promise.all([decide(t, owner.auth, placed.id, "Accepted"), new Promise((r) => setTimeout(r, 200)).then(() => expireLapsedBids(t.prisma))]);
    const after = await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } });
    expect(after.status).toBe(accept.status === 200 ? "Accepted" : "Expired");
    const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: { businessType: "bid", businessId: String(placed.id), kind: "bid" } } });
    expect(hold.status).toBe(after.status === "Accepted" ? "captured" : "released");
    expect(await ledgerProblemsFor(t, [owner.user, investor.user])).toEqual([]);
  });
});

describe("units lapse", () => {
  it("the sweep moves a Bidding unit now closer than MIN_TENOR_DAYS to Expired, expiring and releasing every bid", async () => {
    const owner = await trader(t, "buyer");
    const investors = await Promise.all([trader(t, "investor", 50_000_000n), trader(t, "financer", 50_000_000n)]);
    const fu = await listUnit(t, owner.auth);
    const bids = [await placedBid(t, investors[0].auth, fu.id, { bid_amount: 30000, bid_tenure: 5 }), await placedBid(t, investors[1].auth, fu.id, { bid_amount: 20000, bid_tenure: 5 })];
    const financed = await listUnit(t, owner.auth);
    await decide(t, owner.auth, (await placedBid(t, investors[0].auth, financed.id, { bid_amount: 1000, bid_tenure: 5 })).id, "Accepted");
    await t.prisma.factoringUnit.updateMany({ where: { id: { in: [fu.id, financed.id] } }, data: { dueDate: dueIn(14) } });

    const [first, second] = await Promise.all([runAllSweeps(t.prisma, t.config), runAllSweeps(t.prisma, t.config)]);
    expect([...first.expiredUnits, ...second.expiredUnits].filter((id) => id === fu.id)).toHaveLength(1);
    expect([...first.expiredUnits, ...second.expiredUnits]).not.toContain(financed.id);
    const unit = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fu.id }, include: { bids: true } });
    expect(unit.status).toBe("Expired");
    expect(unit.bids.map((b) => b.status)).toEqual(["Expired", "Expired"]);
    for (const investor of investors) expect((await walletBalances(t.prisma, investor.user.id)).onHold).toBe(0n);
    expect(await t.prisma.notification.count({ where: { userId: owner.user.id, type: "fu.expired" } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: { in: investors.map((i) => i.user.id) }, type: "bid.expired" } })).toBe(2);
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: financed.id } })).status).toBe("Financed");

    const detail = await request(t.app).get(`/api/v2/factoring-units/${fu.id}`).set(investors[1].auth);
    expect(detail.body.data).toMatchObject({ status: "Expired", bids: [{ id: bids[1]!.id, status: "Expired" }] });
    expect((await bid(t, investors[1].auth, fu.id)).status).toBe(409);
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(owner.auth)).status).toBe(409);
    expect(await ledgerProblemsFor(t, [owner.user, ...investors.map((i) => i.user)])).toEqual([]);
  });
});

describe("acceptance re-checks the terms against today", () => {
  /** A pending bid of `tenure` days on a unit whose due date has since moved to `dueInDays` from today. */
  async function acceptAfterDueDateMoved(tenure: number, dueInDays: number) {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id, { bid_amount: 10000, bid_tenure: tenure });
    await t.prisma.factoringUnit.update({ where: { id: fu.id }, data: { dueDate: dueIn(dueInDays) } });
    return { fu, placed, investor, res: await decide(t, owner.auth, placed.id, "Accepted") };
  }

  it("refuses a bid whose tenure, counted from today, ends after the due date", async () => {
    const { placed, investor, res } = await acceptAfterDueDateMoved(90, 60);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(`The bid's tenure of 90 days would end on ${addDays(today, 90)}, after the due date (${addDays(today, 60)}): ask the bidder for a new bid.`);
    expect((await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } })).status).toBe("Pending");
    expect((await walletBalances(t.prisma, investor.user.id)).onHold).toBe(1_000_000n);
  });

  it("refuses any bid once the unit is closer than MIN_TENOR_DAYS to due, even before the sweep", async () => {
    const { fu, res } = await acceptAfterDueDateMoved(5, 10);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(`The factoring unit is due in 10 days (${addDays(today, 10)}), closer than the minimum tenor of 15 days: it can no longer be financed.`);
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fu.id } })).status).toBe("Bidding");
  });
});

describe("early repayment is fair and stated", () => {
  async function financedUnit(bidAmount: number, rate: number, tenure: number) {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 50_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, fu.id, { bid_amount: bidAmount, bid_percentage: rate, bid_tenure: tenure });
    expect((await decide(t, owner.auth, placed.id, "Accepted")).status).toBe(200);
    return { owner, investor, fu };
  }
  const shown = async (auth: Record<string, string>, id: number) => (await request(t.app).get(`/api/v2/factoring-units/${id}`).set(auth)).body.data.repayment_amount;

  it("charges the minimum 7 days the same minute, per day elapsed after that, capped at the tenure", async () => {
    const { owner, investor, fu } = await financedUnit(80000, 12, 90);
    // 80000 x 12% x 7/365 = 184.1095... -> 184.11
    expect(await shown(owner.auth, fu.id)).toBe(80184.11);
    expect(await shown(investor.auth, fu.id)).toBe(80184.11);
    await backdateFinancing(t, fu.id, 30); // 80000 x 12% x 30/365 = 789.0410... -> 789.04
    expect(await shown(owner.auth, fu.id)).toBe(80789.04);
    await backdateFinancing(t, fu.id, 70); // 100 days elapsed, capped at 90: 2367.1232... -> 2367.12
    expect(await shown(owner.auth, fu.id)).toBe(82367.12);
  });

  it("repays what the unit shows today, and records it", async () => {
    const { owner, investor, fu } = await financedUnit(90000, 12.5, 90);
    await backdateFinancing(t, fu.id, 20); // 90000 x 12.5% x 20/365 = 616.4383... -> 616.44
    expect(await shown(owner.auth, fu.id)).toBe(90616.44);
    const dashboard = await request(t.app).get("/api/v2/dashboard").set(owner.auth);
    expect(dashboard.body.data.total_repayment_due).toBe(90616.44);
    expect(dashboard.body.data.upcoming_repayments[0]).toMatchObject({ factoring_unit_id: fu.id, amount: 90616.44 });
    const funderBoard = await request(t.app).get("/api/v2/dashboard").set(investor.auth);
    expect(funderBoard.body.data.upcoming_repayments[0]).toMatchObject({ factoring_unit_id: fu.id, amount: 90616.44 });
    await fundWallet(t.prisma, owner.user, 200_000n);
    const paid = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth);
    expect(paid.status).toBe(200);
    expect(paid.body.data).toMatchObject({ status: "Repaid", repayment_amount: 90616.44 });
    expect((await walletBalances(t.prisma, investor.user.id)).balance).toBe(50_000_000n - 9_000_000n + 9_061_644n);
    const after = await request(t.app).get("/api/v2/dashboard").set(investor.auth);
    expect(after.body.data.total_received).toBe(90616.44);
    expect(await ledgerProblemsFor(t, [owner.user, investor.user])).toEqual([]);
  });

  it("rounds half up to the paisa", async () => {
    // ₹2.50 at 1% for 73 days: 250 x 100 x 73 / 3,650,000 = 0.5 paise exactly -> 1 paisa.
    const half = await financedUnit(2.5, 1, 90);
    await backdateFinancing(t, half.fu.id, 73);
    expect(await shown(half.owner.auth, half.fu.id)).toBe(2.51);
    // ₹2.49: 0.498 paise -> 0.
    const below = await financedUnit(2.49, 1, 90);
    await backdateFinancing(t, below.fu.id, 73);
    expect(await shown(below.owner.auth, below.fu.id)).toBe(2.49);
  });
});
