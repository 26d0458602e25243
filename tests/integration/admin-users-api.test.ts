import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.ts";
import { adminRoutes, auditRowsFor, concreteAdminPath, queuedJobsFor, signedInAdmin } from "../helpers/admin.ts";
import { createUser, DEFAULT_PASSWORD, signedInUser, uniqueEmail } from "../helpers/factories.ts";
import { fundWallet, makeTradingReady } from "../helpers/money-fixtures.ts";
import { registerPushDevice } from "../helpers/push-jobs.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInAdmin>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

describe("who may call the admin API", () => {
  it("serves the paths back-office tools rely on", () => {
    expect(adminRoutes.map((route) => `${route.method.toUpperCase()} ${route.path}`).sort()).toEqual(
      [
        "GET /admin/users",
        "GET /admin/users/{userId}",
        ...["approve", "reject", "suspend", "reactivate"].map((decision) => `POST /admin/users/{userId}/${decision}`),
        "GET /admin/kyc-checks",
        "POST /admin/kyc-checks/{checkId}/decision",
        "GET /admin/withdrawals",
        "POST /admin/withdrawals/{withdrawalId}/settle",
        "POST /admin/withdrawals/{withdrawalId}/fail",
        "GET /admin/webhook-events",
        "POST /admin/webhook-events/{eventId}/reprocess",
        "GET /admin/idempotency-keys",
        "DELETE /admin/idempotency-keys/{keyId}",
        "GET /admin/ledger/accounts/{accountId}",
        "GET /admin/ledger/transactions",
        "POST /admin/ledger/check",
        "GET /admin/reports/platform",
        "GET /admin/audit-log",
      ].sort(),
    );
    expect(adminRoutes.every((route) => route.access.kind === "user" && route.access.roles?.join() === "admin")).toBe(true);
  });

  describe.each(adminRoutes.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))("%s", (_name, route) => {
    it.each(["buyer", "seller", "investor", "financer"] as const)("403 for a %s", async (role) => {
      const { auth } = await signedInUser(t.prisma, { role });
      const res = await request(t.app)[route.method](concreteAdminPath(route.path)).set(auth).send({ reason: "x", status: "verified", note: "x" });
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ status: "error", message: "Only admins can do this.", code: "FORBIDDEN" });
    });
  });

  it("gives an admin a 12-hour token and everyone else a 30-day one", async () => {
    const email = uniqueEmail("admin");
    expect((await runAdmin(["create-admin", email, "a-long-admin-password"], testEnv())).code).toBe(0);
    const login = await request(t.app).post("/api/v2/auth/login").send({ email, password: "a-long-admin-password" });
    expect(login.status).toBe(200);
    expect(login.body.data.expires_in).toBe(43_200);
    const stored = await t.prisma.accessToken.findFirstOrThrow({ where: { user: { email } } });
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(43_200_000);
    const refreshed = await request(t.app).post("/api/v2/auth/refresh").set("Authorization", `Bearer ${login.body.data.token}`);
    expect(refreshed.body.data.expires_in).toBe(43_200);
    // The admin API works with it.
    expect((await request(t.app).get("/api/v2/admin/users").set("Authorization", `Bearer ${refreshed.body.data.token}`)).status).toBe(200);

    const user = await createUser(t.prisma);
    const userLogin = await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD });
    expect(userLogin.body.data.expires_in).toBe(2_592_000);
  });
});

