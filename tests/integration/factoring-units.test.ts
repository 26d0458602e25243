import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, todayInIndia } from "../../src/calendar.ts";
import { sweepRepayments } from "../../src/jobs/repayment-sweep.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { signedInUser } from "../helpers/factories.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { backdateFinancing, decide, fuBody, ledgerProblemsFor, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const create = (auth: Record<string, string>, overrides: Record<string, unknown> = {}) => request(t.app).post("/api/v2/factoring-units").set(auth).send(fuBody(overrides));
const today = todayInIndia();

describe("POST /factoring-units", () => {
  it("lists an invoice with line items, open for bidding", async () => {
    const { user, auth } = await trader(t, "seller");
    const res = await create(auth, {
      fu_total: 1500.5,
      fu_invoice_total: 1770.59,
      fu_finance_amount: 1400,
      line_items: [
        { description: "Cotton yarn", hsn_code: "5205", quantity: 2.5, rate: 400.2, amount: 1000.5, gst_rate: 18 },
        { description: "Freight", quantity: "1", rate: 500, amount: 500 },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      fu_total: 1500.5,
      fu_invoice_total: 1770.59,
      fu_finance_amount: 1400,
      fu_tenure: "90",
      status: "Bidding",
      buyer: { id: user.id, name: user.name },
      bids: [],
      repayment_amount: null,
      line_items: [
        { description: "Cotton yarn", hsn_code: "5205", quantity: 2.5, rate: 400.2, amount: 1000.5, gst_rate: 18 },
        { description: "Freight", hsn_code: null, quantity: 1, rate: 500, amount: 500, gst_rate: null },
      ],
    });
    const stored = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(stored).toMatchObject({ total: 150050n, invoiceTotal: 177059n, financeAmount: 140000n, tenureDays: 90 });
    // The answer to the listing is what reading the unit back shows (it is built without a second read).
    const readBack = await request(t.app).get(`/api/v2/factoring-units/${res.body.data.id}`).set(auth);
    expect(res.body.data).toEqual(readBack.body.data);
  });

  it.each([
    [{ fu_due_date: addDays(today, -1) }, "fu_due_date", "The fu due date field must be a date after today."],
    [{ fu_invoice_date: addDays(today, 5), fu_due_date: addDays(today, 4) }, "fu_due_date", "The fu due date field must be a date after fu invoice date."],
    [{ fu_invoice_date: addDays(today, 1) }, "fu_invoice_date", "The fu invoice date field must be a date before or equal to today."],
    [{ fu_due_date: "2027-02-30" }, "fu_due_date", "The fu due date field must be a valid date (YYYY-MM-DD)."],
    [{ fu_finance_amount: 118000.01 }, "fu_finance_amount", "The fu finance amount field must not be greater than fu invoice total."],
    [{ fu_total: 200000 }, "fu_total", "The fu total field must not be greater than fu invoice total."],
    [{ fu_total: 100.555 }, "fu_total", "The fu total field must have at most 2 decimal places."],
    [{ fu_tenure: "90.5" }, "fu_tenure", "The fu tenure field must be a whole number of days between 1 and 3650."],
    [{ fu_tenure: 0 }, "fu_tenure", "The fu tenure field must be a whole number of days between 1 and 3650."],
    [{ fu_tenure: 121 }, "fu_tenure", `The fu tenure field must fit before the due date: at most 120 days from today (${addDays(today, 120)}).`],
    [{ line_items: [{ description: "a", quantity: 1, rate: 10, amount: 10 }] }, "line_items", "The line items must add up to fu total (100000); they add up to 10."],
    [{ line_items: [{ description: "a", quantity: 1.2345, rate: 10, amount: 100000 }] }, "line_items.0.quantity", "The line items.0.quantity field must be a positive number with at most 3 decimals."],
    [{ line_items: [{ description: "a", quantity: 1, rate: 10, amount: 100000, gst_rate: 30 }] }, "line_items.0.gst_rate", "The line items.0.gst rate field must be a percentage from 0 to 28 with at most 2 decimals."],
    [{ fu_seller: "" }, "fu_seller", "The fu seller field is required."],
  ])("refuses %j and lists nothing", async (overrides, field, message) => {
    const { user, auth } = await trader(t, "buyer");
    const res = await create(auth, overrides);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
    expect(await t.prisma.factoringUnit.count({ where: { ownerId: user.id } })).toBe(0);
  });

  it("refuses the same invoice twice (409), even with different case and spacing, but allows relisting after cancel", async () => {
    const { auth } = await trader(t, "buyer");
    const first = await create(auth, { fu_invoice_no: "INV-DUP-1", fu_seller: "Acme Ltd" });
    expect(first.status).toBe(201);
    const again = await create(auth, { fu_invoice_no: " inv-dup-1 ", fu_seller: "ACME LTD" });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ status: "error", code: "CONFLICT" });
    expect(again.body.message).toMatch(/^This invoice is already listed on Hundi/);
    expect((await request(t.app).post(`/api/v2/factoring-units/${first.body.data.id}/cancel`).set(auth)).status).toBe(200);
    expect((await create(auth, { fu_invoice_no: "INV-DUP-1", fu_seller: "Acme Ltd" })).status).toBe(201);
    const otherOwner = await trader(t, "buyer");
    expect((await create(otherOwner.auth, { fu_invoice_no: "INV-DUP-1", fu_seller: "Acme Ltd" })).status).toBe(409);
  });

  it("is for active, KYC-complete buyers and sellers only", async () => {
    const investor = await trader(t, "investor");
    const byInvestor = await create(investor.auth);
    expect(byInvestor.status).toBe(403);
    expect(byInvestor.body.message).toBe("Only buyers/sellers can list factoring units.");
    const noKyc = await signedInUser(t.prisma, { role: "buyer" });
    expect((await create(noKyc.auth)).body.message).toBe("Verify your PAN and bank account before trading.");
    const pending = await signedInUser(t.prisma, { role: "buyer", status: "pending" });
    expect((await create(pending.auth)).body.message).toBe("Account pending approval.");
  });
});

