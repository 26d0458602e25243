import type PgBoss from "pg-boss";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EmailDelivery } from "../../src/jobs/email-delivery.ts";
import { createLogger } from "../../src/logger.ts";
import { RESET_CODE_MAX_TRIES } from "../../src/modules/auth/password-reset.service.ts";
import { SmtpMailer } from "../../src/providers/mail/smtp-mailer.ts";
import { signedInAdmin } from "../helpers/admin.ts";
import { createUser, DEFAULT_PASSWORD, signedInUser, uniqueEmail } from "../helpers/factories.ts";
import { testJobQueue } from "../helpers/push-jobs.ts";
import { startSmtpListener } from "../helpers/smtp-listener.ts";
import { createTestApp, type TestApp } from "../helpers/test-app.ts";

let t: TestApp;
let boss: PgBoss;
let smtp: Awaited<ReturnType<typeof startSmtpListener>>;
let mailer: SmtpMailer;
let emails: EmailDelivery;
beforeAll(async () => {
  t = await createTestApp();
  boss = await testJobQueue(t.config.databaseUrl!);
  smtp = await startSmtpListener();
  mailer = new SmtpMailer(smtp.url, "Hundi <no-reply@hundi.app>");
  emails = new EmailDelivery({ boss, prisma: t.prisma, config: t.config, mailer, logger: createLogger("silent"), pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await boss.stop({ graceful: false, wait: true });
  await mailer.close();
  await smtp.close();
  await t.close();
});

const NEW_PASSWORD = "Brand-new-Passw0rd!";
const forgot = (email: string) => request(t.app).post("/api/v2/auth/forgot-password").send({ email });
const reset = (email: string, code: string, password = NEW_PASSWORD) => request(t.app).post("/api/v2/auth/reset-password").send({ email, code, password, password_confirmation: password });

/** The e-mail jobs that concern one user (password resets and notifications), as pg-boss keeps them. */
const emailJobsOf = (userId: number) =>
  t.prisma.$queryRaw<{ id: string; state: string; data: Record<string, unknown>; start_after: Date }[]>`
    SELECT j.id::text, j.state::text, j.data, j.start_after FROM pgboss.job j
      LEFT JOIN notifications n ON n.id = (j.data->>'notification_id')::int
     WHERE j.name = 'email-delivery' AND (n.user_id = ${userId} OR (j.data->'password_reset'->>'user_id')::int = ${userId})
     ORDER BY j.created_on, j.id`;

/** Works the queue until none of the user's e-mail jobs is due (other test files share the queue). */
async function drainEmailsFor(userId: number) {
  for (let i = 0; i < 50; i++) {
    const due = (await emailJobsOf(userId)).filter((job) => (job.state === "created" || job.state === "retry") && job.start_after <= new Date());
    if (due.length === 0) return;
    await emails.runOnce();
  }
  throw new Error(`e-mails of user ${userId} still due after 50 passes`);
}

async function codeSentTo(user: { id: number; email: string }) {
  await drainEmailsFor(user.id);
  const mail = smtp.to(user.email).at(-1);
  expect(mail?.subject).toBe("Hundi: your password reset code");
  const code = /reset code is (\d{6})\./.exec(mail!.text)?.[1];
  expect(code).toMatch(/^\d{6}$/);
  return code!;
}

describe("forgot-password", () => {
  it("answers the same whether or not the account exists, and e-mails a code only to an account", async () => {
    const user = await createUser(t.prisma);
    const known = await forgot(user.email);
    const unknown = await forgot(uniqueEmail("nobody"));
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(unknown.body).toEqual(known.body);
    expect(known.body).toEqual({ status: "success", message: "If an account exists for this e-mail, a reset code has been sent to it." });

    const code = await codeSentTo(user);
    expect(smtp.to(user.email)).toHaveLength(1);
    expect(smtp.to(user.email)[0]!.raw).toContain("Content-Type: text/html");
    // Stored hashed, and the job carries the code encrypted: the code itself is nowhere in the database.
    const row = await t.prisma.passwordReset.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.codeHash).not.toContain(code);
    expect(row.expiresAt.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    const jobs = await emailJobsOf(user.id);
    expect(jobs).toHaveLength(1);
    expect(JSON.stringify(jobs[0]!.data)).not.toContain(code);
  });

  it("keeps the code already sent when asked again within a minute", async () => {
    const user = await createUser(t.prisma);
    await forgot(user.email);
    await forgot(user.email);
    expect(await emailJobsOf(user.id)).toHaveLength(1);
  });

  it("sends only the live code when an older e-mail is still queued", async () => {
    const user = await createUser(t.prisma);
    await forgot(user.email);
    await t.prisma.passwordReset.update({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 2 * 60_000) } });
    await forgot(user.email);
    expect(await emailJobsOf(user.id)).toHaveLength(2);
    const code = await codeSentTo(user);
    expect(smtp.to(user.email)).toHaveLength(1);
    expect((await reset(user.email, code)).status).toBe(200);
  });

  it("is rate limited like login", async () => {
    const limited = await createTestApp({ env: { AUTH_RATE_LIMIT_PER_MINUTE: "3" } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await request(limited.app).post("/api/v2/auth/forgot-password").send({ email: uniqueEmail() })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const resetAttempt = await request(limited.app).post("/api/v2/auth/reset-password").send({ email: uniqueEmail(), code: "123456", password: NEW_PASSWORD, password_confirmation: NEW_PASSWORD });
      expect(resetAttempt.status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe("reset-password", () => {
  it("sets the password with the e-mailed code, revokes every token and burns the code", async () => {
    const { user, auth } = await signedInUser(t.prisma);
    await forgot(user.email);
    const code = await codeSentTo(user);
    const wrong = await reset(user.email, code === "000000" ? "000001" : "000000");
    expect(wrong.status).toBe(422);
    expect(wrong.body.errors).toEqual({ code: ["The code is invalid or has expired."] });

    const res = await reset(user.email, code);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "success", message: "Password reset successfully. Log in with your new password." });
    expect((await request(t.app).get("/api/v2/auth/profile").set(auth)).status).toBe(401);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(401);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
    expect((await reset(user.email, code, "Another-Passw0rd!")).status).toBe(422);
    expect(await t.prisma.auditLog.findFirst({ where: { targetType: "user", targetId: String(user.id), action: "user.password_reset" } })).toMatchObject({ actor: `user:${user.id}` });
  });

  it("refuses an expired code", async () => {
    const user = await createUser(t.prisma);
    await forgot(user.email);
    const code = await codeSentTo(user);
    await t.prisma.passwordReset.update({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await reset(user.email, code)).status).toBe(422);
    expect(await t.prisma.passwordReset.findUnique({ where: { userId: user.id } })).toBeNull();
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(200);
  });

  it(`burns the code on the ${RESET_CODE_MAX_TRIES}th wrong try`, async () => {
    const user = await createUser(t.prisma);
    await forgot(user.email);
    const code = await codeSentTo(user);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 1; i < RESET_CODE_MAX_TRIES; i++) expect((await reset(user.email, wrongCode)).status).toBe(422);
    expect((await t.prisma.passwordReset.findUniqueOrThrow({ where: { userId: user.id } })).attempts).toBe(RESET_CODE_MAX_TRIES - 1);
    expect((await reset(user.email, wrongCode)).status).toBe(422);
    expect(await t.prisma.passwordReset.findUnique({ where: { userId: user.id } })).toBeNull();
    expect((await reset(user.email, code)).status).toBe(422);
  });

  it("counts every concurrent wrong try: no more than the limit get through", async () => {
    const user = await createUser(t.prisma);
    await forgot(user.email);
    const code = await codeSentTo(user);
    const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const results = await Promise.all(guesses.map((guess) => reset(user.email, guess)));
    expect(results.every((r) => r.status === 422)).toBe(true);
    expect(await t.prisma.passwordReset.findUnique({ where: { userId: user.id } })).toBeNull();
  });

  it("answers an unknown e-mail exactly as a wrong code, and validates the body", async () => {
    const unknown = await reset(uniqueEmail("nobody"), "123456");
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual({ code: ["The code is invalid or has expired."] });
    const bad = await request(t.app).post("/api/v2/auth/reset-password").send({ email: "not-an-email", code: "12ab", password: "short", password_confirmation: "other" });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(["code", "email", "password"]);
  });

  it("lifts a login lockout", async () => {
    const user = await createUser(t.prisma);
    for (let i = 0; i < 5; i++) await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: "wrong-password-1" });
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: DEFAULT_PASSWORD })).status).toBe(429);
    await forgot(user.email);
    expect((await reset(user.email, await codeSentTo(user))).status).toBe(200);
    expect((await request(t.app).post("/api/v2/auth/login").send({ email: user.email, password: NEW_PASSWORD })).status).toBe(200);
  });
});

describe("e-mailed notifications", () => {
  it("e-mails an account decision through SMTP, retrying while the server refuses", async () => {
    const admin = await signedInAdmin(t);
    const user = await createUser(t.prisma, { status: "pending" });
    smtp.refuse(user.email);
    expect((await admin.as.post(`/admin/users/${user.id}/approve`)).status).toBe(200);
    await emails.runOnce();
    const [job] = await emailJobsOf(user.id);
    expect(job).toMatchObject({ state: "retry" });
    expect(smtp.to(user.email)).toEqual([]);

    smtp.accept(user.email);
    await t.prisma.$executeRaw`UPDATE pgboss.job SET start_after = now() WHERE id = ${job!.id}::uuid`;
    await drainEmailsFor(user.id);
    expect((await emailJobsOf(user.id)).map((j) => j.state)).toEqual(["completed"]);
    const [mail] = smtp.to(user.email);
    expect(mail).toMatchObject({ subject: "Hundi: Account approved", from: "no-reply@hundi.app" });
    expect(mail!.text).toContain("Your Hundi account is active.");
  });
});
