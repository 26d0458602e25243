import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.ts";
import { enqueueJobSql, QUEUES, startJobQueue } from "../../src/db/job-queue.ts";
import { Prisma } from "../../src/generated/prisma/client.ts";
import { scheduleMarketplaceSweeps } from "../../src/jobs/marketplace-sweeps.ts";
import { createLogger } from "../../src/logger.ts";
import { testJobQueue } from "../helpers/push-jobs.ts";
import { createTestApp, testEnv, type TestApp } from "../helpers/test-app.ts";

// Background work on pg-boss: the row our one-statement enqueue writes is the row boss.send() writes,
// schedules are one per fleet, and an operator can list and retry failed jobs from the CLI.

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

type JobRow = { id: string; name: string; priority: number; state: string; retry_limit: number; retry_delay: number; retry_backoff: boolean; expire_in: string; keep_until: Date; dead_letter: string | null; policy: string | null; singleton_key: string | null; start_after: Date };
const jobRow = async (id: string) =>
  (await t.prisma.$queryRaw<JobRow[]>`
    SELECT id::text, name, priority, state::text AS state, retry_limit, retry_delay, retry_backoff, expire_in::text AS expire_in, keep_until, dead_letter, policy, singleton_key, start_after
      FROM pgboss.job WHERE id = ${id}::uuid`)[0]!;

describe("the job queue", () => {
  it("enqueues in a statement exactly the job boss.send() would, for every queue", async () => {
    for (const queue of Object.values(QUEUES)) {
      // One at a time: a "stately" queue takes a single waiting job.
      const sentId = (await boss.send(queue.name, { probe: "send" }))!;
      const sent = await jobRow(sentId);
      await t.prisma.$executeRaw`DELETE FROM pgboss.job WHERE id = ${sentId}::uuid`;
      const [ours] = await t.prisma.$queryRaw<{ id: string }[]>`
        WITH one AS (SELECT 1), job AS (${enqueueJobSql(queue.name, Prisma.sql`jsonb_build_object('probe', 'sql')`, Prisma.sql`one`)} RETURNING id::text)
        SELECT id FROM job`;
      const written = await jobRow(ours!.id);
      const { id: _a, keep_until: keepSent, start_after: _s1, ...sentRest } = sent;
      const { id: _b, keep_until: keepOurs, start_after: _s2, ...oursRest } = written;
      expect(oursRest).toEqual(sentRest);
      expect(oursRest).toMatchObject({ name: queue.name, state: "created", retry_limit: queue.retryLimit, retry_backoff: queue.retryBackoff, policy: queue.policy });
      expect(Math.abs(keepOurs.getTime() - keepSent.getTime())).toBeLessThan(60_000);
      await t.prisma.$executeRaw`DELETE FROM pgboss.job WHERE id = ${ours!.id}::uuid`;
    }
  });

  it("keeps one sweep schedule for the whole fleet, however many instances register it", async () => {
    // Without their cron monitors (work: false): registering is what this checks, and a monitor's tick
    // could hand its job to a worker that a non-graceful stop then cuts off from its pool.
    const instances = await Promise.all([1, 2, 3].map(() => startJobQueue({ url: t.config.databaseUrl!, logger: createLogger("silent"), work: false })));
    try {
      for (const instance of instances) await scheduleMarketplaceSweeps({ boss: instance, prisma: t.prisma, config: { ...t.config, sweepCron: "*/5 * * * *" }, logger: createLogger("silent") });
      const schedules = (await boss.getSchedules()).filter((schedule) => schedule.name === QUEUES.marketplaceSweep.name);
      expect(schedules).toMatchObject([{ name: "marketplace-sweep", cron: "*/5 * * * *" }]);
    } finally {
      await Promise.all(instances.map((instance) => instance.stop({ graceful: false, wait: true })));
      await boss.unschedule(QUEUES.marketplaceSweep.name);
    }
  });

  it("lists failed jobs and retries one from the admin CLI", async () => {
    // A queue of this test's own, so that no other test file's worker takes the job first.
    const queue = `test-failures-${process.pid}-${Date.now()}`;
    await boss.createQueue(queue, { name: queue, retryLimit: 0 });
    const id = (await boss.send(queue, { notification_id: -42 }))!;
    expect((await boss.fetch(queue)).map((job) => job.id)).toEqual([id]);
    await boss.fail(queue, id, { message: "FCM said no" });
    expect((await jobRow(id)).state).toBe("failed");

    const listed = await runAdmin(["jobs", "--failed"], testEnv());
    expect(listed.code).toBe(0);
    expect(listed.output).toContain(id);
    expect(listed.output).toContain("FCM said no");

    const retried = await runAdmin(["jobs", "--retry", id], testEnv());
    expect(retried).toEqual({ code: 0, output: `Job ${id} (${queue}) is queued again.` });
    expect((await jobRow(id)).state).toBe("retry");
    expect(await t.prisma.auditLog.findMany({ where: { targetType: "job", targetId: id } })).toMatchObject([{ action: "job.retry", actor: expect.stringMatching(/^cli:/), details: { queue } }]);
    expect(await runAdmin(["jobs", "--retry", id], testEnv())).toEqual({ code: 1, output: `No failed job ${id}.` });
    expect((await runAdmin(["jobs", "--retry", "nope"], testEnv())).code).toBe(1);
    expect((await runAdmin(["jobs"], testEnv())).code).toBe(2);
    await boss.purgeQueue(queue);
    await t.prisma.$executeRaw`DELETE FROM pgboss.job WHERE name = ${queue}`;
    await boss.deleteQueue(queue);
  });
});