describe("GET /factoring-units", () => {
  it("filters by status and invoice total, sorts and paginates the caller's units", async () => {
    const { auth } = await trader(t, "buyer");
    const small = await listUnit(t, auth, { fu_total: 1000, fu_invoice_total: 1000, fu_finance_amount: 900 });
    const large = await listUnit(t, auth, { fu_total: 9000, fu_invoice_total: 9000, fu_finance_amount: 8000 });
    const middle = await listUnit(t, auth, { fu_total: 5000, fu_invoice_total: 5000, fu_finance_amount: 4000 });
    await request(t.app).post(`/api/v2/factoring-units/${middle.id}/cancel`).set(auth);

    const asc = await request(t.app).get("/api/v2/factoring-units?sort=amount_asc").set(auth);
    expect(asc.body.data.map((fu: { id: number }) => fu.id)).toEqual([small.id, middle.id, large.id]);
    const newest = await request(t.app).get("/api/v2/factoring-units").set(auth);
    expect(newest.body.data.map((fu: { id: number }) => fu.id)).toEqual([middle.id, large.id, small.id]);
    const bidding = await request(t.app).get("/api/v2/factoring-units?status=Bidding&min_amount=2000").set(auth);
    expect(bidding.body.data.map((fu: { id: number }) => fu.id)).toEqual([large.id]);
    const page = await request(t.app).get("/api/v2/factoring-units?sort=amount_desc&per_page=2&page=2").set(auth);
    expect(page.body.meta).toEqual({ current_page: 2, per_page: 2, total: 3, last_page: 2 });
    expect(page.body.data.map((fu: { id: number }) => fu.id)).toEqual([small.id]);
    const bad = await request(t.app).get("/api/v2/factoring-units?status=Open&sort=cheapest").set(auth);
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["sort", "status"]);
  });
});

