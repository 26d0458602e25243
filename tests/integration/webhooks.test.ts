import PgBossClass from "pg-boss";
import type PgBoss from "pg-boss";
import request from "supertest";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QUEUES } from "../../src/db/job-queue.ts";
import { runAllSweeps } from "../../src/jobs/marketplace-sweeps.ts";
import { WebhookDelivery } from "../../src/jobs/webhook-delivery.ts";
import { createLogger } from "../../src/logger.ts";
import { attemptDeps } from "../../src/modules/webhooks/webhook-attempts.ts";
import { signedInAdmin } from "../helpers/admin.ts";
import { signedInUser } from "../helpers/factories.ts";
import { checkoutSignature, razorpayPaymentId } from "../helpers/money-fixtures.ts";
import { decide, listUnit, placedBid, trader } from "../helpers/marketplace.ts";
import { notificationJobsOf, testJobQueue } from "../helpers/push-jobs.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";
import { startWebhookReceiver, type WebhookReceiver } from "../helpers/webhook-receiver.ts";

// Outbound webhooks end to end: endpoints through the API, events written by the business change's own
// transaction, sent by the real worker (pg-boss) to a real HTTP receiver on loopback, signatures checked
// with the standardwebhooks package as any receiver would.

let t: TestApp;
let boss: PgBoss;
let receiver: WebhookReceiver;
beforeAll(async () => {
  t = await createTestApp();
  boss = await testJobQueue(t.config.databaseUrl!);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await boss.stop({ graceful: false, wait: true });
  await t.close();
});
beforeEach(() => {
  receiver.received.length = 0;
  receiver.setFallback(200);
  receiver.setHang(false);
});

const FAST_RETRIES = [0.05, 0.05, 0.05];
const worker = (options: { retryDelaysSeconds?: readonly number[]; production?: boolean; timeoutMs?: number } = {}) => {
  const deps = attemptDeps(t.deps);
  return new WebhookDelivery({
    ...deps,
    policy: { production: options.production ?? false },
    retryDelaysSeconds: options.retryDelaysSeconds ?? FAST_RETRIES,
    timeoutMs: options.timeoutMs,
    boss,
    logger: createLogger("silent"),
    pollingIntervalSeconds: 0.5,
  });
};