describe("GET /admin/users", () => {
  it("filters by status, role, text, PAN's last four and creation date, with the usual envelope", async () => {
    const marker = `Zebu${Date.now() % 100000}`;
    const pending = await t.prisma.user.create({ data: { name: `${marker} Exports`, email: uniqueEmail("zebu"), phone: "+919812300001", passwordHash: "x", role: "seller", status: "pending", pan: "ABCPZ9876Q" } });
    const active = await t.prisma.user.create({ data: { name: `${marker} Capital`, email: uniqueEmail("zebu"), phone: "+919812300002", passwordHash: "x", role: "investor", status: "active" } });

    const byName = await admin.as.get(`/admin/users?q=${marker.toLowerCase()}&per_page=10`);
    expect(byName.status).toBe(200);
    expect(byName.body.data.map((u: { id: number }) => u.id)).toEqual([active.id, pending.id]);
    expect(byName.body.meta).toEqual({ current_page: 1, per_page: 10, total: 2, last_page: 1 });
    expect(byName.body.data[1]).toMatchObject({ status: "pending", role: "seller", pan: "XXXXXX876Q", status_reason: null });
    expect(JSON.stringify(byName.body)).not.toContain("ABCPZ9876Q");
    expect(JSON.stringify(byName.body)).not.toContain("password");

    const ids = async (query: string) => (await admin.as.get(`/admin/users?q=${marker}&${query}`)).body.data.map((u: { id: number }) => u.id);
    expect(await ids("status=pending")).toEqual([pending.id]);
    expect(await ids("role=investor")).toEqual([active.id]);
    expect((await admin.as.get("/admin/users?q=876Q")).body.data.map((u: { id: number }) => u.id)).toContain(pending.id);
    expect((await admin.as.get("/admin/users?q=9812300002")).body.data.map((u: { id: number }) => u.id)).toEqual([active.id]);
    expect(await ids(`created_from=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
    expect(await ids("created_to=2020-01-01")).toEqual([]);
  });

  it("answers bad filters with 422 naming the field", async () => {
    const res = await admin.as.get("/admin/users?status=sleeping&created_from=yesterday");
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(["created_from", "status"]);
    expect(res.body.errors.created_from).toEqual(["The created from field must be a date (YYYY-MM-DD) or an ISO 8601 date-time."]);
  });
});

describe("GET /admin/users/{id}", () => {
  it("shows the account in full: masked KYC, wallet and activity counts", async () => {
    const user = await createUser(t.prisma, { role: "investor" });
    await makeTradingReady(t.prisma, user);
    await fundWallet(t.prisma, user, 250_000n);
    const res = await admin.as.get(`/admin/users/${user.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: user.id,
      email: user.email,
      wallet: { balance: 2500, on_hold: 0, available: 2500, currency: "INR" },
      counts: { factoring_units: 0, bids: 0, factoring_units_funded: 0, withdrawals_processing: 0 },
    });
    expect(res.body.data.kyc_status.pan.status).toBe("verified");
    expect(res.body.data.kyc_status.bank_account.account_number).toMatch(/^X+\d{4}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/HDFC0001234"?:|5010\d{10}/);
  });

  it("is 404 for an account that does not exist", async () => {
    const res = await admin.as.get("/admin/users/2147483000");
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ status: "error", code: "NOT_FOUND", message: "User not found." });
  });
});

