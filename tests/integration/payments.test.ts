import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { walletBalances } from "../../src/ledger/balances.ts";
import { signedInUser } from "../helpers/factories.ts";
import { checkoutSignature, razorpayPaymentId, webhookSignature } from "../helpers/money-fixtures.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function order(auth: Record<string, string>, amount = 5000) {
  const res = await request(t.app).post("/api/v2/payments/create-order").set(auth).send({ amount });
  expect(res.status).toBe(201);
  return res.body.data as { payment_id: number; order_id: string; amount: number };
}

const verify = (auth: Record<string, string>, created: { payment_id: number; order_id: string }, paymentId: string, signature = checkoutSignature(created.order_id, paymentId)) =>
  request(t.app).post("/api/v2/payments/verify").set(auth).send({ payment_id: created.payment_id, razorpay_payment_id: paymentId, razorpay_order_id: created.order_id, razorpay_signature: signature });

let eventCounter = 0;
function sendWebhook(payload: object, options: { eventId?: string; signature?: string } = {}) {
  const raw = JSON.stringify(payload);
  return request(t.app)
    .post("/api/v2/payments/webhook")
    .set("Content-Type", "application/json")
    .set("X-Razorpay-Event-Id", options.eventId ?? `evt_${process.pid}_${++eventCounter}_${Date.now()}`)
    .set("X-Razorpay-Signature", options.signature ?? webhookSignature(raw))
    .send(raw);
}
const capturedEvent = (orderId: string, paymentId: string, amountPaise: number) => ({
  entity: "event",
  event: "payment.captured",
  payload: { payment: { entity: { id: paymentId, order_id: orderId, amount: amountPaise, currency: "INR", status: "captured" } } },
});

describe("POST /payments/create-order", () => {
  it("creates an order and a payment row in the seed's shape", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/payments/create-order").set(auth).send({ amount: 1234.5 });
    expect(res.status).toBe(201);
    expect(res.body.data).toEqual({ payment_id: expect.any(Number), order_id: expect.stringMatching(/^order_/), amount: 1234.5, currency: "INR", key_id: "rzp_test_hundisandbox", status: "created" });
    const payment = await t.prisma.payment.findUniqueOrThrow({ where: { id: res.body.data.payment_id } });
    expect(payment).toMatchObject({ userId: user.id, amount: 123450n, type: "wallet_topup", status: "created" });
  });

  it.each([
    [{ amount: 99.99 }, "amount", "The amount field must be at least 100."],
    [{ amount: 10000000.01 }, "amount", "The amount field must not be greater than 10000000."],
    [{ amount: 100.001 }, "amount", "The amount field must have at most 2 decimal places."],
    [{ amount: -500 }, "amount", "The amount field must be greater than 0."],
    [{ amount: "lots" }, "amount", "The amount field must be a number."],
    [{}, "amount", "The amount field is required."],
    [{ amount: 500, type: "gift" }, "type", "The selected type is invalid."],
  ])("refuses %j", async (body, field, message) => {
    const { user, auth } = await signedInUser(t.prisma);
    const res = await request(t.app).post("/api/v2/payments/create-order").set(auth).send(body);
    expect(res.status).toBe(422);
    expect(res.body.errors[field]).toEqual([message]);
    expect(await t.prisma.payment.count({ where: { userId: user.id } })).toBe(0);
  });

  it("is refused for accounts that are not active", async () => {
    const { auth } = await signedInUser(t.prisma, { status: "pending" });
    const res = await request(t.app).post("/api/v2/payments/create-order").set(auth).send({ amount: 500 });
    expect(res.status).toBe(403);
    expect(res.body.message).toBe("Account pending approval.");
  });

  it("honours Idempotency-Key: replay, different body 422, concurrent duplicates make one order", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const key = `key-${user.id}`;
    const first = await request(t.app).post("/api/v2/payments/create-order").set(auth).set("Idempotency-Key", key).send({ amount: 700 });
    const replay = await request(t.app).post("/api/v2/payments/create-order").set(auth).set("Idempotency-Key", key).send({ amount: 700 });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    expect(replay.headers["idempotent-replayed"]).toBe("true");
    const different = await request(t.app).post("/api/v2/payments/create-order").set(auth).set("Idempotency-Key", key).send({ amount: 800 });
    expect(different.status).toBe(422);
    expect(different.body.errors).toEqual({ "Idempotency-Key": ["This Idempotency-Key was already used with a different request."] });

    const racing = await Promise.all(
      Array.from({ length: 6 }, () => request(t.app).post("/api/v2/payments/create-order").set(auth).set("Idempotency-Key", `race-${user.id}`).send({ amount: 900 })),
    );
    expect(racing.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(racing.filter((r) => r.status === 409).every((r) => r.body.message === "A request with this Idempotency-Key is still being processed.")).toBe(true);
    expect(new Set(racing.filter((r) => r.status === 201).map((r) => r.body.data.payment_id)).size).toBe(1);
    expect(await t.prisma.payment.count({ where: { userId: user.id, amount: 90000n } })).toBe(1);
  });
});

