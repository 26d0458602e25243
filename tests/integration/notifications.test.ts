import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/logger.ts";
import type PgBoss from "pg-boss";
import { MAX_PUSH_ATTEMPTS, PushDelivery } from "../../src/jobs/push-delivery.ts";
import { MAX_DEVICES_PER_USER } from "../../src/modules/notifications/devices.ts";
import { notify } from "../../src/modules/notifications/notify.ts";
import { createUser, signedInUser } from "../helpers/factories.ts";
import { RecordingPushSender } from "../helpers/recording-push-sender.ts";
import { pushJobsOf, testJobQueue } from "../helpers/push-jobs.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
let boss: PgBoss;
beforeAll(async () => {
  t = await createTestApp();
  boss = await testJobQueue(t.config.databaseUrl!);
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await t.close();
});

const silent = createLogger("silent");
const deliveryWith = (sender: RecordingPushSender) => new PushDelivery({ boss, prisma: t.prisma, sender, logger: silent, pollingIntervalSeconds: 0.5 });

async function notifyUser(userId: number, event: "account.approved" | "account.rejected" = "account.approved") {
  return t.prisma.$transaction((tx) => (event === "account.approved" ? notify(tx, userId, event, {}) : notify(tx, userId, event, { reason: "docs unclear" })));
}

/** Works the queue until none of the user's push jobs is due (the queue is shared with other test files). */
async function drainPushesFor(delivery: PushDelivery, userId: number) {
  for (let i = 0; i < 50; i++) {
    const due = (await pushJobsOf(t.prisma, userId)).filter((job) => (job.state === "created" || job.state === "retry") && job.start_after <= new Date());
    if (due.length === 0) return;
    await delivery.runOnce();
  }
  throw new Error(`pushes of user ${userId} still due after 50 passes`);
}

describe("notification endpoints", () => {
  it("lists newest first with pagination meta and unread_count", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    for (let i = 0; i < 3; i++) await notifyUser(user.id);
    await notifyUser(user.id, "account.rejected");
    const res = await request(t.app).get("/api/v2/notifications?per_page=2&page=1").set(auth);
    expect(res.status).toBe(200);
    expect(res.body.meta).toEqual({ current_page: 1, per_page: 2, total: 4, last_page: 2, unread_count: 4 });
    expect(res.body.data).toHaveLength(2);
    expect(res.body.data[0]).toMatchObject({ type: "account.rejected", title: "Account not approved", is_read: false, read_at: null, data: { reason: "docs unclear" } });
    expect(res.body.data[0].body).toContain("docs unclear");
    const unreadOnly = await request(t.app).get("/api/v2/notifications?unread=true").set(auth);
    expect(unreadOnly.body.meta.total).toBe(4);
  });

  it.each([["page=0"], ["per_page=101"], ["per_page=abc"], ["unread=maybe"]])("refuses the query %s with 422", async (query) => {
    const { auth } = await signedInUser(t.prisma);
    const res = await request(t.app).get(`/api/v2/notifications?${query}`).set(auth);
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors)).toEqual([query.split("=")[0]]);
  });

  it("marks one as read, idempotently, and only the caller's own", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const other = await signedInUser(t.prisma);
    const mine = await notifyUser(user.id);
    const theirs = await notifyUser(other.user.id);
    const res = await request(t.app).put(`/api/v2/notifications/${mine.id}/read`).set(auth);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: mine.id, is_read: true });
    const again = await request(t.app).put(`/api/v2/notifications/${mine.id}/read`).set(auth);
    expect(again.body.data.read_at).toBe(res.body.data.read_at);

    const foreign = await request(t.app).put(`/api/v2/notifications/${theirs.id}/read`).set(auth);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toMatchObject({ status: "error", message: "Notification not found." });
    expect((await t.prisma.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
    expect((await request(t.app).put("/api/v2/notifications/999999999/read").set(auth)).status).toBe(404);
    const notAnId = await request(t.app).put("/api/v2/notifications/abc/read").set(auth);
    expect(notAnId.status).toBe(404);
    expect(notAnId.body).toMatchObject({ status: "error", message: "Notification not found." });
  });

  it("marks all of the caller's notifications read and nobody else's", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    const other = await createUser(t.prisma);
    await notifyUser(user.id);
    await notifyUser(user.id);
    await notifyUser(other.id);
    const res = await request(t.app).post("/api/v2/notifications/mark-all-read").set(auth);
    expect(res.body).toMatchObject({ status: "success", data: { updated: 2 } });
    expect(await t.prisma.notification.count({ where: { userId: user.id, readAt: null } })).toBe(0);
    expect(await t.prisma.notification.count({ where: { userId: other.id, readAt: null } })).toBe(1);
  });

  it("registers an FCM token, moves it between users and keeps the newest devices only", async () => {
    const a = await signedInUser(t.prisma);
    const b = await signedInUser(t.prisma);
    const token = `shared-phone-${a.user.id}`;
    expect((await request(t.app).post("/api/v2/notifications/fcm-token").set(a.auth).send({ fcm_token: token })).status).toBe(200);
    await request(t.app).post("/api/v2/notifications/fcm-token").set(b.auth).send({ fcm_token: token });
    expect((await t.prisma.deviceToken.findUniqueOrThrow({ where: { token } })).userId).toBe(b.user.id);
    for (let i = 0; i < MAX_DEVICES_PER_USER + 2; i++) {
      await request(t.app).post("/api/v2/notifications/fcm-token").set(a.auth).send({ fcm_token: `a-device-${a.user.id}-${i}` });
    }
    const devices = await t.prisma.deviceToken.findMany({ where: { userId: a.user.id } });
    expect(devices).toHaveLength(MAX_DEVICES_PER_USER);
    expect(devices.map((d) => d.token)).toContain(`a-device-${a.user.id}-${MAX_DEVICES_PER_USER + 1}`);
    const bad = await request(t.app).post("/api/v2/notifications/fcm-token").set(a.auth).send({ fcm_token: "" });
    expect(bad.status).toBe(422);
    expect(bad.body.errors).toEqual({ fcm_token: ["The fcm token field is required."] });
  });
});