/** Runs the worker until no job is due (waiting out short retry delays), at most `rounds` passes. */
async function drain(w = worker(), rounds = 20) {
  for (let i = 0; i < rounds; i++) {
    const ran = await w.runOnce();
    const due = await t.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'webhook-delivery' AND state IN ('created', 'retry') AND start_after < now() + interval '1 second'`;
    if (ran === 0 && due[0]!.n === 0) return;
    if (ran === 0) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function endpointFor(auth: Record<string, string>, events: string[], url = receiver.url) {
  const res = await request(t.app).post("/api/v2/webhook-endpoints").set(auth).send({ url, events, description: "ERP" });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.data as { id: number; secret: string; events: string[] };
}

const verify = (secret: string, received: { headers: Record<string, unknown>; body: string }) =>
  new Webhook(secret).verify(received.body, received.headers as Record<string, string>) as { id: string; type: string; data: Record<string, unknown> };

const deliveriesOf = async (auth: Record<string, string>, endpointId: number) => {
  const res = await request(t.app).get(`/api/v2/webhook-endpoints/${endpointId}/deliveries`).set(auth);
  expect(res.status).toBe(200);
  return res.body.data as { id: number; event_id: string; event_type: string; status: string; attempts: number; last_response_status: number | null; last_error: string | null; next_attempt_at: string | null }[];
};

describe("webhook endpoints", () => {
  it("returns the secret once, keeps it encrypted, and lists, changes and deletes endpoints", async () => {
    const { user, auth } = await trader(t, "buyer");
    const created = await endpointFor(auth, ["bid.placed", "bid.accepted", "bid.placed"]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.events).toEqual(["bid.accepted", "bid.placed"]);
    const stored = await t.prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM webhook_endpoints WHERE user_id = ${user.id}`;
    expect(JSON.stringify(stored)).not.toContain(created.secret.slice(6, 30));

    const listed = await request(t.app).get("/api/v2/webhook-endpoints").set(auth);
    expect(listed.body.data).toEqual([expect.objectContaining({ id: created.id, url: receiver.url, enabled: true, description: "ERP" })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);

    const patched = await request(t.app).patch(`/api/v2/webhook-endpoints/${created.id}`).set(auth).send({ events: ["factoring_unit.financed"], enabled: false });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({ events: ["factoring_unit.financed"], enabled: false, disabled_reason: "Disabled by its owner." });
    const empty = await request(t.app).patch(`/api/v2/webhook-endpoints/${created.id}`).set(auth).send({});
    expect(empty.status).toBe(422);

    expect((await request(t.app).delete(`/api/v2/webhook-endpoints/${created.id}`).set(auth)).status).toBe(200);
    expect((await request(t.app).get(`/api/v2/webhook-endpoints/${created.id}`).set(auth)).status).toBe(404);
  });

  it("refuses unknown events and unsafe URLs with 422 naming the field", async () => {
    const { auth } = await trader(t, "seller");
    const post = (body: object) => request(t.app).post("/api/v2/webhook-endpoints").set(auth).send(body);
    const unknown = await post({ url: receiver.url, events: ["bid.exploded"] });
    expect(unknown.status).toBe(422);
    expect(Object.keys(unknown.body.errors)[0]).toMatch(/^events/);
    for (const url of ["ftp://example.com/x", "not a url", "http://10.0.0.5/hook", "http://169.254.169.254/latest/meta-data", "https://[fd00:ec2::254]/", "http://192.168.1.10/", "https://user:pw@example.com/"]) {
      const res = await post({ url, events: ["bid.placed"] });
      expect(res.status, url).toBe(422);
      expect(res.body.errors.url[0], url).toMatch(/^The url /);
    }
  });

  it("is managed with a user token only: an API key, an admin and another user are refused", async () => {
    const owner = await trader(t, "investor");
    const stranger = await trader(t, "investor");
    const endpoint = await endpointFor(owner.auth, ["bid.accepted"]);
    const key = await request(t.app).post("/api/v2/api-keys").set(owner.auth).send({ name: "all", scopes: ["read", "trade", "payments"] });
    const bearer = { Authorization: `Bearer ${key.body.data.secret}` };
    for (const [method, path] of [["get", "/webhook-endpoints"], ["post", "/webhook-endpoints"], ["get", `/webhook-endpoints/${endpoint.id}/deliveries`], ["post", `/webhook-endpoints/${endpoint.id}/rotate-secret`]] as const) {
      const res = await request(t.app)[method](`/api/v2${path}`).set(bearer).send({ url: receiver.url, events: ["bid.placed"] });
      expect(res.status, path).toBe(403);
      expect(res.body.message, path).toMatch(/user token|API key/i);
    }
    const admin = await signedInAdmin(t);
    expect((await request(t.app).get("/api/v2/webhook-endpoints").set(admin.auth)).status).toBe(403);
    for (const call of [
      request(t.app).get(`/api/v2/webhook-endpoints/${endpoint.id}`),
      request(t.app).patch(`/api/v2/webhook-endpoints/${endpoint.id}`).send({ enabled: false }),
      request(t.app).delete(`/api/v2/webhook-endpoints/${endpoint.id}`),
      request(t.app).post(`/api/v2/webhook-endpoints/${endpoint.id}/test`),
      request(t.app).post(`/api/v2/webhook-endpoints/${endpoint.id}/rotate-secret`),
      request(t.app).get(`/api/v2/webhook-endpoints/${endpoint.id}/deliveries`),
    ]) {
      const res = await call.set(stranger.auth);
      expect(res.status).toBe(404);
      expect(res.body.message).toBe("Webhook endpoint not found.");
    }
    expect((await request(t.app).get(`/api/v2/webhook-endpoints/${endpoint.id}`).set(owner.auth)).body.data.enabled).toBe(true);
  });
});

