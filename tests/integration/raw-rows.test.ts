import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { holdsAccount } from "../../src/ledger/accounts.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { lockActiveHold, placeHold } from "../../src/ledger/holds.ts";
import { postTransaction } from "../../src/ledger/post-transaction.ts";
import { walletAccount } from "../../src/ledger/accounts.ts";
import { endBid, lockBid } from "../../src/modules/factoring-units/bid-endings.ts";
import { lockFactoringUnit } from "../../src/modules/factoring-units/fu.service.ts";
import { notify } from "../../src/modules/notifications/notify.ts";
import { lockPayment, markPaymentPaid } from "../../src/modules/payments/payment-settlement.ts";
import { endPendingBids, lockFactoringUnitOfBid, unitWithBids } from "../../src/modules/factoring-units/fu.service.ts";
import { financeFromHold, financingSplit, repaymentAmount } from "../../src/ledger/marketplace-postings.ts";
import { paiseToRupees } from "../../src/money.ts";
import { holdOfBid } from "../../src/modules/factoring-units/bid-endings.ts";
import { presentBid } from "../../src/modules/factoring-units/fu.presenter.ts";
import { notificationTemplates } from "../../src/modules/notifications/events.ts";
import { createUser } from "../helpers/factories.ts";
import { pushJobsOf, registerPushDevice } from "../helpers/push-jobs.ts";
import { fundWallet } from "../helpers/money-fixtures.ts";
import { bid, decide, fuBody, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

// Rows read or written with raw SQL on the hot paths must be exactly what Prisma would give: every
// column, every type. A new column added to the model and not to these reads fails here.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("raw rows match Prisma's", () => {
  it("lockFactoringUnit returns the unit as Prisma reads it, financed or not", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const open = await listUnit(t, owner.auth, { fu_seller_gstin: "27AAPFU0939F1ZV" });
    const financed = await listUnit(t, owner.auth);
    await decide(t, owner.auth, (await placedBid(t, investor.auth, financed.id)).id, "Accepted");
    for (const id of [open.id, financed.id]) {
      const raw = await t.prisma.$transaction((tx) => lockFactoringUnit(tx, id));
      expect(raw).toEqual(await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id } }));
    }
  });

  it("lockBid returns the bid as Prisma reads it", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const unit = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, unit.id);
    const raw = await t.prisma.$transaction((tx) => lockBid(tx, placed.id));
    expect(raw).toEqual(await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } }));
    expect(await t.prisma.$transaction((tx) => lockBid(tx, 2_147_483_647))).toBeNull();
  });

  it("lockActiveHold returns the hold as Prisma reads it", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 5_000n);
    const hold = await t.prisma.$transaction((tx) => placeHold(tx, { userId: user.id, amount: 1_000n, kind: "test", businessType: "test", businessId: `raw-${user.id}`, description: "raw row" }));
    const raw = await t.prisma.$transaction((tx) => lockActiveHold(tx, hold.id));
    expect(raw).toEqual(await t.prisma.hold.findUniqueOrThrow({ where: { id: hold.id } }));
    expect((await t.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: holdsAccount(user.id) } })).balance).toBe(1_000n);
  });

  it("notify writes the notification and its outbox row, and returns what Prisma reads", async () => {
    const user = await createUser(t.prisma);
    await registerPushDevice(t.prisma, user.id);
    const before = Date.now();
    const created = await t.prisma.$transaction((tx) => notify(tx, user.id, "account.suspended", { reason: "chargeback: ₹1,000 \"disputed\"" }));
    expect(created).toEqual(await t.prisma.notification.findUniqueOrThrow({ where: { id: created.id } }));
    expect(created.data).toEqual({ reason: "chargeback: ₹1,000 \"disputed\"" });
    expect(Math.abs(created.createdAt.getTime() - before)).toBeLessThan(60_000);
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "created", retry_count: 0 }]);
  });

  it("placeBid's one statement writes the bid, hold, posting and notification that the step-by-step writes made, or nothing", async () => {
    const owner = await trader(t, "buyer");
    await registerPushDevice(t.prisma, owner.user.id);
    const investor = await trader(t, "investor", 100_000n);
    const unit = await listUnit(t, owner.auth);
    // The bidder's first hold: the holds account does not exist yet, so the statement runs twice.
    expect(await t.prisma.ledgerAccount.findUnique({ where: { code: holdsAccount(investor.user.id) } })).toBeNull();
    const res = await bid(t, investor.auth, unit.id, { bid_amount: 600.25, bid_percentage: 12.5, bid_tenure: 30 });
    expect(res.status).toBe(201);
    const stored = await t.prisma.bid.findUniqueOrThrow({ where: { id: res.body.data.id } });
    expect(res.body.data).toEqual(presentBid(stored, { showBidder: false }));
    expect(stored).toMatchObject({ factoringUnitId: unit.id, bidderId: investor.user.id, ownerId: owner.user.id, amount: 60_025n, rateBps: 1250, tenureDays: 30, status: "Pending", liveKey: `${unit.id}|${investor.user.id}` });
    const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(stored.id) } });
    expect(hold).toMatchObject({ userId: investor.user.id, amount: 60_025n, status: "active" });
    const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:place` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
    expect(posting).toMatchObject({ kind: "hold_place", businessType: "bid", businessId: String(stored.id), description: `Bid on invoice ${unit.fu_invoice_no}` });
    expect(posting.entries.map((e) => [e.account.code, e.amount])).toEqual([[walletAccount(investor.user.id), -60_025n], [holdsAccount(investor.user.id), 60_025n]]);
    expect((await t.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: holdsAccount(investor.user.id) } })).balance).toBe(60_025n);
    const data = { factoring_unit_id: unit.id, bid_id: stored.id, invoice_no: unit.fu_invoice_no, amount: 600.25 };
    const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: owner.user.id, type: "bid.placed" } });
    expect(notification).toMatchObject({ ...notificationTemplates["bid.placed"](data), data });
    const [row] = await t.prisma.$queryRaw<{ jobs: bigint }[]>`
      SELECT COUNT(*) AS jobs FROM pgboss.job WHERE name = 'push-delivery' AND state = 'created' AND data = jsonb_build_object('notification_id', ${notification.id}::int)`;
    expect(row!.jobs).toBe(1n);

    // Refused by the balance (the accounts' CHECK, after the bid and hold rows were written in the
    // statement): nothing of it stays.
    const other = await listUnit(t, owner.auth);
    const refused = await bid(t, investor.auth, other.id, { bid_amount: 500 });
    expect(refused.status).toBe(422);
    expect(await t.prisma.bid.count({ where: { factoringUnitId: other.id } })).toBe(0);
    expect(await t.prisma.hold.count({ where: { userId: investor.user.id } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: owner.user.id, type: "bid.placed" } })).toBe(1);
  });

  it("withdrawBid's one statement ends the bid, releases its hold and posts the release as the step-by-step path did", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 100_000n);
    const unit = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, unit.id, { bid_amount: 400.5 });
    const before = await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } });
    const res = await request(t.app).post(`/api/v2/bids/${placed.id}/withdraw`).set(investor.auth);
    expect(res.status).toBe(200);
    const stored = await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } });
    expect(res.body.data).toEqual(presentBid(stored, { showBidder: false }));
    expect(stored).toMatchObject({ ...before, status: "Withdrawn", liveKey: null, remark: before.remark, decidedAt: expect.any(Date), updatedAt: expect.any(Date) });
    const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(placed.id) } });
    expect(hold).toMatchObject({ status: "released", amount: 40_050n, userId: investor.user.id });
    const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:release` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
    expect(posting).toMatchObject({ kind: "hold_release", businessType: "bid", businessId: String(placed.id), description: "Bid withdrawn: returned to wallet" });
    expect(posting.entries.map((e) => [e.account.code, e.amount])).toEqual([[holdsAccount(investor.user.id), -40_050n], [walletAccount(investor.user.id), 40_050n]]);
    expect(await walletBalances(t.prisma, investor.user.id)).toEqual({ balance: 100_000n, onHold: 0n, available: 100_000n });
    // Again: nothing more moves.
    expect((await request(t.app).post(`/api/v2/bids/${placed.id}/withdraw`).set(investor.auth)).status).toBe(409);
    expect(await t.prisma.ledgerTransaction.count({ where: { reference: { startsWith: `hold:${hold.id}:` } } })).toBe(2);
  });

  it("endBid's one statement rejects the bid, releases its hold, posts the release and tells the bidder", async () => {
    const owner = await trader(t, "buyer");
    const investor = await trader(t, "investor", 100_000n);
    await registerPushDevice(t.prisma, investor.user.id);
    const unit = await listUnit(t, owner.auth);
    const placed = await placedBid(t, investor.auth, unit.id, { bid_amount: 300 });
    const res = await decide(t, owner.auth, placed.id, "Rejected", "Rate too high");
    expect(res.status).toBe(200);
    const stored = await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } });
    expect(stored).toMatchObject({ status: "Rejected", remark: "Rate too high", liveKey: null, decidedAt: expect.any(Date) });
    const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(placed.id) } });
    expect(hold.status).toBe("released");
    const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:release` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
    expect(posting).toMatchObject({ kind: "hold_release", description: "Bid rejected: returned to wallet" });
    expect(posting.entries.map((e) => [e.account.code, e.amount])).toEqual([[holdsAccount(investor.user.id), -30_000n], [walletAccount(investor.user.id), 30_000n]]);
    const data = { factoring_unit_id: unit.id, bid_id: placed.id, invoice_no: unit.fu_invoice_no, amount: 300, reason: "Rate too high" };
    const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: investor.user.id, type: "bid.rejected" } });
    expect(notification).toMatchObject({ ...notificationTemplates["bid.rejected"](data), data });
    // The top-up's notification came before the device was registered: no job for it.
    expect((await pushJobsOf(t.prisma, investor.user.id)).map((job) => job.type)).toEqual(["bid.rejected"]);
  });

  it("markPaymentPaid's one statement marks the payment, credits the wallet and tells the user, once", async () => {
    const user = await createUser(t.prisma);
    expect(await t.prisma.ledgerAccount.findUnique({ where: { code: walletAccount(user.id) } })).toBeNull(); // a first top-up
    const payment = await t.prisma.payment.create({ data: { userId: user.id, type: "wallet_topup", amount: 12_345n, gateway: "sandbox", orderId: `order_raw${user.id}`, receipt: `raw_${user.id}` } });
    const first = await markPaymentPaid(t.prisma, { paymentId: payment.id, gatewayPaymentId: `pay_raw${user.id}` });
    expect(first).toMatchObject({ credited: true, wallet: { balance: 12_345n, onHold: 0n, available: 12_345n } });
    expect(first.payment).toEqual(await t.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } }));
    expect(first.payment).toMatchObject({ status: "paid", gatewayPaymentId: `pay_raw${user.id}`, failureReason: null, paidAt: expect.any(Date) });
    const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `payment:${payment.id}:capture` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
    expect(posting).toMatchObject({ kind: "wallet_topup", businessType: "payment", businessId: String(payment.id), description: "Wallet top-up via Razorpay" });
    expect(posting.entries.map((e) => [e.account.code, e.amount])).toEqual([["platform:razorpay_clearing", -12_345n], [walletAccount(user.id), 12_345n]]);
    const data = { payment_id: payment.id, amount: 123.45 };
    expect(await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id, type: "payment.credited" } })).toMatchObject({ ...notificationTemplates["payment.credited"](data), data });
    const again = await markPaymentPaid(t.prisma, { paymentId: payment.id, gatewayPaymentId: `pay_other${user.id}` });
    expect(again).toEqual({ payment: first.payment, credited: false });
    expect(await walletBalances(t.prisma, user.id)).toEqual({ balance: 12_345n, onHold: 0n, available: 12_345n });
    expect(await t.prisma.notification.count({ where: { userId: user.id } })).toBe(1);
  });

  it("markPaymentPaid returns the wallet as its credit left it, on hold included, not as the statement first read it", async () => {
    const user = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 50_000n);
    await t.prisma.$transaction((tx) => placeHold(tx, { userId: user.id, amount: 20_000n, kind: "test", businessType: "test", businessId: user.id, description: "held" }));
    const payment = await t.prisma.payment.create({ data: { userId: user.id, type: "wallet_topup", amount: 10_000n, gateway: "sandbox", orderId: `order_after${user.id}`, receipt: `after_${user.id}` } });
    const paid = await markPaymentPaid(t.prisma, { paymentId: payment.id, gatewayPaymentId: `pay_after${user.id}` });
    const expected = { balance: 60_000n, onHold: 20_000n, available: 40_000n };
    expect(paid).toMatchObject({ credited: true, wallet: expected });
    expect(await walletBalances(t.prisma, user.id)).toEqual(expected);
  });

  it("postTransaction's one-statement posting returns the transaction as Prisma reads it, and the same one when posted again", async () => {
    const user = await createUser(t.prisma);
    const payee = await createUser(t.prisma);
    await fundWallet(t.prisma, user, 5_000n);
    const posting = {
      reference: `raw-rows:${user.id}`,
      kind: "test",
      businessType: "test",
      businessId: user.id,
      description: "raw row posting",
      entries: [
        { account: walletAccount(user.id), amount: -700n },
        { account: walletAccount(payee.id), amount: 700n },
      ],
    };
    const first = await t.prisma.$transaction((tx) => postTransaction(tx, posting));
    expect(first.created).toBe(true);
    expect(first.transaction).toEqual(await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: posting.reference } }));
    const entries = await t.prisma.ledgerEntry.findMany({ where: { transactionId: first.transaction.id }, include: { account: true }, orderBy: { amount: "asc" } });
    expect(entries.map((e) => [e.account.code, e.amount])).toEqual([[walletAccount(user.id), -700n], [walletAccount(payee.id), 700n]]);
    const again = await t.prisma.$transaction((tx) => postTransaction(tx, posting));
    expect(again).toEqual({ transaction: first.transaction, created: false });
    // Posted again with the money gone, it is still the first transaction, not a refusal.
    const drained = await t.prisma.$transaction((tx) => postTransaction(tx, { ...posting, entries: [{ account: walletAccount(user.id), amount: -4_300n }, { account: walletAccount(payee.id), amount: 4_300n }], reference: `raw-rows:drain:${user.id}` }));
    expect(drained.created).toBe(true);
    expect(await t.prisma.$transaction((tx) => postTransaction(tx, posting))).toEqual({ transaction: first.transaction, created: false });
    const balance = async (userId: number) => (await t.prisma.ledgerAccount.findUniqueOrThrow({ where: { code: walletAccount(userId) } })).balance;
    expect([await balance(user.id), await balance(payee.id)]).toEqual([0n, 5_000n]);
  });

  it("lockPayment returns the payment as Prisma reads it, paid or not", async () => {
    const user = await createUser(t.prisma);
    const paid = await fundWallet(t.prisma, user, 2_500n);
    const open = await t.prisma.payment.create({ data: { userId: user.id, type: "wallet_topup", amount: 900n, gateway: "sandbox", orderId: `order_raw_${user.id}`, receipt: `raw_${user.id}` } });
    for (const id of [paid.id, open.id]) {
      const raw = await t.prisma.$transaction((tx) => lockPayment(tx, id));
      expect(raw).toEqual(await t.prisma.payment.findUniqueOrThrow({ where: { id } }));
    }
  });

  it("lockFactoringUnitOfBid and the hold of a bid find the same rows as Prisma", async () => {
    const owner = await trader(t, "seller");
    const bidder = await trader(t, "investor", 10_000_000n);
    const unit = await listUnit(t, owner.auth);
    const bid = await placedBid(t, bidder.auth, unit.id);
    const fu = await t.prisma.$transaction((tx) => lockFactoringUnitOfBid(tx, bid.id));
    expect(fu).toEqual(await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: unit.id } }));
    expect(await t.prisma.$transaction((tx) => lockFactoringUnitOfBid(tx, 2_000_000_000))).toBeNull();
    const hold = await t.prisma.$transaction((tx) => lockActiveHold(tx, holdOfBid(bid.id)));
    expect(hold).toEqual(await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: { businessType: "bid", businessId: String(bid.id), kind: "bid" } } }));
  });

  it("accepting in one statement writes what the step-by-step acceptance wrote: bid, unit, capture posting, notifications", async () => {
    const investor = await trader(t, "investor", 20_000_000n);
    const rival = await trader(t, "financer", 20_000_000n);
    /** Two units with the same terms, each with the investor's bid and a rival bid, by owners without a wallet yet. */
    const scene = async () => {
      const owner = await trader(t, "seller");
      await registerPushDevice(t.prisma, owner.user.id);
      const unit = await listUnit(t, owner.auth);
      const accepted = await placedBid(t, investor.auth, unit.id, { bid_amount: 80_000.55, bid_percentage: 11.25, bid_tenure: 60 });
      const other = await placedBid(t, rival.auth, unit.id, { bid_amount: 70_000 });
      return { owner, unit, accepted, other };
    };
    const viaStatement = await scene();
    const viaSteps = await scene();
    expect((await decide(t, viaStatement.owner.auth, viaStatement.accepted.id, "Accepted", "Best rate")).status).toBe(200);
    // The acceptance as it was before it became one statement (kept here as the reference).
    await t.prisma.$transaction(async (tx) => {
      const fu = (await lockFactoringUnitOfBid(tx, viaSteps.accepted.id))!;
      const bid = (await lockBid(tx, viaSteps.accepted.id))!;
      await endPendingBids(tx, fu, { status: "Rejected", reason: "Another bid was accepted.", keep: bid.id });
      await tx.bid.update({ where: { id: bid.id }, data: { status: "Accepted", liveKey: null, acceptedKey: fu.id, remark: "Best rate", decidedAt: new Date() } });
      await financeFromHold(tx, { hold: holdOfBid(bid.id), bidAmount: bid.amount, ownerId: fu.ownerId, platformFeeBps: t.config.platformFeeBps });
      await tx.factoringUnit.update({
        where: { id: fu.id },
        data: { status: "Financed", acceptedBidId: bid.id, funderId: bid.bidderId, financedAt: new Date(), repaymentAmount: repaymentAmount(bid.amount, bid.rateBps, bid.tenureDays), principal: bid.amount, rateBps: bid.rateBps, bidTenureDays: bid.tenureDays },
      });
      const amount = paiseToRupees(bid.amount);
      await notify(tx, bid.bidderId, "bid.accepted", { factoring_unit_id: fu.id, bid_id: bid.id, invoice_no: fu.invoiceNo, amount });
      await notify(tx, fu.ownerId, "fu.financed", { factoring_unit_id: fu.id, invoice_no: fu.invoiceNo, amount, credited: paiseToRupees(financingSplit(bid.amount, t.config.platformFeeBps).toOwner) });
    });

    /** What an acceptance wrote, with the scene's own ids and instants replaced by names. */
    const written = async (s: Awaited<ReturnType<typeof scene>>) => {
      // Ids of the two scenes differ; each is named by what it is (ids of different tables can be equal).
      const byKey: Record<string, Map<number, string>> = {
        unit: new Map([[s.unit.id, "UNIT"]]),
        bid: new Map([[s.accepted.id, "BID"], [s.other.id, "OTHER"]]),
      };
      const keyKind: Record<string, keyof typeof byKey> = { factoring_unit_id: "unit", acceptedKey: "unit", acceptedBidId: "bid", bid_id: "bid", businessId: "bid" };
      const anonymise = (value: unknown, key = ""): unknown => {
        if (typeof value === "bigint") return `${value}n`;
        const kind = keyKind[key];
        if (kind && (typeof value === "number" || typeof value === "string")) return byKey[kind]!.get(Number(value)) ?? value;
        if (typeof value === "string") return value.replaceAll(s.unit.fu_invoice_no, "INVOICE").replaceAll(`user:${s.owner.user.id}:`, "user:OWNER:");
        if (value instanceof Date) return "INSTANT";
        if (Array.isArray(value)) return value.map((item) => anonymise(item));
        if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, anonymise(v, k)]));
        return value;
      };
      const { id: _bid, factoringUnitId: _fu, ownerId: _owner, createdAt: _c, updatedAt: _u, ...bid } = await t.prisma.bid.findUniqueOrThrow({ where: { id: s.accepted.id } });
      const { id: _u2, ownerId: _o2, invoiceNo: _i, invoiceKey: _k, createdAt: _c2, updatedAt: _u3, ...unit } = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: s.unit.id } });
      const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(s.accepted.id) } });
      const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:capture` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
      const notifications = await t.prisma.notification.findMany({ where: { OR: [{ userId: s.owner.user.id }, { userId: investor.user.id, type: "bid.accepted", data: { path: ["bid_id"], equals: s.accepted.id } }, { userId: rival.user.id, data: { path: ["bid_id"], equals: s.other.id } }] }, orderBy: { type: "asc" } });
      const pushJobs = (await pushJobsOf(t.prisma, s.owner.user.id)).length;
      return anonymise({
        bid: { ...bid, decidedAt: Boolean(bid.decidedAt) },
        unit: { ...unit, financedAt: Boolean(unit.financedAt) },
        other: (await t.prisma.bid.findUniqueOrThrow({ where: { id: s.other.id } })).status,
        hold: { status: hold.status, amount: hold.amount },
        posting: { kind: posting.kind, businessType: posting.businessType, businessId: posting.businessId, description: posting.description, entries: posting.entries.map((e) => [e.account.code, e.amount]) },
        notifications: notifications.map((n) => ({ type: n.type, title: n.title, body: n.body, data: n.data })),
        pushJobs,
        owner: await walletBalances(t.prisma, s.owner.user.id),
      });
    };
    const statement = await written(viaStatement);
    expect(statement).toEqual(await written(viaSteps));
    // And what that is: ₹80,000.55 at 1% fee (₹800.01) and 18% GST on it (₹144.00).
    expect(statement).toMatchObject({
      bid: { status: "Accepted", liveKey: null, acceptedKey: "UNIT", remark: "Best rate", decidedAt: true },
      unit: { status: "Financed", funderId: investor.user.id, principal: "8000055n", rateBps: 1125, bidTenureDays: 60, financedAt: true },
      other: "Rejected",
      hold: { status: "captured", amount: "8000055n" },
      posting: { kind: "hold_capture", businessType: "bid", businessId: "BID", description: "Factoring unit financed", entries: [[holdsAccount(investor.user.id), "-8000055n"], ["platform:gst_payable", "14400n"], ["platform:platform_fees", "80001n"], ["user:OWNER:wallet", "7905654n"]] },
      pushJobs: 3, // the owner's: two bids placed, the unit financed
      owner: { balance: "7905654n", onHold: "0n", available: "7905654n" },
    });
    expect((statement as { notifications: { type: string }[] }).notifications.map((n) => n.type)).toEqual(["bid.accepted", "bid.placed", "bid.placed", "bid.rejected", "fu.financed"]);
  });

  it("accepting with no platform fee posts no zero entries, as postTransaction leaves them out", async () => {
    const free = await createTestApp({ env: { PLATFORM_FEE_BPS: "0" } });
    try {
      const owner = await trader(free, "seller");
      const investor = await trader(free, "investor", 10_000_000n);
      const unit = await listUnit(free, owner.auth);
      const placed = await placedBid(free, investor.auth, unit.id, { bid_amount: 50_000 });
      expect((await decide(free, owner.auth, placed.id, "Accepted")).status).toBe(200);
      const hold = await free.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(placed.id) } });
      const posting = await free.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:capture` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
      expect(posting.entries.map((e) => [e.account.code, e.amount])).toEqual([[holdsAccount(investor.user.id), -5_000_000n], [walletAccount(owner.user.id), 5_000_000n]]);
    } finally {
      await free.close();
    }
  });

  it("ending several bids in one statement writes what ending them one by one wrote", async () => {
    const bidders = [await trader(t, "investor", 20_000_000n), await trader(t, "financer", 20_000_000n), await trader(t, "investor", 20_000_000n)];
    for (const bidder of bidders) await registerPushDevice(t.prisma, bidder.user.id);
    const scene = async () => {
      const owner = await trader(t, "seller");
      const unit = await listUnit(t, owner.auth);
      const bids = [];
      for (const [i, bidder] of bidders.entries()) bids.push(await placedBid(t, bidder.auth, unit.id, { bid_amount: 10_000.25 + i * 1000 }));
      return { unit, bids };
    };
    const together = await scene();
    const oneByOne = await scene();
    const remark = "The factoring unit expired: it is due within 15 days.";
    await t.prisma.$transaction(async (tx) => {
      const fu = await lockFactoringUnit(tx, together.unit.id);
      await endPendingBids(tx, fu, { status: "Expired", reason: remark });
    });
    // The reference: endBid, once per bid, as endPendingBids did before.
    await t.prisma.$transaction(async (tx) => {
      const fu = await lockFactoringUnit(tx, oneByOne.unit.id);
      for (const placed of oneByOne.bids) {
        const bid = (await lockBid(tx, placed.id))!;
        await endBid(tx, fu, bid, { status: "Expired", remark });
      }
    });
    const written = async (s: Awaited<ReturnType<typeof scene>>) => {
      const rows = [];
      for (const [i, placed] of s.bids.entries()) {
        const { id: _id, factoringUnitId: _fu, ownerId: _owner, createdAt: _c, updatedAt: _u, decidedAt, validUntil: _v, ...bid } = await t.prisma.bid.findUniqueOrThrow({ where: { id: placed.id } });
        const hold = await t.prisma.hold.findUniqueOrThrow({ where: { businessType_businessId_kind: holdOfBid(placed.id) } });
        const posting = await t.prisma.ledgerTransaction.findUniqueOrThrow({ where: { reference: `hold:${hold.id}:release` }, include: { entries: { include: { account: true }, orderBy: { amount: "asc" } } } });
        const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: bidders[i]!.user.id, type: "bid.expired", data: { path: ["bid_id"], equals: placed.id } } });
        const pushed = await t.prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM pgboss.job WHERE name = 'push-delivery' AND (data->>'notification_id')::int = ${notification.id}`;
        rows.push({
          bid: { ...bid, decided: Boolean(decidedAt) },
          hold: { status: hold.status, amount: hold.amount, userId: hold.userId },
          posting: { kind: posting.kind, businessType: posting.businessType, same: posting.businessId === String(placed.id), description: posting.description, entries: posting.entries.map((e) => [e.account.code, e.amount]) },
          notification: { title: notification.title, body: notification.body.replace(s.unit.fu_invoice_no, "INVOICE"), data: { ...(notification.data as object), bid_id: "BID", factoring_unit_id: "UNIT", invoice_no: "INVOICE" } },
          pushed: Number(pushed[0]!.n),
        });
      }
      return rows;
    };
    const setBased = await written(together);
    expect(setBased).toEqual(await written(oneByOne));
    expect(setBased[1]).toMatchObject({
      bid: { status: "Expired", liveKey: null, remark, decided: true },
      hold: { status: "released", amount: 1_100_025n },
      posting: { kind: "hold_release", same: true, description: "Bid expired: returned to wallet", entries: [[holdsAccount(bidders[1]!.user.id), -1_100_025n], [walletAccount(bidders[1]!.user.id), 1_100_025n]] },
      pushed: 1,
    });
    for (const bidder of bidders) expect(await walletBalances(t.prisma, bidder.user.id)).toEqual({ balance: 20_000_000n, onHold: 0n, available: 20_000_000n });
  });

  it("unitWithBids returns the unit, the bid and the unit's pending bids as Prisma reads them, locked or not", async () => {
    const owner = await trader(t, "seller");
    const bidders = [await trader(t, "investor", 10_000_000n), await trader(t, "financer", 10_000_000n), await trader(t, "investor", 10_000_000n)];
    const unit = await listUnit(t, owner.auth, { fu_seller_gstin: "27AAPFU0939F1ZV" });
    const placed: { id: number }[] = [];
    for (const bidder of bidders) placed.push(await placedBid(t, bidder.auth, unit.id, { bid_amount: 1000 }));
    await request(t.app).post(`/api/v2/bids/${placed[2]!.id}/withdraw`).set(bidders[2]!.auth);
    // Asked for the withdrawn bid: it comes back, with the two pending ones.
    const locked = await t.prisma.$transaction((tx) => unitWithBids(tx, placed[2]!.id, { lock: true }));
    expect(locked!.fu).toEqual(await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: unit.id } }));
    expect(locked!.bid).toEqual(await t.prisma.bid.findUniqueOrThrow({ where: { id: placed[2]!.id } }));
    expect(locked!.pending).toEqual(await t.prisma.bid.findMany({ where: { factoringUnitId: unit.id, status: "Pending" }, orderBy: { id: "asc" } }));
    expect(locked!.pending).toHaveLength(2);
    expect(await unitWithBids(t.prisma, placed[2]!.id, { lock: false })).toEqual(locked);
    expect(await t.prisma.$transaction((tx) => unitWithBids(tx, 2_000_000_000, { lock: true }))).toBeNull();
  });

  it("listing a unit in one statement answers what GET shows and stores what Prisma reads, line items included", async () => {
    const owner = await trader(t, "seller");
    const body = fuBody({
      fu_seller_gstin: "27AAPFU0939F1ZV",
      fu_buyer_gstin: "29AAGCB7383J1Z4",
      fu_total: 1000,
      line_items: [
        { description: "Cotton yarn", hsn_code: "5205", quantity: "2.5", rate: 200, amount: 500, gst_rate: 12.5 },
        { description: "Freight", quantity: 1, rate: 500, amount: 500 },
      ],
    });
    const created = await request(t.app).post("/api/v2/factoring-units").set(owner.auth).send(body);
    expect(created.status).toBe(201);
    const shown = await request(t.app).get(`/api/v2/factoring-units/${created.body.data.id}`).set(owner.auth);
    expect(created.body.data).toEqual(shown.body.data);
    expect(created.body.data.line_items).toMatchObject([
      { description: "Cotton yarn", hsn_code: "5205", quantity: 2.5, rate: 200, amount: 500, gst_rate: 12.5 },
      { description: "Freight", hsn_code: null, quantity: 1, rate: 500, amount: 500, gst_rate: null },
    ]);
    const stored = await t.prisma.factoringUnit.findUniqueOrThrow({ where: { id: created.body.data.id }, include: { lineItems: { orderBy: { position: "asc" } } } });
    expect(stored).toMatchObject({ ownerId: owner.user.id, status: "Bidding", sellerGstin: "27AAPFU0939F1ZV", buyerGstin: "29AAGCB7383J1Z4", total: 100_000n, invoiceDate: new Date(`${body.fu_invoice_date}T00:00:00.000Z`), updatedAt: expect.any(Date) });
    expect(stored.lineItems.map((item) => [item.position, item.quantity.toString(), item.rate, item.amount, item.gstRateBps])).toEqual([
      [0, "2.5", 20_000n, 50_000n, 1250],
      [1, "1", 50_000n, 50_000n, null],
    ]);
    // The same invoice again: refused, and nothing written.
    const again = await request(t.app).post("/api/v2/factoring-units").set(owner.auth).send(body);
    expect(again.status).toBe(409);
    expect(await t.prisma.factoringUnit.count({ where: { ownerId: owner.user.id } })).toBe(1);
    expect(await t.prisma.factoringUnitLineItem.count({ where: { factoringUnit: { ownerId: owner.user.id } } })).toBe(2);
  });
});
