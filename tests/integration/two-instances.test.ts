import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database } from "../../src/db/prisma.ts";
import { walletBalances } from "../../src/ledger/balances.ts";
import { createLogger } from "../../src/logger.ts";
import { createUser, tokenFor } from "../helpers/factories.ts";
import { isolatedTestDatabase } from "../helpers/isolated-database.ts";
import { fuBody } from "../helpers/marketplace.ts";
import { fundWallet, makeTradingReady } from "../helpers/money-fixtures.ts";
import { redisReachable, redisUrl } from "../helpers/redis.ts";
import { testEnv } from "../helpers/test-app.ts";
import { freePort } from "../helpers/throwaway-database.ts";

// Two API servers, each in its own process, on one PostgreSQL and one Redis, as a fleet runs: money
// races split across them settle once, the rate limit is one limit, and the cron-scheduled sweep
// runs once per tick for the pair. A database of this file's own, so that its schedules and users
// are nobody else's.

const redisUp = await redisReachable();

const LIMIT = 30;
let db: Awaited<ReturnType<typeof isolatedTestDatabase>>;
let data: Database;
const servers: { child: ChildProcess; base: string }[] = [];

async function startServer(url: string) {
  const port = await freePort();
  const env = testEnv({ DATABASE_URL: url, PORT: String(port), HOST: "127.0.0.1", REDIS_URL: redisUrl, REDIS_KEY_PREFIX: `t-${crypto.randomBytes(6).toString("hex")}`, RATE_LIMIT_PER_MINUTE: String(LIMIT), SWEEP_CRON: "* * * * *" });
  return { port, env };
}