describe("events", () => {
  it("tells each party of a trade its own events, signed, with the resource as the API shows it to them", async () => {
    const buyer = await trader(t, "buyer");
    const investor = await trader(t, "investor", 10_000_000n);
    const bystander = await trader(t, "investor", 10_000_000n);
    const buyerHook = await endpointFor(buyer.auth, ["factoring_unit.created", "bid.placed", "bid.accepted", "factoring_unit.financed"]);
    const investorHook = await endpointFor(investor.auth, ["bid.accepted", "factoring_unit.financed"], receiver.url.replace("/hooks", "/investor"));
    const bystanderHook = await endpointFor(bystander.auth, ["bid.placed", "bid.accepted", "factoring_unit.created"], receiver.url.replace("/hooks", "/bystander"));

    const unit = await listUnit(t, buyer.auth);
    const placed = await placedBid(t, investor.auth, unit.id);
    expect((await decide(t, buyer.auth, placed.id, "Accepted")).status).toBe(200);
    await drain();

    const forBuyer = receiver.received.filter((r) => verifies(buyerHook.secret, r));
    const forInvestor = receiver.received.filter((r) => verifies(investorHook.secret, r));
    expect(receiver.received.filter((r) => verifies(bystanderHook.secret, r))).toEqual([]);
    expect(forBuyer.map((r) => verify(buyerHook.secret, r).type).sort()).toEqual(["bid.accepted", "bid.placed", "factoring_unit.created", "factoring_unit.financed"]);
    expect(forInvestor.map((r) => verify(investorHook.secret, r).type).sort()).toEqual(["bid.accepted", "factoring_unit.financed"]);

    // data is the API's resource: the unit as GET /factoring-units shows it, the bid as GET /bids does
    // (the bidder's name for the owner only).
    const financed = forBuyer.map((r) => verify(buyerHook.secret, r)).find((e) => e.type === "factoring_unit.financed")!;
    const listedUnit = (await request(t.app).get(`/api/v2/factoring-units/${unit.id}`).set(buyer.auth)).body.data;
    const { line_items: _items, bids: _bids, ...unitFields } = listedUnit;
    expect(financed.data).toEqual(unitFields);
    const bidForOwner = forBuyer.map((r) => verify(buyerHook.secret, r)).find((e) => e.type === "bid.accepted")!;
    const bidForInvestor = forInvestor.map((r) => verify(investorHook.secret, r)).find((e) => e.type === "bid.accepted")!;
    const ownersBids = (await request(t.app).get("/api/v2/bids").set(buyer.auth)).body.data;
    expect(bidForOwner.data).toEqual(ownersBids.find((b: { id: number }) => b.id === placed.id));
    expect(bidForOwner.data.bidder).toMatchObject({ id: investor.user.id });
    expect(bidForInvestor.data.bidder).toBeUndefined();
    expect(bidForInvestor.data).toMatchObject({ id: placed.id, status: "Accepted" });
    expect(bidForOwner.id).not.toBe(bidForInvestor.id);

    const log = await deliveriesOf(buyer.auth, buyerHook.id);
    expect(log).toHaveLength(4);
    expect(log.every((d) => d.status === "succeeded" && d.attempts === 1 && d.last_response_status === 200)).toBe(true);
  });

  it("writes a delivery only when the change commits", async () => {
    const buyer = await trader(t, "buyer");
    await endpointFor(buyer.auth, ["factoring_unit.created", "factoring_unit.cancelled"]);
    const unit = await listUnit(t, buyer.auth);
    await expect(
      t.prisma.$transaction(async (tx) => {
        await tx.factoringUnit.update({ where: { id: unit.id }, data: { status: "Cancelled" } });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    const messages = await t.prisma.webhookMessage.findMany({ where: { userId: buyer.user.id } });
    expect(messages.map((m) => m.type)).toEqual(["factoring_unit.created"]);
    const jobs = await t.prisma.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job j JOIN webhook_deliveries d ON d.id = (j.data->>'delivery_id')::bigint JOIN webhook_messages m ON m.id = d.message_id
       WHERE j.name = 'webhook-delivery' AND m.user_id = ${buyer.user.id}`;
    expect(jobs[0]!.n).toBe(1);
  });

  it("covers account decisions, KYC and money through the same triggers", async () => {
    const { user, auth } = await trader(t, "investor");
    const hook = await endpointFor(auth, ["account.suspended", "account.reactivated", "payment.credited", "kyc.verified"]);
    const admin = await signedInAdmin(t);
    expect((await request(t.app).post(`/api/v2/admin/users/${user.id}/suspend`).set(admin.auth).send({ reason: "Review" })).status).toBe(200);
    expect((await request(t.app).post(`/api/v2/admin/users/${user.id}/reactivate`).set(admin.auth).send({})).status).toBe(200);
    await drain();
    const events = receiver.received.filter((r) => verifies(hook.secret, r)).map((r) => verify(hook.secret, r));
    expect(events.map((e) => e.type).sort()).toEqual(["account.reactivated", "account.suspended"]);
    expect(events.every((e) => e.data.id === user.id && e.data.email === user.email)).toBe(true);
  });

  it("tells a user of their KYC checks and top-ups, with the API's shapes", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const hook = await endpointFor(auth, ["kyc.verified", "kyc.failed", "payment.credited"]);
    const pan = `ABCP${"QRSTUVWXYZ"[user.id % 10]}${String(1000 + (user.id % 9000))}${"FGHKM"[user.id % 5]}`;
    const kyc = await request(t.app).post("/api/v2/kyc/verify-pan").set(auth).send({ pan });
    expect(kyc.status).toBe(200);
    const order = await request(t.app).post("/api/v2/payments/create-order").set(auth).send({ amount: 2500 });
    const paymentId = razorpayPaymentId();
    const paid = await request(t.app).post("/api/v2/payments/verify").set(auth)
      .send({ payment_id: order.body.data.payment_id, razorpay_payment_id: paymentId, razorpay_order_id: order.body.data.order_id, razorpay_signature: checkoutSignature(order.body.data.order_id, paymentId) });
    expect(paid.status).toBe(200);
    await drain();
    const events = receiver.received.filter((r) => verifies(hook.secret, r)).map((r) => verify(hook.secret, r));
    expect(events.map((e) => e.type).sort()).toEqual(["kyc.verified", "payment.credited"]);
    expect(events.find((e) => e.type === "kyc.verified")!.data).toEqual({ check: "pan", ...kyc.body.data });
    const history = (await request(t.app).get("/api/v2/payments/history").set(auth)).body.data;
    expect(events.find((e) => e.type === "payment.credited")!.data).toEqual(history[0]);
  });
});

const verifies = (secret: string, received: { headers: Record<string, unknown>; body: string }) => {
  try {
    verify(secret, received);
    return true;
  } catch {
    return false;
  }
};

describe("delivery", () => {
  it("retries a failing receiver with the same id and body, each attempt freshly signed, until it answers 2xx", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    receiver.respondWith(500, { status: 503, body: "maintenance" }, 200);
    await listUnit(t, buyer.auth);
    await drain();
    const attempts = receiver.received.filter((r) => verifies(hook.secret, r));
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((r) => r.body)).size).toBe(1);
    expect(new Set(attempts.map((r) => r.headers["webhook-id"])).size).toBe(1);
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "succeeded", attempts: 3, last_response_status: 200, last_error: null, next_attempt_at: null });
    const endpoint = await t.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } });
    expect(endpoint.failingSince).toBeNull();
  });

  it("gives up after the last scheduled retry, records why, and does not follow redirects", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    receiver.respondWith({ status: 302, headers: { location: "http://169.254.169.254/" } }, 500, 500, 500);
    await listUnit(t, buyer.auth);
    await drain();
    expect(receiver.received.filter((r) => verifies(hook.secret, r))).toHaveLength(1 + FAST_RETRIES.length);
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 4, last_response_status: 500, next_attempt_at: null });
    const history = await t.prisma.$queryRaw<{ state: string; output: { outcome: string; reason: string } }[]>`
      SELECT j.state::text, j.output FROM pgboss.job j WHERE j.name = 'webhook-delivery' AND (j.data->>'delivery_id')::bigint = ${BigInt(delivery!.id)} ORDER BY (j.data->>'attempt')::int`;
    expect(history.map((h) => h.state)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(history[0]!.output.reason).toMatch(/HTTP 302 \(redirects are not followed\)/);
    const endpoint = await t.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } });
    expect(endpoint.failingSince).not.toBeNull();
    expect(endpoint.enabled).toBe(true);
  });

  it("schedules the first retry about 5 s after a failure by default (5 s +-20%)", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    receiver.respondWith(500);
    await listUnit(t, buyer.auth);
    const defaultWorker = new WebhookDelivery({ ...attemptDeps(t.deps), boss, logger: createLogger("silent"), pollingIntervalSeconds: 1 });
    await defaultWorker.runOnce();
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, last_response_status: 500 });
    const wait = new Date(delivery!.next_attempt_at!).getTime() - new Date((delivery as unknown as { last_attempt_at: string }).last_attempt_at).getTime();
    expect(wait).toBeGreaterThanOrEqual(4_000);
    expect(wait).toBeLessThanOrEqual(6_000);
    // Its queued retry then finds nothing to send.
    await request(t.app).delete(`/api/v2/webhook-endpoints/${hook.id}`).set(buyer.auth);
  });

  it("disables an endpoint that has failed for 24 hours, tells its owner, and stops sending to it", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    receiver.setFallback(500);
    await listUnit(t, buyer.auth);
    await worker().runOnce();
    await t.prisma.webhookEndpoint.update({ where: { id: hook.id }, data: { failingSince: new Date(Date.now() - 24 * 3600_000 - 1000) } });
    await drain();
    const endpoint = (await request(t.app).get(`/api/v2/webhook-endpoints/${hook.id}`).set(buyer.auth)).body.data;
    expect(endpoint).toMatchObject({ enabled: false, disabled_reason: expect.stringMatching(/^Disabled automatically: every attempt has failed since /) });
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 2 });
    const notifications = await t.prisma.notification.findMany({ where: { userId: buyer.user.id, type: "webhook_endpoint.disabled" } });
    expect(notifications).toHaveLength(1);
    expect(notifications[0]!.body).toContain(receiver.url);
    expect((await notificationJobsOf(t.prisma, "email-delivery", buyer.user.id)).map((j) => j.type)).toContain("webhook_endpoint.disabled");

    // No new deliveries while disabled; enabling it restarts the clock.
    const before = receiver.received.length;
    await listUnit(t, buyer.auth);
    await drain();
    expect(receiver.received.length).toBe(before);
    const enabled = await request(t.app).patch(`/api/v2/webhook-endpoints/${hook.id}`).set(buyer.auth).send({ enabled: true });
    expect(enabled.body.data).toMatchObject({ enabled: true, disabled_reason: null, failing_since: null });
  });

  it("marks a queued delivery failed without sending it when its endpoint was disabled meanwhile", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    await request(t.app).patch(`/api/v2/webhook-endpoints/${hook.id}`).set(buyer.auth).send({ enabled: false });
    await drain();
    expect(receiver.received.filter((r) => verifies(hook.secret, r))).toHaveLength(0);
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: 0, last_error: "not sent: the endpoint is disabled" });
  });

  it("survives a restart between commit and send: the job waits in the database for the next worker", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    const unit = await listUnit(t, buyer.auth);
    // The instance that made the change goes away before any worker ran.
    const restarted = await createTestApp();
    const freshBoss = await testJobQueue(restarted.config.databaseUrl!);
    try {
      const fresh = new WebhookDelivery({ ...attemptDeps(restarted.deps), retryDelaysSeconds: FAST_RETRIES, boss: freshBoss, logger: createLogger("silent"), pollingIntervalSeconds: 1 });
      while ((await fresh.runOnce()) > 0);
    } finally {
      await freshBoss.stop({ graceful: false, wait: true });
      await restarted.close();
    }
    const events = receiver.received.filter((r) => verifies(hook.secret, r)).map((r) => verify(hook.secret, r));
    expect(events).toEqual([expect.objectContaining({ type: "factoring_unit.created", data: expect.objectContaining({ id: unit.id }) })]);
  });

  it("is not lost when the worker dies mid-send: pg-boss's expiry hands the attempt to another worker", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    // A worker takes the job (pg-boss marks it active) and dies before sending or recording anything.
    // (Other due jobs it took are handed back at once: they belong to other tests.)
    const fetched = await boss.fetch<{ delivery_id: number }>(QUEUES.webhookDelivery.name, { batchSize: 100 });
    const taken = fetched.find((job) => job.data.delivery_id === delivery!.id);
    expect(taken).toBeDefined();
    for (const other of fetched.filter((job) => job !== taken)) await boss.retry(QUEUES.webhookDelivery.name, other.id);
    await worker().runOnce();
    expect(receiver.received.filter((r) => verifies(hook.secret, r))).toHaveLength(0);
    // Its 60-second expiry passes (moved back rather than waited for); a supervising pg-boss expires it.
    await t.prisma.$executeRaw`UPDATE pgboss.job SET started_on = now() - interval '2 minutes' WHERE id = ${taken!.id}::uuid`;
    const supervisor = new PgBossClass({ connectionString: t.config.databaseUrl!, schema: "pgboss", migrate: false, supervise: true, schedule: false, maintenanceIntervalSeconds: 1 });
    await supervisor.start();
    try {
      await expect.poll(async () => (await t.prisma.$queryRaw<{ state: string }[]>`SELECT state::text FROM pgboss.job WHERE id = ${taken!.id}::uuid`)[0]!.state, { timeout: 10_000, interval: 200 }).toBe("retry");
    } finally {
      await supervisor.stop({ graceful: false, wait: true });
    }
    // Its retry is due after pg-boss's backoff (moved to now), and the next worker sends it.
    await t.prisma.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE id = ${taken!.id}::uuid`;
    await drain();
    const sent = receiver.received.filter((r) => verifies(hook.secret, r)).map((r) => verify(hook.secret, r));
    expect(sent.map((e) => e.type)).toEqual(["factoring_unit.created"]);
    expect((await deliveriesOf(buyer.auth, hook.id))[0]).toMatchObject({ status: "succeeded", attempts: 1 });
  });

  it("sends each attempt once when several workers take jobs at once, and a job run twice records once", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    for (let i = 0; i < 6; i++) await listUnit(t, buyer.auth);
    await Promise.all([worker().runOnce(), worker().runOnce(), worker().runOnce()]);
    await drain();
    const received = receiver.received.filter((r) => verifies(hook.secret, r));
    expect(received).toHaveLength(6);
    expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(6);

    // pg-boss hands a job out again when its worker died mid-send: the attempt guard ends the rerun.
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    await boss.send(QUEUES.webhookDelivery.name, { delivery_id: delivery!.id, attempt: 1 });
    await drain();
    expect(receiver.received.filter((r) => verifies(hook.secret, r))).toHaveLength(6);
    expect((await deliveriesOf(buyer.auth, hook.id)).find((d) => d.id === delivery!.id)!.attempts).toBe(1);
  });

  it("gives up on a receiver that does not answer within the timeout", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    receiver.setHang(true);
    await listUnit(t, buyer.auth);
    await worker({ timeoutMs: 300 }).runOnce();
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "pending", attempts: 1, last_response_status: null, last_error: "no answer within 0.3 s" });
  });

  it("refuses, at delivery time in production, destinations that are not public https", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    await worker({ production: true, retryDelaysSeconds: [] }).runOnce();
    expect(receiver.received.filter((r) => verifies(hook.secret, r))).toHaveLength(0);
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect(delivery).toMatchObject({ status: "failed", last_error: "refused destination: the URL must use https" });
  });

  it("keeps the enqueued attempt's job row identical to boss.send's", async () => {
    const buyer = await trader(t, "buyer");
    await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    const sentId = await boss.send(QUEUES.webhookDelivery.name, { delivery_id: 0, attempt: 1 });
    const columns = ["retry_limit", "retry_delay", "retry_backoff", "policy", "dead_letter"];
    const rows = await t.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT ${columns.join(", ")}, expire_in::text AS expire_in, (keep_until - start_after) > interval '29 days' AS kept_long FROM pgboss.job WHERE id = $1::uuid OR id = (
         SELECT j.id FROM pgboss.job j JOIN webhook_deliveries d ON d.id = (j.data->>'delivery_id')::bigint JOIN webhook_messages m ON m.id = d.message_id WHERE m.user_id = $2 LIMIT 1)`,
      sentId,
      buyer.user.id,
    );
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(rows[1]);
    await t.prisma.$executeRaw`DELETE FROM pgboss.job WHERE id = ${sentId}::uuid`;
  });
});

describe("test send, replay and rotation", () => {
  it("sends a signed test event now and answers with the outcome, without touching the failing clock", async () => {
    const { auth } = await trader(t, "financer");
    const hook = await endpointFor(auth, ["bid.accepted"]);
    const ok = await request(t.app).post(`/api/v2/webhook-endpoints/${hook.id}/test`).set(auth);
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ event_type: "webhook.test", status: "succeeded", attempts: 1, last_response_status: 200 });
    expect(verify(hook.secret, receiver.received.at(-1)!)).toMatchObject({ type: "webhook.test", data: { endpoint_id: hook.id } });
    receiver.respondWith({ status: 500, body: "boom" });
    const failed = await request(t.app).post(`/api/v2/webhook-endpoints/${hook.id}/test`).set(auth);
    expect(failed.body.data).toMatchObject({ status: "failed", last_response_status: 500, last_error: "HTTP 500: boom", next_attempt_at: null });
    expect((await t.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: hook.id } })).failingSince).toBeNull();
  });

  it("replays a delivery with the same id and body, within 30 days, on an enabled endpoint of the caller's", async () => {
    const buyer = await trader(t, "buyer");
    const stranger = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    await drain();
    const [delivery] = await deliveriesOf(buyer.auth, hook.id);
    expect((await request(t.app).post(`/api/v2/webhook-deliveries/${delivery!.id}/retry`).set(stranger.auth)).status).toBe(404);
    const replayed = await request(t.app).post(`/api/v2/webhook-deliveries/${delivery!.id}/retry`).set(buyer.auth);
    expect(replayed.status).toBe(202);
    expect(replayed.body.data).toMatchObject({ status: "pending", attempts: 1 });
    await drain();
    const sent = receiver.received.filter((r) => verifies(hook.secret, r));
    expect(sent).toHaveLength(2);
    expect(sent[1]!.body).toBe(sent[0]!.body);
    expect(sent[1]!.headers["webhook-id"]).toBe(sent[0]!.headers["webhook-id"]);
    expect((await deliveriesOf(buyer.auth, hook.id))[0]).toMatchObject({ status: "succeeded", attempts: 2 });

    await t.prisma.webhookMessage.update({ where: { id: delivery!.event_id }, data: { createdAt: new Date(Date.now() - 31 * 24 * 3600_000) } });
    const tooOld = await request(t.app).post(`/api/v2/webhook-deliveries/${delivery!.id}/retry`).set(buyer.auth);
    expect(tooOld.status).toBe(409);
    expect(tooOld.body.message).toMatch(/30 days/);
    await t.prisma.webhookMessage.update({ where: { id: delivery!.event_id }, data: { createdAt: new Date() } });
    await request(t.app).patch(`/api/v2/webhook-endpoints/${hook.id}`).set(buyer.auth).send({ enabled: false });
    const disabled = await request(t.app).post(`/api/v2/webhook-deliveries/${delivery!.id}/retry`).set(buyer.auth);
    expect(disabled.status).toBe(409);
    expect(disabled.body.message).toMatch(/disabled/);
  });

  it("forgets events older than 30 days at the sweep, with their deliveries", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    await listUnit(t, buyer.auth);
    await listUnit(t, buyer.auth);
    await drain();
    const [old, recent] = await t.prisma.webhookMessage.findMany({ where: { userId: buyer.user.id }, orderBy: { createdAt: "asc" } });
    await t.prisma.webhookMessage.update({ where: { id: old!.id }, data: { createdAt: new Date(Date.now() - 30 * 24 * 3600_000 - 60_000) } });
    const swept = await runAllSweeps(t.prisma, t.config);
    expect(swept.purgedWebhookEvents).toContain(old!.id);
    expect(swept.purgedWebhookEvents).not.toContain(recent!.id);
    expect((await deliveriesOf(buyer.auth, hook.id)).map((d) => d.event_id)).toEqual([recent!.id]);
  });

  it("signs with the old and the new secret for 24 hours after a rotation, then with the new one only", async () => {
    const buyer = await trader(t, "buyer");
    const hook = await endpointFor(buyer.auth, ["factoring_unit.created"]);
    const rotated = await request(t.app).post(`/api/v2/webhook-endpoints/${hook.id}/rotate-secret`).set(buyer.auth);
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.data.secret as string;
    expect(newSecret).not.toBe(hook.secret);
    const overlapEnds = new Date(rotated.body.data.previous_secret_expires_at).getTime();
    expect(Math.abs(overlapEnds - Date.now() - 24 * 3600_000)).toBeLessThan(60_000);
    const again = await request(t.app).post(`/api/v2/webhook-endpoints/${hook.id}/rotate-secret`).set(buyer.auth);
    expect(again.status).toBe(409);

    await listUnit(t, buyer.auth);
    await drain();
    const during = receiver.received.at(-1)!;
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(verifies(hook.secret, during)).toBe(true);
    expect(verifies(newSecret, during)).toBe(true);

    await t.prisma.webhookEndpoint.update({ where: { id: hook.id }, data: { previousSecretExpiresAt: new Date(Date.now() - 1000) } });
    await listUnit(t, buyer.auth);
    await drain();
    const after = receiver.received.at(-1)!;
    expect(verifies(newSecret, after)).toBe(true);
    expect(verifies(hook.secret, after)).toBe(false);
  });
});