describe("account decisions", () => {
  it("approves a pending account: status, audit row with actor, request id and IP, notification with its push and e-mail jobs", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    await registerPushDevice(t.prisma, user.id);
    const res = await admin.as.post(`/admin/users/${user.id}/approve`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "success", message: "User approved.", data: { id: user.id, status: "active" } });
    const [audit, ...more] = await auditRowsFor(t, "user", user.id);
    expect(more).toEqual([]);
    expect(audit).toMatchObject({ actor: `admin:${admin.user.id}`, actorUserId: admin.user.id, action: "user.approve", requestId: res.headers["x-request-id"], details: { from: "pending", to: "active", reason: null } });
    expect(audit!.ip).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
    expect(await queuedJobsFor(t, "push-delivery", user.id)).toEqual([{ type: "account.approved", state: "created" }]);
    expect(await queuedJobsFor(t, "email-delivery", user.id)).toEqual([{ type: "account.approved", state: "created" }]);
  });

  it("requires a reason to reject or suspend, and tells the user", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    const missing = await admin.as.post(`/admin/users/${user.id}/reject`, { reason: "  " });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual({ reason: ["The reason field is required."] });
    const res = await admin.as.post(`/admin/users/${user.id}/reject`, { reason: "GSTIN belongs to another entity" });
    expect(res.body.data).toMatchObject({ status: "rejected", status_reason: "GSTIN belongs to another entity" });
    const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id } });
    expect(notification).toMatchObject({ type: "account.rejected", body: "Your account application was not approved: GSTIN belongs to another entity" });
  });

  it("suspends an active account at once (its token stops trading), then reactivates it", async () => {
    const { user, auth } = await signedInUser(t.prisma, { role: "investor" });
    expect((await request(t.app).get("/api/v2/bids").set(auth)).status).toBe(200);
    const suspended = await admin.as.post(`/admin/users/${user.id}/suspend`, { reason: "Chargeback under investigation" });
    expect(suspended.body.data).toMatchObject({ status: "suspended", status_reason: "Chargeback under investigation" });
    const refused = await request(t.app).get("/api/v2/bids").set(auth);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toBe("Account suspended.");

    const reactivated = await admin.as.post(`/admin/users/${user.id}/reactivate`);
    expect(reactivated.body.data).toMatchObject({ status: "active", status_reason: null });
    expect((await request(t.app).get("/api/v2/bids").set(auth)).status).toBe(200);
    expect((await auditRowsFor(t, "user", user.id)).map((row) => row.action)).toEqual(["user.suspend", "user.reactivate"]);
    expect((await queuedJobsFor(t, "email-delivery", user.id)).map((job) => job.type)).toEqual(["account.suspended", "account.reactivated"]);
  });

  it.each([
    ["approve", "active", "Cannot approve %s: the account is active."],
    ["reject", "active", "Cannot reject %s: the account is active."],
    ["suspend", "rejected", "Cannot suspend %s: the account is rejected."],
    ["reactivate", "pending", "Cannot reactivate %s: the account is pending."],
  ] as const)("refuses to %s an account that is %s with 409, and writes nothing", async (decision, status, message) => {
    const user = await createUser(t.prisma, { status });
    const res = await admin.as.post(`/admin/users/${user.id}/${decision}`, { reason: "Because" });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: "error", code: "CONFLICT", message: message.replace("%s", user.email) });
    expect(await auditRowsFor(t, "user", user.id)).toEqual([]);
    expect(await t.prisma.notification.count({ where: { userId: user.id } })).toBe(0);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe(status);
  });

  it("does not let an admin change their own account or another admin's", async () => {
    const self = await admin.as.post(`/admin/users/${admin.user.id}/suspend`, { reason: "testing" });
    expect(self.status).toBe(403);
    expect(self.body.message).toBe("You cannot change the status of your own account.");
    const other = await createUser(t.prisma, { role: "admin" });
    expect((await admin.as.post(`/admin/users/${other.id}/suspend`, { reason: "testing" })).status).toBe(403);
    expect(await auditRowsFor(t, "user", admin.user.id)).toEqual([]);
  });

  it("is 404 for an account that does not exist", async () => {
    expect((await admin.as.post("/admin/users/2147483000/approve")).status).toBe(404);
  });

  it("writes its audit row in the transaction of the change: when the change fails, neither stays", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    // A real failure inside the transaction, after the status update and the audit row: the database
    // refuses this user's notification.
    const fn = `fail_notify_${user.id}`;
    await t.prisma.$executeRawUnsafe(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.user_id = ${user.id} THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$`);
    await t.prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    try {
      const res = await admin.as.post(`/admin/users/${user.id}/approve`);
      expect(res.status).toBe(500);
    } finally {
      await t.prisma.$executeRawUnsafe(`DROP TRIGGER ${fn} ON notifications`);
      await t.prisma.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
    }
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("pending");
    expect(await auditRowsFor(t, "user", user.id)).toEqual([]);
    // And once the cause is gone, the same action goes through.
    expect((await admin.as.post(`/admin/users/${user.id}/approve`)).status).toBe(200);
    expect(await auditRowsFor(t, "user", user.id)).toHaveLength(1);
  });

  it("approves exactly once when two admins act at the same time", async () => {
    const other = await signedInAdmin(t);
    const user = await createUser(t.prisma, { status: "pending" });
    const results = await Promise.all([admin.as.post(`/admin/users/${user.id}/approve`), other.as.post(`/admin/users/${user.id}/approve`), admin.as.post(`/admin/users/${user.id}/approve`)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    expect(await auditRowsFor(t, "user", user.id)).toHaveLength(1);
    expect(await t.prisma.notification.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("the CLI and the API are one use case", () => {
  it("give the same result for the same action, and the same refusal", async () => {
    const [viaCli, viaApi] = [await createUser(t.prisma, { status: "active" }), await createUser(t.prisma, { status: "active" })];
    const cli = await runAdmin(["suspend-user", viaCli.email, "--reason", "KYC documents expired"], testEnv({ USER: "ops" }));
    const api = await admin.as.post(`/admin/users/${viaApi.id}/suspend`, { reason: "KYC documents expired" });
    expect(cli.code).toBe(0);
    expect(api.status).toBe(200);
    const state = async (id: number) => {
      const user = await t.prisma.user.findUniqueOrThrow({ where: { id } });
      const [audit] = await auditRowsFor(t, "user", id);
      const notifications = await t.prisma.notification.findMany({ where: { userId: id }, select: { type: true, title: true, body: true } });
      return { status: user.status, statusReason: user.statusReason, action: audit?.action, details: audit?.details, notifications, emails: (await queuedJobsFor(t, "email-delivery", id)).length };
    };
    expect(await state(viaCli.id)).toEqual(await state(viaApi.id));
    expect((await auditRowsFor(t, "user", viaCli.id))[0]).toMatchObject({ actor: "cli:ops", actorUserId: null, requestId: null, ip: null });
    expect((await auditRowsFor(t, "user", viaApi.id))[0]).toMatchObject({ actor: `admin:${admin.user.id}`, actorUserId: admin.user.id });

    // The same refusal: the API's 409 message is the CLI's exit-1 line.
    const cliRefusal = await runAdmin(["suspend-user", viaCli.email, "--reason", "again"], testEnv());
    const apiRefusal = await admin.as.post(`/admin/users/${viaCli.id}/suspend`, { reason: "again" });
    expect(cliRefusal).toEqual({ code: 1, output: apiRefusal.body.message });
    expect(apiRefusal.status).toBe(409);
  });
});

describe("GET /admin/audit-log", () => {
  it("lists every admin action newest first, filtered by actor, target, action and date", async () => {
    const other = await signedInAdmin(t);
    const user = await createUser(t.prisma, { status: "pending" });
    await other.as.post(`/admin/users/${user.id}/approve`);
    await other.as.post(`/admin/users/${user.id}/suspend`, { reason: "Fraud alert" });

    const byActor = await admin.as.get(`/admin/audit-log?actor=admin:${other.user.id}`);
    expect(byActor.status).toBe(200);
    expect(byActor.body.data.map((row: { action: string }) => row.action)).toEqual(["user.suspend", "user.approve"]);
    expect(byActor.body.data[0]).toMatchObject({ actor: `admin:${other.user.id}`, actor_user_id: other.user.id, target_type: "user", target_id: String(user.id), details: { from: "active", to: "suspended", reason: "Fraud alert" } });
    expect(byActor.body.meta.total).toBe(2);

    expect((await admin.as.get(`/admin/audit-log?target=user:${user.id}&action=user.suspend`)).body.data).toHaveLength(1);
    expect((await admin.as.get(`/admin/audit-log?target=user:${user.id}&action=user.`)).body.data).toHaveLength(2);
    expect((await admin.as.get(`/admin/audit-log?actor=admin:${other.user.id}&to=2020-01-31`)).body.data).toEqual([]);
    expect((await admin.as.get(`/admin/audit-log?actor=admin:${other.user.id}&from=${new Date(Date.now() - 60_000).toISOString()}`)).body.data).toHaveLength(2);
    expect((await admin.as.get("/admin/audit-log?actor=cli:")).body.data.every((row: { actor: string }) => row.actor.startsWith("cli:"))).toBe(true);
  });
});