describe("push delivery (pg-boss)", () => {
  it("writes nothing when the surrounding transaction rolls back", async () => {
    const user = await createUser(t.prisma);
    await expect(
      t.prisma.$transaction(async (tx) => {
        await notify(tx, user.id, "account.approved", {});
        throw new Error("business rule failed");
      }),
    ).rejects.toThrow("business rule failed");
    expect(await t.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await pushJobsOf(t.prisma, user.id)).toEqual([]);
  });

  it("sends each push once to every device and prunes tokens FCM reports as unregistered", async () => {
    const user = await createUser(t.prisma);
    await t.prisma.deviceToken.createMany({ data: [{ userId: user.id, token: `ok-${user.id}` }, { userId: user.id, token: `dead-${user.id}` }] });
    await notifyUser(user.id);
    const sender = new RecordingPushSender();
    sender.invalidTokens.add(`dead-${user.id}`);
    await drainPushesFor(deliveryWith(sender), user.id);
    const mine = sender.sent.filter((m) => m.tokens.includes(`ok-${user.id}`));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ title: "Account approved", data: { type: "account.approved" } });
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "completed", output: { outcome: "sent" } }]);
    expect((await t.prisma.deviceToken.findMany({ where: { userId: user.id } })).map((d) => d.token)).toEqual([`ok-${user.id}`]);
  });

  it("writes no push job for a user with no device registered, and a device registered later gets no earlier push", async () => {
    const user = await createUser(t.prisma);
    const notification = await notifyUser(user.id);
    expect(await t.prisma.notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject({ type: "account.approved" });
    expect(await pushJobsOf(t.prisma, user.id)).toEqual([]);
    await t.prisma.deviceToken.create({ data: { userId: user.id, token: `later-${user.id}` } });
    await notifyUser(user.id, "account.rejected");
    const sender = new RecordingPushSender();
    await drainPushesFor(deliveryWith(sender), user.id);
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "completed", output: { outcome: "sent" }, type: "account.rejected" }]);
    expect(sender.sent.filter((m) => m.tokens.includes(`later-${user.id}`)).map((m) => m.title)).toEqual(["Account not approved"]);
  });

  it("marks a push skipped when the user's devices were removed before it was sent", async () => {
    const user = await createUser(t.prisma);
    await t.prisma.deviceToken.create({ data: { userId: user.id, token: `removed-${user.id}` } });
    await notifyUser(user.id);
    await t.prisma.deviceToken.deleteMany({ where: { userId: user.id } });
    await drainPushesFor(deliveryWith(new RecordingPushSender()), user.id);
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "completed", output: { outcome: "skipped", reason: "no devices" } }]);
  });

  it("ends every job of one batch on its own outcome: sent, skipped for each reason, or retried", async () => {
    const [withDevice, noDevice, deadOnly, gone, failing] = await Promise.all(Array.from({ length: 5 }, () => createUser(t.prisma)));
    // Every user has a device when notified (a user without one gets no job); noDevice's is removed
    // before the pushes are sent.
    await t.prisma.deviceToken.createMany({
      data: [
        { userId: withDevice!.id, token: `batch-ok-${withDevice!.id}` },
        { userId: noDevice!.id, token: `batch-removed-${noDevice!.id}` },
        { userId: deadOnly!.id, token: `batch-dead-${deadOnly!.id}` },
        { userId: gone!.id, token: `batch-gone-${gone!.id}` },
        { userId: failing!.id, token: `batch-fail-${failing!.id}` },
      ],
    });
    for (const user of [withDevice!, noDevice!, deadOnly!, gone!, failing!]) await notifyUser(user.id);
    await notifyUser(withDevice!.id, "account.rejected");
    await t.prisma.deviceToken.deleteMany({ where: { userId: noDevice!.id } });
    const goneIds = (await t.prisma.notification.findMany({ where: { userId: gone!.id }, select: { id: true } })).map((n) => n.id);
    await t.prisma.notification.deleteMany({ where: { userId: gone!.id } });
    const sender = new RecordingPushSender();
    sender.invalidTokens.add(`batch-dead-${deadOnly!.id}`);
    sender.failingTokens.add(`batch-fail-${failing!.id}`);
    // One pass takes up to 20 due jobs: ours were queued last, so they are all in it unless other test
    // files queued more in between; passes go on until none of ours is due.
    const delivery = deliveryWith(sender);
    for (const user of [withDevice!, noDevice!, deadOnly!, failing!]) await drainPushesFor(delivery, user.id);
    expect(await pushJobsOf(t.prisma, withDevice!.id)).toMatchObject([{ state: "completed", output: { outcome: "sent" } }, { state: "completed", output: { outcome: "sent" } }]);
    expect(sender.sent.filter((m) => m.tokens.includes(`batch-ok-${withDevice!.id}`)).map((m) => m.title).sort()).toEqual(["Account approved", "Account not approved"]);
    expect(await pushJobsOf(t.prisma, noDevice!.id)).toMatchObject([{ state: "completed", output: { outcome: "skipped", reason: "no devices" } }]);
    expect(await pushJobsOf(t.prisma, deadOnly!.id)).toMatchObject([{ state: "completed", output: { outcome: "skipped", reason: "all tokens invalid" } }]);
    expect(await pushJobsOf(t.prisma, failing!.id)).toMatchObject([{ state: "retry", output: { message: "provider unavailable" } }]);
    // The deleted notification's job, found by its id (pushJobsOf joins notifications, so it cannot).
    expect(goneIds).toHaveLength(1);
    const goneJobs = await t.prisma.$queryRaw<{ state: string; output: unknown }[]>`
      SELECT state::text AS state, output FROM pgboss.job WHERE name = 'push-delivery' AND (data->>'notification_id')::int = ${goneIds[0]}`;
    expect(goneJobs).toMatchObject([{ state: "completed", output: { outcome: "skipped", reason: "notification gone" } }]);
  });

  it("retries a failing provider with backoff and gives up after the maximum attempts", async () => {
    const user = await createUser(t.prisma);
    await t.prisma.deviceToken.create({ data: { userId: user.id, token: `flaky-${user.id}` } });
    await notifyUser(user.id);
    const sender = new RecordingPushSender();
    sender.failNext = 1_000_000;
    const delivery = deliveryWith(sender);
    await drainPushesFor(delivery, user.id);
    const [afterFirst] = await pushJobsOf(t.prisma, user.id);
    expect(afterFirst).toMatchObject({ state: "retry", retry_count: 0, output: { message: "provider unavailable" } });
    expect(afterFirst!.start_after.getTime()).toBeGreaterThan(Date.now() + 3_000); // backoff: 5-10 s first

    // Make it due again and again until pg-boss has no retries left.
    for (let i = 1; i < MAX_PUSH_ATTEMPTS; i++) {
      await t.prisma.$executeRaw`UPDATE pgboss.job SET start_after = now() - interval '1 second' WHERE id = ${afterFirst!.id}::uuid AND state = 'retry'`;
      await drainPushesFor(delivery, user.id);
    }
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "failed", retry_count: MAX_PUSH_ATTEMPTS - 1 }]);
    expect(sender.attempts.filter((tokens) => tokens.includes(`flaky-${user.id}`))).toHaveLength(MAX_PUSH_ATTEMPTS);
  });

  it("sends each push exactly once when several dispatchers run at the same time", async () => {
    const users = await Promise.all(Array.from({ length: 5 }, () => createUser(t.prisma)));
    for (const user of users) {
      await t.prisma.deviceToken.create({ data: { userId: user.id, token: `multi-${user.id}` } });
      for (let i = 0; i < 6; i++) await notifyUser(user.id);
    }
    const senders = Array.from({ length: 4 }, () => new RecordingPushSender());
    const workers = senders.map((sender) => deliveryWith(sender));
    for (let round = 0; round < 10; round++) await Promise.all(workers.map((worker) => worker.runOnce()));
    const ids = new Set(users.map((u) => `multi-${u.id}`));
    const delivered = senders.flatMap((s) => s.sent).filter((m) => ids.has(m.tokens[0]!));
    const perNotification = new Map<string, number>();
    for (const message of delivered) perNotification.set(message.data.notification_id!, (perNotification.get(message.data.notification_id!) ?? 0) + 1);
    expect(perNotification.size).toBe(30);
    expect([...perNotification.values()].every((count) => count === 1)).toBe(true);
    const jobs = (await Promise.all(users.map((user) => pushJobsOf(t.prisma, user.id)))).flat();
    expect(jobs.map((job) => job.state)).toEqual(Array(30).fill("completed"));
  });
});