describe.skipIf(!redisUp)("two instances on one database and one Redis", () => {
  beforeAll(async () => {
    db = await isolatedTestDatabase("hundi_fleet");
    data = connectDatabase({ url: db.url, poolSize: 4, logger: createLogger("silent") });
    const first = await startServer(db.url);
    const prefix = first.env.REDIS_KEY_PREFIX!;
    for (const index of [0, 1]) {
      const port = index === 0 ? first.port : await freePort();
      const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], { env: { ...process.env, ...first.env, REDIS_KEY_PREFIX: prefix, PORT: String(port) }, stdio: ["ignore", "ignore", "pipe"] });
      let errors = "";
      child.stderr!.on("data", (chunk) => (errors += chunk));
      child.once("exit", (code) => code && console.error(`server ${index} exited ${code}: ${errors.slice(-2000)}`));
      servers.push({ child, base: `http://127.0.0.1:${port}/api/v2` });
    }
    for (const server of servers) {
      let ready = false;
      for (let i = 0; i < 300 && !ready; i++) {
        ready = (await fetch(`${server.base}/ready`).catch(() => null))?.ok === true;
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!ready) throw new Error(`${server.base} did not come up`);
    }
  }, 120_000);
  afterAll(async () => {
    for (const server of servers) server.child.kill("SIGTERM");
    await Promise.all(servers.map((server) => new Promise((resolve) => (server.child.exitCode !== null ? resolve(null) : server.child.once("exit", resolve)))));
    await data?.close();
    await db?.drop();
  }, 60_000);

  const call = (i: number, method: string, path: string, token: string, body?: unknown) =>
    fetch(`${servers[i % 2]!.base}${path}`, { method, headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });

  async function trader(role: "buyer" | "investor", paise = 0n) {
    const user = await createUser(data.prisma, { role });
    await makeTradingReady(data.prisma, user);
    if (paise > 0n) await fundWallet(data.prisma, user, paise);
    return { user, token: (await tokenFor(data.prisma, user)).token };
  }

  it("accepts exactly one of many bids accepted at once across both, and lets a wallet pay for one bid only", async () => {
    const owner = await trader("buyer");
    const units: number[] = [];
    for (let i = 0; i < 6; i++) units.push(((await (await call(i, "POST", "/factoring-units", owner.token, fuBody())).json()) as { data: { id: number } }).data.id);
    const bidIds: number[] = [];
    for (let i = 0; i < 8; i++) {
      const investor = await trader("investor", 10_000_000n);
      const res = await call(i, "POST", `/bids/${units[0]}`, investor.token, { bid_amount: 1000 + i, bid_percentage: 12, bid_tenure: 30 });
      expect(res.status).toBe(201);
      bidIds.push(((await res.json()) as { data: { id: number } }).data.id);
    }
    const accepts = await Promise.all(bidIds.map((id, i) => call(i, "PUT", `/bids/${id}/status`, owner.token, { status: "Accepted" })));
    expect(accepts.map((res) => res.status).sort()).toEqual([200, ...Array(7).fill(409)]);
    expect(await data.prisma.bid.count({ where: { factoringUnitId: units[0], status: "Accepted" } })).toBe(1);

    // ₹1,000 in the wallet, a ₹1,000 bid on five units at once, through both instances: one bid.
    const modest = await trader("investor", 100_000n);
    const bids = await Promise.all(units.slice(1).map((unit, i) => call(i, "POST", `/bids/${unit}`, modest.token, { bid_amount: 1000, bid_percentage: 12, bid_tenure: 30 })));
    expect(bids.map((res) => res.status).sort()).toEqual([201, 422, 422, 422, 422]);
    expect(await walletBalances(data.prisma, modest.user.id)).toEqual({ balance: 100_000n, onHold: 100_000n, available: 0n });
  });

  it("counts one rate limit for a caller, whichever instance answers", async () => {
    const caller = await trader("investor");
    const answers = [];
    for (let i = 0; i < LIMIT + 6; i++) answers.push(await call(i, "GET", "/payments/wallet", caller.token));
    expect(answers.filter((res) => res.status === 200)).toHaveLength(LIMIT);
    expect(answers.filter((res) => res.status === 429)).toHaveLength(6);
    expect(answers.at(-1)!.headers.get("x-ratelimit-remaining")).toBe("0");
  });

  it("runs the scheduled sweep once per tick for the pair", async () => {
    const [{ schedules }] = (await data.prisma.$queryRaw<{ schedules: bigint }[]>`SELECT COUNT(*) AS schedules FROM pgboss.schedule WHERE name = 'marketplace-sweep'`) as [{ schedules: bigint }];
    expect(schedules).toBe(1n);
    // pg-boss turns each tick into one "send-it" job per minute slot (singleton_on), whichever instance's
    // clock fires, and that job creates the sweep job a poll later. Its clock is checked every 30 s by
    // one instance of the fleet at a time (a check 30.0 s after the last one can just miss), so the
    // first tick after start can take over a minute: wait for one, not for a fixed time. The database
    // is this file's own, so every job in it is the pair's.
    const state = async () => {
      const [row] = await data.prisma.$queryRaw<[{ ticks: bigint; pending: bigint; sweeps: bigint }]>`
        SELECT (SELECT COUNT(*) FROM pgboss.job WHERE name = '__pgboss__send-it' AND singleton_key = 'marketplace-sweep') AS ticks,
               (SELECT COUNT(*) FROM pgboss.job WHERE name = '__pgboss__send-it' AND state IN ('created', 'retry', 'active')) AS pending,
               (SELECT COUNT(*) FROM pgboss.job WHERE name = 'marketplace-sweep') AS sweeps`;
      return row;
    };
    let seen = await state();
    for (let waited = 0; waited < 150_000 && (seen.ticks === 0n || seen.pending > 0n); waited += 1000) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      seen = await state();
    }
    // What pg-boss had, should this fail: its last clock check and the schedule.
    const boss = await data.prisma.$queryRaw<unknown[]>`SELECT (SELECT cron_on FROM pgboss.version) AS cron_on, (SELECT json_agg(s) FROM pgboss.schedule s) AS schedules, now() AS now`;
    const why = JSON.stringify({ ...seen, boss }, (_, value) => (typeof value === "bigint" ? Number(value) : value));
    expect(seen.ticks, why).toBeGreaterThanOrEqual(1n);
    // One sweep job per tick: a second scheduler (or a second send per tick) would make more.
    expect(seen.sweeps, why).toBe(seen.ticks);
  }, 180_000);
});