describe("POST /payments/verify", () => {
  it("credits the wallet once and replays the same result", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 5000);
    const paymentId = razorpayPaymentId();
    const res = await verify(auth, created, paymentId);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ payment: { id: created.payment_id, status: "paid", amount: 5000, razorpay_payment_id: paymentId }, wallet: { balance: 5000, on_hold: 0, available: 5000, currency: "INR" } });
    const again = await verify(auth, created, paymentId);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(res.body.data);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(500000n);
    expect(await t.prisma.notification.count({ where: { userId: user.id, type: "payment.credited" } })).toBe(1);
    const profile = await request(t.app).get("/api/v2/auth/profile").set(auth);
    expect(profile.body.data.wallet_balance).toBe(5000);
  });

  it("refuses a bad signature, a key-secret-less signature and a mismatched order, changing nothing", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth);
    const paymentId = razorpayPaymentId();
    const cases = [
      [checkoutSignature(created.order_id, paymentId, "wrong-secret"), "razorpay_signature"],
      [checkoutSignature(created.order_id, razorpayPaymentId()), "razorpay_signature"],
      ["not-hex", "razorpay_signature"],
    ] as const;
    for (const [signature, field] of cases) {
      const res = await verify(auth, created, paymentId, signature);
      expect(res.status).toBe(422);
      expect(res.body.errors[field]).toEqual(["The razorpay signature is invalid."]);
    }
    const otherOrder = await request(t.app)
      .post("/api/v2/payments/verify")
      .set(auth)
      .send({ payment_id: created.payment_id, razorpay_payment_id: paymentId, razorpay_order_id: "order_someoneelse", razorpay_signature: checkoutSignature("order_someoneelse", paymentId) });
    expect(otherOrder.body.errors.razorpay_order_id).toEqual(["The razorpay order id does not match this payment."]);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: created.payment_id } })).status).toBe("created");
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(0n);
  });

  it("answers 404 for someone else's payment and does not credit either wallet", async () => {
    const owner = await signedInUser(t.prisma);
    const intruder = await signedInUser(t.prisma);
    const created = await order(owner.auth);
    const paymentId = razorpayPaymentId();
    const res = await verify(intruder.auth, created, paymentId);
    expect(res.status).toBe(404);
    expect(res.body.message).toBe("Payment not found.");
    expect((await walletBalances(t.prisma, owner.user.id)).balance).toBe(0n);
    expect((await walletBalances(t.prisma, intruder.user.id)).balance).toBe(0n);
  });

  it("marks a declined payment failed, and a later successful attempt on the order still pays", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 300);
    const declined = await verify(auth, created, `pay_fail${user.id}`);
    expect(declined.status).toBe(422);
    expect(declined.body.errors.razorpay_payment_id[0]).toContain("declined");
    expect(await t.prisma.payment.findUniqueOrThrow({ where: { id: created.payment_id } })).toMatchObject({ status: "failed", failureReason: "Payment declined by the bank (sandbox)." });
    const retried = await verify(auth, created, razorpayPaymentId());
    expect(retried.body.data.payment.status).toBe("paid");
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(30000n);
  });

  it("credits exactly once when many verifies and webhook deliveries race", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 2500);
    const paymentId = razorpayPaymentId();
    const event = capturedEvent(created.order_id, paymentId, 250000);
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => verify(auth, created, paymentId)),
      ...Array.from({ length: 4 }, (_, i) => sendWebhook(event, { eventId: `evt_race_${user.id}_${i}` })),
    ]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(250000n);
    expect(await t.prisma.ledgerTransaction.count({ where: { reference: `payment:${created.payment_id}:capture` } })).toBe(1);
    expect(await t.prisma.notification.count({ where: { userId: user.id, type: "payment.credited" } })).toBe(1);
  });
});