describe("cancel and repay", () => {
  it("cancel rejects every pending bid and releases its hold", async () => {
    const owner = await trader(t, "buyer");
    const a = await trader(t, "investor", 10_000_000n);
    const b = await trader(t, "financer", 10_000_000n);
    const fu = await listUnit(t, owner.auth);
    await placedBid(t, a.auth, fu.id);
    await placedBid(t, b.auth, fu.id, { bid_amount: 50000 });
    const res = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(owner.auth);
    expect(res.status).toBe(200);
    expect(res.body.data.status).toBe("Cancelled");
    expect(res.body.data.bids.map((x: { status: string; remark: string }) => [x.status, x.remark])).toEqual([
      ["Rejected", "The factoring unit was cancelled by its owner."],
      ["Rejected", "The factoring unit was cancelled by its owner."],
    ]);
    for (const u of [a, b]) expect(await walletBalances(t.prisma, u.user.id)).toEqual({ balance: 10_000_000n, onHold: 0n, available: 10_000_000n });
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(owner.auth)).status).toBe(409);
    expect(await ledgerProblemsFor(t, [owner.user, a.user, b.user])).toEqual([]);
  });

  it("repays the funder principal plus round-half-up interest, once, and refuses short wallets", async () => {
    const owner = await trader(t, "buyer");
    const funder = await trader(t, "investor", 9_000_000n);
    const fu = await listUnit(t, owner.auth);
    const placed = await placedBid(t, funder.auth, fu.id, { bid_amount: 90000, bid_percentage: 12.5, bid_tenure: 90 });
    await decide(t, owner.auth, placed.id, "Accepted");
    await backdateFinancing(t, fu.id, 120); // past the bid's tenure: interest is capped at its 90 days
    // 90000 x 12.5% x 90/365 = 2773.9726... -> 2773.97; owner received 90000 - 900 fee - 162 GST = 88938.
    const detail = await request(t.app).get(`/api/v2/factoring-units/${fu.id}`).set(owner.auth);
    expect(detail.body.data.repayment_amount).toBe(92773.97);

    const short = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth);
    expect(short.status).toBe(422);
    expect(short.body.errors.balance).toEqual(["Insufficient available balance: repaying needs 92773.97, you have 88938."]);
    await fundWallet(t.prisma, owner.user, 383_597n); // 3835.97 more
    const paid = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth).set("Idempotency-Key", `repay-${fu.id}`);
    expect(paid.status).toBe(200);
    expect(paid.body.data.status).toBe("Repaid");
    const replay = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth).set("Idempotency-Key", `repay-${fu.id}`);
    expect(replay.body).toEqual(paid.body);
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth)).status).toBe(409);
    expect(await walletBalances(t.prisma, owner.user.id)).toEqual({ balance: 0n, onHold: 0n, available: 0n });
    expect((await walletBalances(t.prisma, funder.user.id)).balance).toBe(9_277_397n);
    expect(await t.prisma.notification.count({ where: { userId: funder.user.id, type: "repayment.received" } })).toBe(1);
    expect(await ledgerProblemsFor(t, [owner.user, funder.user])).toEqual([]);
  });

  it("only the owner can cancel or repay; others get 404 or 403", async () => {
    const owner = await trader(t, "buyer");
    const stranger = await trader(t, "seller");
    const fu = await listUnit(t, owner.auth);
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/cancel`).set(stranger.auth)).status).toBe(404);
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(stranger.auth)).status).toBe(404);
    expect((await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth)).status).toBe(409);
  });
});

describe("repayment sweep", () => {
  it("reminds both sides 3 days ahead, then marks the unit overdue once; overdue units can still be repaid", async () => {
    const owner = await trader(t, "buyer");
    const funder = await trader(t, "investor", 9_000_000n);
    const fu = await listUnit(t, owner.auth, { fu_due_date: addDays(today, 100) });
    const placed = await placedBid(t, funder.auth, fu.id, { bid_tenure: 30 });
    await decide(t, owner.auth, placed.id, "Accepted");

    const threeDaysBefore = addDays(today, 97);
    expect((await sweepRepayments(t.prisma, { today: threeDaysBefore, minInterestDays: t.config.marketplace.minInterestDays })).reminded).toContain(fu.id);
    expect((await sweepRepayments(t.prisma, { today: threeDaysBefore, minInterestDays: t.config.marketplace.minInterestDays })).reminded).not.toContain(fu.id);
    for (const user of [owner.user, funder.user]) expect(await t.prisma.notification.count({ where: { userId: user.id, type: "fu.repayment_due" } })).toBe(1);

    const dayAfter = addDays(today, 101);
    const [first, second] = await Promise.all([sweepRepayments(t.prisma, { today: dayAfter, minInterestDays: t.config.marketplace.minInterestDays }), sweepRepayments(t.prisma, { today: dayAfter, minInterestDays: t.config.marketplace.minInterestDays })]);
    expect([...first.overdue, ...second.overdue].filter((id) => id === fu.id)).toHaveLength(1);
    expect((await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: fu.id } })).status).toBe("Overdue");
    for (const user of [owner.user, funder.user]) expect(await t.prisma.notification.count({ where: { userId: user.id, type: "fu.overdue" } })).toBe(1);

    await fundWallet(t.prisma, owner.user, 1_000_000n);
    const repaid = await request(t.app).post(`/api/v2/factoring-units/${fu.id}/repay`).set(owner.auth);
    expect(repaid.body.data.status).toBe("Repaid");
  });
});
