import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { DEMO_USERS } from "../../src/modules/accounts/seed-demo.ts";
import { createUser, uniqueEmail } from "../helpers/factories.ts";
import { listMigrationNames } from "../../src/db/migrations.ts";
import { connectDatabase } from "../../src/db/prisma.ts";
import { createLogger } from "../../src/logger.ts";
import { pushJobsOf, registerPushDevice } from "../helpers/push-jobs.ts";
import { createThrowawayDatabase } from "../helpers/throwaway-database.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const admin = (...argv: string[]) => runAdmin(argv, testEnv());

describe("admin CLI", () => {
  it("approves a pending user by email: status, audit row, notification and push in one go", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    await registerPushDevice(t.prisma, user.id);
    const result = await admin("approve-user", user.email.toUpperCase());
    expect(result).toEqual({ code: 0, output: `Approved ${user.email} (id ${user.id}).` });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("active");
    const audit = await t.prisma.auditLog.findFirstOrThrow({ where: { targetType: "user", targetId: String(user.id) } });
    expect(audit).toMatchObject({ action: "user.approve", details: { from: "pending", to: "active", reason: null } });
    expect(audit.actor).toMatch(/^cli:/);
    const notification = await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id } });
    expect(notification.type).toBe("account.approved");
    expect(await pushJobsOf(t.prisma, user.id)).toMatchObject([{ state: "created" }]);
  });

  it("rejects by id with a reason the user is told", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    expect((await admin("reject-user", String(user.id), "--reason", "PAN does not match the entity")).code).toBe(0);
    const stored = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ status: "rejected", statusReason: "PAN does not match the entity" });
    expect((await t.prisma.notification.findFirstOrThrow({ where: { userId: user.id } })).body).toContain("PAN does not match the entity");
  });

  it("suspends an active user", async () => {
    const user = await createUser(t.prisma, { status: "active" });
    expect((await admin("suspend-user", user.email, "--reason", "Chargeback under review")).code).toBe(0);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).status).toBe("suspended");
    expect(await admin("reactivate-user", user.email)).toEqual({ code: 0, output: `Reactivated ${user.email} (id ${user.id}).` });
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ status: "active", statusReason: null });
    expect((await t.prisma.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } })).map((n) => n.type)).toEqual(["account.suspended", "account.reactivated"]);
  });

  it.each([
    [["approve-user", "nobody-here@test.hundi.app"], 1, "No user with email nobody-here@test.hundi.app."],
    [["approve-user", "999999999"], 1, "No user with id 999999999."],
    [["approve-user", "not an email"], 1, '"not an email" is neither a user id nor a valid email.'],
    [["list-users", "--status", "sleeping"], 1, 'Unknown status "sleeping": use one of pending, active, rejected, suspended.'],
    [["create-admin", "bad-email", "a-long-password-1"], 1, '"bad-email" is not a valid email.'],
    [["create-admin", "ok@test.hundi.app", "short"], 1, "The admin password must be 12 to 72 characters."],
  ])("%j exits %i with one line", async (argv, code, message) => {
    const result = await admin(...argv);
    expect(result).toEqual({ code, output: message });
  });

  it("exits 2 with usage for an unknown command, a missing argument or an unknown flag", async () => {
    for (const argv of [["frobnicate"], ["approve-user"], ["approve-user", "a@b.co", "--force"], []]) {
      const result = await admin(...argv);
      expect(result.code).toBe(2);
      expect(result.output).toContain("usage: npm run admin");
    }
  });

  it("refuses illegal transitions and changes nothing", async () => {
    const active = await createUser(t.prisma, { status: "active" });
    expect(await admin("approve-user", active.email)).toEqual({ code: 1, output: `Cannot approve ${active.email}: the account is active.` });
    expect(await admin("reject-user", active.email, "--reason", "Duplicate")).toEqual({ code: 1, output: `Cannot reject ${active.email}: the account is active.` });
    expect(await admin("reactivate-user", active.email)).toEqual({ code: 1, output: `Cannot reactivate ${active.email}: the account is active.` });
    // A rejection or suspension is explained to the user: the reason is required, as in the API.
    expect(await admin("suspend-user", active.email)).toEqual({ code: 1, output: "The reason field is required." });
    expect(await admin("reject-user", active.email, "--reason", "   ")).toEqual({ code: 1, output: "The reason field is required." });
    expect(await t.prisma.auditLog.count({ where: { targetId: String(active.id) } })).toBe(0);
    expect(await t.prisma.notification.count({ where: { userId: active.id } })).toBe(0);
  });

  it("approves a user exactly once when two admins act at the same time", async () => {
    const user = await createUser(t.prisma, { status: "pending" });
    const results = await Promise.all([admin("approve-user", user.email), admin("approve-user", user.email), admin("approve-user", user.email)]);
    expect(results.map((r) => r.code).sort()).toEqual([0, 1, 1]);
    expect(await t.prisma.notification.count({ where: { userId: user.id } })).toBe(1);
    expect(await t.prisma.auditLog.count({ where: { targetId: String(user.id) } })).toBe(1);
  });

  it("creates an admin that can log in, once", async () => {
    const email = uniqueEmail("admin");
    expect((await admin("create-admin", email, "very-long-admin-pass")).code).toBe(0);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("admin");
    expect(await admin("create-admin", email, "very-long-admin-pass")).toEqual({ code: 1, output: `A user with email ${email} already exists.` });
    expect((await admin("approve-user", email)).output).toBe("Admin accounts are not managed with this command.");
  });

  it("lists users filtered by status", async () => {
    const pending = await createUser(t.prisma, { status: "pending" });
    const active = await createUser(t.prisma, { status: "active" });
    const result = await admin("list-users", "--status", "pending");
    expect(result.code).toBe(0);
    expect(result.output).toContain(pending.email);
    expect(result.output).not.toContain(active.email);
  });

  it.each(["sweep", "sweep-overdue"])("%s runs every sweep once and reports what it did", async (command) => {
    const result = await admin(command);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^Expired \d+ bid\(s\).*; expired \d+ factoring unit\(s\).*; marked \d+ factoring unit\(s\) overdue.*; sent \d+ due-soon reminder\(s\)\.$/);
    expect((await admin(command, "extra")).code).toBe(2);
  });

  it("seeds the demo users, and can run again", async () => {
    expect((await admin("seed-demo")).code).toBe(0);
    expect((await admin("seed-demo")).code).toBe(0);
    const users = await t.prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    expect(users.map((u) => u.role).sort()).toEqual(["buyer", "financer", "investor", "seller"]);
    expect(users.every((u) => u.status === "active")).toBe(true);
    for (const user of users) {
      const verified = await t.prisma.kycCheck.findMany({ where: { userId: user.id, status: "verified" } });
      expect(verified.map((c) => c.type).sort()).toEqual(["bank_account", "pan"]);
    }
    const investor = users.find((u) => u.role === "investor")!;
    // The opening balance, part of it now on hold for the demo bids or paid out for the financed one.
    expect((await walletBalances(t.prisma, investor.id)).balance).toBe(DEMO_USERS.find((u) => u.role === "investor")!.walletPaise - 108_000_00n);
    const units = await t.prisma.factoringUnit.findMany({ where: { ownerId: { in: users.map((u) => u.id) } } });
    expect(units.map((u) => u.status).sort()).toEqual(["Bidding", "Bidding", "Bidding", "Financed"]);
    expect(await t.prisma.bid.count({ where: { factoringUnitId: { in: units.map((u) => u.id) } } })).toBe(4);
  });

  it("migrates a fresh database once (pg-boss's schema and our queues with it), then finds it up to date", async () => {
    const fresh = await createThrowawayDatabase("hundi_migrate");
    try {
      const env = testEnv({ DATABASE_URL: fresh.url, MIGRATE_ON_START: "false" });
      const first = await runAdmin(["migrate"], env);
      expect(first.code).toBe(0);
      expect(first.output).toMatch(new RegExp(`^Applied ${(await listMigrationNames()).length} migration\\(s\\): `));
      expect(await runAdmin(["migrate"], env)).toEqual({ code: 0, output: "Database schema is up to date." });
      const { prisma, close } = connectDatabase({ url: fresh.url, poolSize: 1, logger: createLogger("silent") });
      try {
        const queues = await prisma.$queryRaw<{ name: string }[]>`SELECT name FROM pgboss.queue ORDER BY name`;
        expect(queues.map((q) => q.name)).toEqual(["__pgboss__send-it", "email-delivery", "marketplace-sweep", "push-delivery", "webhook-delivery"]);
      } finally {
        await close();
      }
    } finally {
      await fresh.drop();
    }
  });

  it("runs as its own process (with V8's baseline WebAssembly compiler only): a model query and the ledger check answer, exit 0", async () => {
    const user = await createUser(t.prisma, { status: "suspended" });
    const run = (...argv: string[]) => promisify(execFile)(process.execPath, ["--import", "tsx", "src/cli/admin.ts", ...argv], { env: { ...process.env, ...testEnv() } });
    const listed = await run("list-users", "--status", "suspended");
    expect(listed.stdout).toContain(`${user.email}  ${user.name}`);
    const checked = await run("ledger-check");
    expect(checked.stdout).toMatch(/^Ledger OK: \d+ transactions balance to zero, \d+ cached balances match their entries\.\n$/);
  });
});