describe("POST /payments/webhook", () => {
  it("credits on payment.captured, stores the event first and ignores redeliveries", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 1000);
    const eventId = `evt_cap_${user.id}`;
    const event = capturedEvent(created.order_id, razorpayPaymentId(), 100000);
    const res = await sendWebhook(event, { eventId });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ duplicate: false, result: `payment ${created.payment_id} credited` });
    const again = await sendWebhook(event, { eventId });
    expect(again.body.data.duplicate).toBe(true);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(100000n);
    expect(await t.prisma.webhookEvent.findUniqueOrThrow({ where: { eventId } })).toMatchObject({ event: "payment.captured", processingError: null });
  });

  it("credits on order.paid too", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 150);
    const res = await sendWebhook({
      event: "order.paid",
      payload: { order: { entity: { id: created.order_id, amount_paid: 15000, status: "paid" } }, payment: { entity: { id: razorpayPaymentId(), order_id: created.order_id, amount: 15000, status: "captured" } } },
    });
    expect(res.status).toBe(200);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(15000n);
  });

  it("refuses a bad signature or a signature made with the key secret, storing nothing", async () => {
    const { auth } = await signedInUser(t.prisma);
    const created = await order(auth);
    const event = capturedEvent(created.order_id, razorpayPaymentId(), 500000);
    const eventId = `evt_forged_${created.payment_id}`;
    for (const signature of ["deadbeef", webhookSignature(JSON.stringify(event), "hundi_sandbox_key_secret"), ""]) {
      const res = await sendWebhook(event, { eventId, signature });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ status: "error", message: "Invalid webhook signature." });
    }
    expect(await t.prisma.webhookEvent.count({ where: { eventId } })).toBe(0);
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: created.payment_id } })).status).toBe("created");
  });

  it("verifies the signature over the raw bytes, not re-serialised JSON", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 200);
    const raw = `{ "event" : "payment.captured",\n  "payload": {"payment": {"entity": {"id": "${razorpayPaymentId()}", "order_id": "${created.order_id}", "amount": 20000}}}}`;
    const res = await request(t.app)
      .post("/api/v2/payments/webhook")
      .set("Content-Type", "application/json")
      .set("X-Razorpay-Event-Id", `evt_raw_${user.id}`)
      .set("X-Razorpay-Signature", webhookSignature(raw))
      .send(raw);
    expect(res.status).toBe(200);
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(20000n);
  });

  it("marks payment.failed, but a paid payment never moves back", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const failing = await order(auth, 400);
    await sendWebhook({ event: "payment.failed", payload: { payment: { entity: { id: razorpayPaymentId(), order_id: failing.order_id, amount: 40000, status: "failed", error_description: "Card declined" } } } });
    expect(await t.prisma.payment.findUniqueOrThrow({ where: { id: failing.payment_id } })).toMatchObject({ status: "failed", failureReason: "Card declined" });

    const paid = await order(auth, 400);
    await verify(auth, paid, razorpayPaymentId());
    await sendWebhook({ event: "payment.failed", payload: { payment: { entity: { id: razorpayPaymentId(), order_id: paid.order_id, amount: 40000, status: "failed" } } } });
    expect((await t.prisma.payment.findUniqueOrThrow({ where: { id: paid.payment_id } })).status).toBe("paid");
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(40000n);
  });

  it("does not credit an amount that differs from the order, and records why", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const created = await order(auth, 1000);
    const eventId = `evt_short_${user.id}`;
    const res = await sendWebhook(capturedEvent(created.order_id, razorpayPaymentId(), 100), { eventId });
    expect(res.status).toBe(200);
    expect(res.body.data.result).toContain("not applied");
    expect((await t.prisma.webhookEvent.findUniqueOrThrow({ where: { eventId } })).processingError).toContain("does not match");
    expect((await walletBalances(t.prisma, user.id)).balance).toBe(0n);
  });

  it("requires the event id header", async () => {
    const event = { event: "payment.captured", payload: {} };
    const raw = JSON.stringify(event);
    const res = await request(t.app).post("/api/v2/payments/webhook").set("Content-Type", "application/json").set("X-Razorpay-Signature", webhookSignature(raw)).send(raw);
    expect(res.status).toBe(400);
    expect(res.body.message).toBe("Missing X-Razorpay-Event-Id header.");
  });
});

describe("history and wallet", () => {
  it("lists the caller's payments and ledger lines, newest first, paginated", async () => {
    const { auth } = await signedInUser(t.prisma);
    const other = await signedInUser(t.prisma);
    await order(other.auth);
    const first = await order(auth, 100);
    const second = await order(auth, 200);
    await verify(auth, second, razorpayPaymentId());
    const history = await request(t.app).get("/api/v2/payments/history?per_page=1").set(auth);
    expect(history.body.meta).toEqual({ current_page: 1, per_page: 1, total: 2, last_page: 2 });
    expect(history.body.data[0]).toMatchObject({ id: second.payment_id, status: "paid", amount: 200 });
    const page2 = await request(t.app).get("/api/v2/payments/history?per_page=1&page=2").set(auth);
    expect(page2.body.data[0].id).toBe(first.payment_id);

    const wallet = await request(t.app).get("/api/v2/payments/wallet").set(auth);
    expect(wallet.body.data).toEqual({ balance: 200, currency: "INR", on_hold: 0, available: 200 });
    const lines = await request(t.app).get("/api/v2/payments/wallet/transactions").set(auth);
    expect(lines.body.meta.total).toBe(1);
    expect(lines.body.data[0]).toMatchObject({ kind: "wallet_topup", account: "wallet", amount: 200, reference: { type: "payment", id: String(second.payment_id) } });
  });
});
