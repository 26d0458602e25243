// The load benchmark: `npm run bench` (20k units, then the reads again at 200k) or
// `npm run bench -- --quick` (5k units, short runs, about 2 minutes).
//
// Seeds a throw-away database at volume, starts the compiled server (node dist/server.js), measures
// the baselines in the same run (a bare Express 5 + pg primary-key route, and pgbench single-row
// UPDATE when pgbench is installed), runs every scenario with autocannon at 50 connections (money
// writes also at 1), and prints req/s, p50, p99, errors and the ratio to the baseline, plus the
// server's RSS, the admin CLI's run time and ledger-check. Writes bench/results/latest.{json,md}.
// Absolute numbers on these shared 2-core machines are noise; ratios from one run are not.
import { execFileSync, fork, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "../src/db/migrations.ts";
import { connectDatabase } from "../src/db/prisma.ts";
import type { User } from "../src/generated/prisma/client.ts";
import { checkLedger } from "../src/ledger/ledger-check.ts";
import { createLogger } from "../src/logger.ts";
import { issueAccessToken } from "../src/modules/auth/access-tokens.ts";
import { SANDBOX_KEY_SECRET } from "../src/providers/payments/sandbox-payment-gateway.ts";
import { hmacSha256Hex } from "../src/providers/payments/signatures.ts";
import { fundWallet, makeTradingReady } from "../tests/helpers/money-fixtures.ts";
import { createThrowawayDatabase, freePort } from "../tests/helpers/throwaway-database.ts";
import { load, type Built, type LoadResult } from "./load.ts";
import { seedMarket } from "./seed.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const quick = process.argv.includes("--quick");
const SIZES = quick ? [5_000] : (process.env.BENCH_SIZES ?? `${process.env.BENCH_UNITS ?? 20_000},200000`).split(",").map(Number);
/** BENCH_CLUSTER=N runs the server as `node dist/cluster.js` with N workers instead of one process. */
const CLUSTER = Number(process.env.BENCH_CLUSTER ?? 0);
const SECONDS = Number(process.env.BENCH_SECONDS ?? (quick ? 3 : 8));
/**
 * BENCH_DEVICES=all (the default): every user has a phone registered for push, so every notification
 * is a push job, fetched and sent (to the log: no FIREBASE_SERVICE_ACCOUNT) by the server's worker
 * during the run. none: web-only users, whose notifications get no push job (notify.ts pushJobFor).
 */
const DEVICES = process.env.BENCH_DEVICES === "none" ? "none" : "all";
const CONNECTIONS = 50;
const BIDDERS = 50;
// Participants grow with the market (a unit per 20 owners' worth, 200 per funder), so a typical user's
// own activity stays the same size at 20k and 200k units; the heavy users keep their 5% and 10% shares.
const ownersFor = (units: number) => Math.max(20, Math.round(units / 20));
const fundersFor = (units: number) => Math.max(10, Math.round(units / 200));
const SECRET = crypto.randomBytes(32).toString("hex");
// The write warm-up's own bidders and units (odd bidding units, with no seeded bids), apart from the
// measured scenarios'.
const WARM_BIDDERS = 5;
/** Every bid the bench places: small, so no bidder's wallet runs dry whatever the run's length. */
const BID_BODY = { bid_amount: 500, bid_percentage: 12.5, bid_tenure: "10" };
const WARM_UNITS = 200;
/** Razorpay orders made for the top-up scenarios (at most 1,000 for the 1-connection one). */
const ORDERS = 10_000;

const waitFor = async (url: string, seconds = 60) => {
  for (let i = 0; i < seconds * 10; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
};
const children = (pid: number): number[] => {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
/** Resident memory of the server and its workers (a cluster's primary and every child), MB. */
const rssMb = (pid: number): number => {
  const own = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  return Math.round(own + children(pid).reduce((sum, child) => sum + rssMb(child), 0));
};
const loadAverage = () => fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

/**
 * pgbench single-row UPDATE TPS at 8, 1 and 50 clients: the better of 8 and 50 is the money writes'
 * baseline; 1 -> 50 is PostgreSQL's own scaling from one client to fifty on this machine, the ceiling for the issue's
 * "throughput at 50 connections >= 5x at 1" (on two shared cores one busy client already takes most
 * of a core).
 */
function pgbenchTps(url: string): { c8: number; c1: number; c50: number } | null {
  try {
    execFileSync("pgbench", ["--version"], { stdio: "ignore" });
  } catch {
    return null;
  }
  const target = new URL(url);
  const args = ["-h", target.hostname, "-p", target.port || "5432", "-U", target.username || "postgres", target.pathname.slice(1)];
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(target.password) };
  execFileSync("pgbench", ["-i", "-q", "-s", "1", ...args], { env, stdio: "ignore" });
  const scriptDir = fs.mkdtempSync(path.join(os.tmpdir(), "hundi-pgbench-"));
  const script = path.join(scriptDir, "update.sql");
  fs.writeFileSync(script, "\\set aid random(1, 100000)\nUPDATE pgbench_accounts SET abalance = abalance + 1 WHERE aid = :aid;\n");
  const tps = (clients: number) => {
    const out = execFileSync("pgbench", ["-n", "-c", String(clients), "-j", "2", "-T", String(SECONDS), "-f", script, ...args], { env, encoding: "utf8" });
    return Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
  };
  try {
    return { c8: tps(8), c1: tps(1), c50: tps(50) };
  } finally {
    fs.rmSync(scriptDir, { recursive: true, force: true });
  }
}

/**
 * Samples, every 50 ms while `during` runs, how many of the database's backends are waiting for a
 * lock (pg_stat_activity.wait_event_type = 'Lock': a row or transaction lock held by another). A
 * global queue (every top-up on one account row) shows as most active backends waiting; its absence
 * as a mean near zero.
 */
async function lockWaits<T>(pool: pg.Pool, during: () => Promise<T>): Promise<{ result: T; meanWaiting: number; maxWaiting: number; meanActive: number }> {
  const samples: { waiting: number; active: number }[] = [];
  let running = true;
  const sampler = (async () => {
    while (running) {
      const { rows } = await pool.query<{ waiting: number; active: number }>(
        "SELECT count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting, count(*) FILTER (WHERE state = 'active')::int - 1 AS active FROM pg_stat_activity WHERE datname = current_database()",
      );
      samples.push(rows[0]!);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  try {
    const result = await during();
    return { result, meanWaiting: mean(samples.map((s) => s.waiting)), maxWaiting: Math.max(0, ...samples.map((s) => s.waiting)), meanActive: mean(samples.map((s) => s.active)) };
  } finally {
    running = false;
    await sampler;
  }
}
const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

async function startServer(dbUrl: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLUSTER ? "dist/cluster.js" : "dist/server.js"], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", DATABASE_URL: dbUrl, PORT: String(port), HOST: "127.0.0.1", JWT_SECRET: SECRET, LOG_LEVEL: "silent", MIGRATE_ON_START: "false", RATE_LIMIT_PER_MINUTE: "100000000", AUTH_RATE_LIMIT_PER_MINUTE: "100000000", SEED_DEMO_ON_FIRST_RUN: "false", WEB_CONCURRENCY: String(CLUSTER || 1) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/api/v2/health`);
  return { base, child };
}

async function startBaseline(dbUrl: string) {
  const port = await freePort();
  const child = fork(path.join(ROOT, "bench/baseline-server.ts"), { env: { ...process.env, DATABASE_URL: dbUrl, PORT: String(port) }, execArgv: ["--import", "tsx"], stdio: "inherit" });
  await new Promise((resolve) => child.once("message", resolve));
  return { base: `http://127.0.0.1:${port}`, child };
}

/** Users the write scenarios act as: KYC-complete, funded bidders and owners, each with a token. */
async function prepareActors(dbUrl: string, pool: pg.Pool, withWrites: boolean) {
  const { prisma, close } = connectDatabase({ url: dbUrl, poolSize: 5, logger: createLogger("silent") });
  const token = async (userId: number) => (await issueAccessToken(prisma, { userId, role: "investor", secret: SECRET })).token;
  const bidders: { user: User; token: string }[] = [];
  // The first WARM_BIDDERS bid only in the warm-up (bench: "write warm-up"), on units of their own.
  for (let i = 0; i < (withWrites ? BIDDERS + WARM_BIDDERS : 0); i++) {
    const user = await prisma.user.create({ data: { name: `Bench bidder ${i}`, email: `bidder${i}@bench.hundi`, phone: `+9192${String(i).padStart(8, "0")}`, passwordHash: "x", role: i % 2 ? "investor" : "financer", status: "active" } });
    await makeTradingReady(prisma, user);
    await fundWallet(prisma, user, 10_000_000_000n);
    bidders.push({ user, token: await token(user.id) });
  }
  const ownerRows = (await pool.query<{ id: number }>(withWrites ? "SELECT id FROM users WHERE email LIKE 'owner%@bench.hundi' ORDER BY id" : "SELECT id FROM users WHERE email = 'owner1@bench.hundi'")).rows;
  const owners = new Map<number, string>();
  for (const { id } of ownerRows) {
    await makeTradingReady(prisma, (await prisma.user.findUniqueOrThrow({ where: { id } })));
    owners.set(id, await token(id));
  }
  const heavyFunder = await token((await pool.query("SELECT id FROM users WHERE email = 'funder1@bench.hundi'")).rows[0].id);
  // A typical investor: about 1% of all bids (funder 1 is the outlier with 10% of the financed units).
  const investor = await token((await pool.query("SELECT id FROM users WHERE email = 'funder5@bench.hundi'")).rows[0].id);
  const heavyOwnerId = (await pool.query("SELECT id FROM users WHERE email = 'owner1@bench.hundi'")).rows[0].id as number;
  const oddUnits = (await pool.query<{ id: number; owner_id: number }>("SELECT id, owner_id FROM factoring_units WHERE status = 'Bidding' AND id % 2 = 1 ORDER BY id")).rows;
  const warmUnits = oddUnits.slice(oddUnits.length - WARM_UNITS);
  const units = oddUnits.slice(0, oddUnits.length - WARM_UNITS);
  // The mixed run's new bids go to the other half of the bidding units (seeded bids, never accepted or
  // withdrawn here), so they cannot collide with the write scenarios' units.
  const otherUnits = (await pool.query<{ id: number }>("SELECT id FROM factoring_units WHERE status = 'Bidding' AND id % 2 = 0 ORDER BY id")).rows.map((u) => u.id);
  // Orders to verify: each verify credits its own payment, as many users topping up at once. Enough
  // for both verify scenarios to run their whole duration (4,000 ran out within 6-7 s at 50 connections).
  // A thousand per statement: one call with all of them goes past PostgreSQL's 65,535 parameters, and
  // Prisma then sends its parts on one connection at once (pg warns that this is deprecated).
  const bidderOf = new Map(bidders.map((bidder) => [bidder.user.id, bidder]));
  const orders = [];
  for (let from = 0; from < (withWrites ? ORDERS : 0); from += 1_000) {
    const payments = await prisma.payment.createManyAndReturn({
      data: Array.from({ length: 1_000 }, (_, k) => from + k).map((i) => ({ userId: bidders[i % BIDDERS]!.user.id, type: "wallet_topup" as const, amount: 50_000n, gateway: "sandbox", orderId: `order_bench${i}_${crypto.randomBytes(4).toString("hex")}`, receipt: `bench_${crypto.randomUUID()}` })),
    });
    orders.push(...payments.map((payment) => ({ bidder: bidderOf.get(payment.userId)!, payment })));
  }
  return { prisma, close, bidders: bidders.slice(0, BIDDERS), warmBidders: bidders.slice(BIDDERS), owners, heavyFunder, investor, heavyOwner: owners.get(heavyOwnerId)!, units, warmUnits, otherUnits, orders };
}

/**
 * Runs every money write the scenarios measure (bids, withdrawals, acceptances that reject other bids,
 * unit creation) for a few seconds before any is measured, as the reads are warmed. A fresh process
 * runs its first requests of a code path unoptimised (V8 compiles hot functions after they have run a
 * while, Prisma plans each query shape once): measured on a 20k-unit database, the first 50 concurrent
 * bids after a start took 1.4 s at p50 while warm ones took 0.1 s, so an unwarmed 8-second scenario
 * reported that second as its p99. The targets are about the warm server; the cold start is reported
 * in bench/README.md on its own.
 */
async function warmWritePaths(base: string, actors: Awaited<ReturnType<typeof prepareActors>>) {
  const { warmBidders, warmUnits, owners } = actors;
  const pairs = warmUnits.length * warmBidders.length;
  const bidIds: number[] = [];
  await load({
    name: "warm-up bids",
    base,
    connections: CONNECTIONS,
    seconds: 30,
    maxRequests: pairs - CONNECTIONS,
    next: (k) => ({ method: "POST", path: `/api/v2/bids/${warmUnits[k % warmUnits.length]!.id}`, token: warmBidders[Math.floor(k / warmUnits.length)]!.token, body: BID_BODY }),
    onBody: (status, body) => {
      if (status !== 201) return;
      bidIds.push((JSON.parse(body).data as { id: number }).id);
    },
  });
  const placed = await actors.prisma.bid.findMany({ where: { id: { in: bidIds } }, select: { id: true, bidderId: true, factoringUnitId: true } });
  const firstBidder = warmBidders[0]!.user.id;
  const toWithdraw = placed.filter((b) => b.bidderId === warmBidders[warmBidders.length - 1]!.user.id);
  const tokenOf = new Map(warmBidders.map((b) => [b.user.id, b.token]));
  await load({ name: "warm-up withdrawals", base, connections: CONNECTIONS, seconds: 30, maxRequests: Math.max(1, toWithdraw.length - CONNECTIONS), next: (k) => ({ method: "POST", path: `/api/v2/bids/${toWithdraw[k % toWithdraw.length]!.id}/withdraw`, token: tokenOf.get(toWithdraw[k % toWithdraw.length]!.bidderId)! }) });
  const ownerOf = new Map(warmUnits.map((u) => [u.id, u.owner_id]));
  const toAccept = placed.filter((b) => b.bidderId === firstBidder);
  await load({ name: "warm-up acceptances", base, connections: CONNECTIONS, seconds: 30, maxRequests: Math.max(1, toAccept.length - CONNECTIONS), next: (k) => ({ method: "PUT", path: `/api/v2/bids/${toAccept[k % toAccept.length]!.id}/status`, token: owners.get(ownerOf.get(toAccept[k % toAccept.length]!.factoringUnitId)!)!, body: { status: "Accepted" } }) });
  const ownerList = [...owners.values()];
  await load({ name: "warm-up units", base, connections: CONNECTIONS, seconds: 30, maxRequests: 500, next: (k) => ({ method: "POST", path: "/api/v2/factoring-units", token: ownerList[k % ownerList.length]!, body: newUnitBody(`WARM-${Date.now()}-${k}`) }) });
  // Acceptances still running when autocannon returns finish before anything is measured.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
}

/** A unit as an owner lists it through the API, due in 90 days. */
const newUnitBody = (invoiceNo: string) => ({ fu_seller: "Bench Seller", fu_invoice_no: invoiceNo, fu_invoice_date: new Date().toISOString().slice(0, 10), fu_due_date: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10), fu_total: 100000, fu_invoice_total: 118000, fu_finance_amount: 90000, fu_tenure: "60" });

type Row = LoadResult & { baseline: "express+pg" | "pgbench"; ratio: number; rssMb: number; locks?: { meanWaiting: number; maxWaiting: number; meanActive: number } };

async function runSize(units: number, withWrites: boolean) {
  const db = await createThrowawayDatabase("hundi_bench");
  const rows: Row[] = [];
  const extra: { units: number } & Record<string, unknown> = { units };
  try {
    await applyMigrations(db.url);
    const pool = new pg.Pool({ connectionString: db.url });
    const started = performance.now();
    const counts = await seedMarket(pool, { units, owners: ownersFor(units), funders: fundersFor(units) });
    Object.assign(extra, counts, { seedMs: Math.round(performance.now() - started) });
    const actors = await prepareActors(db.url, pool, withWrites);
    if (DEVICES === "all") await pool.query("INSERT INTO device_tokens (user_id, token, updated_at) SELECT id, 'bench-device-' || id, now() FROM users");
    extra.devices = DEVICES;
    const pgbench = withWrites ? pgbenchTps(db.url) : null;
    // The writes' baseline is the better of pgbench's 8- and 50-client runs: a single run can fall on a
    // busy moment of these shared cores (run N's 8-client run measured 3,867 TPS while its 1- and
    // 50-client runs measured 4,387 and 6,601), and a low baseline flatters every write's ratio.
    const tps = pgbench ? Math.max(pgbench.c8, pgbench.c50) : null;
    extra.pgbenchTps = tps;
    if (pgbench) {
      extra.pgbenchScaling = { c1: pgbench.c1, c50: pgbench.c50, ratio: pgbench.c50 / pgbench.c1 };
      console.log(`pgbench single-row UPDATE: ${Math.round(pgbench.c8)} TPS at 8 clients, ${Math.round(pgbench.c1)} at 1, ${Math.round(pgbench.c50)} at 50 (x${(pgbench.c50 / pgbench.c1).toFixed(2)} from 1 to 50); the writes' baseline is the best of 8 and 50: ${Math.round(tps!)}`);
    }
    const baseline = await startBaseline(db.url);
    const server = await startServer(db.url);
    const userIds = (await pool.query<{ id: number }>("SELECT id FROM users ORDER BY id LIMIT 1000")).rows.map((r) => r.id);

    const run = async (name: string, next: (i: number) => Built, options: { connections?: number; vs?: "express+pg" | "pgbench"; onBody?: (status: number, body: string) => void; maxRequests?: number; base?: string; expectStatus?: number } = {}) => {
      // A scenario of refusals expects one status: any other answer counts as a failure.
      let unexpected = 0;
      let firstUnexpected: string | undefined;
      const onBody = options.expectStatus === undefined ? options.onBody : (status: number, body: string) => {
        if (status !== options.expectStatus && unexpected++ === 0) firstUnexpected = `${status} ${body.slice(0, 300)}`;
        options.onBody?.(status, body);
      };
      const measured = () => load({ name, base: options.base ?? server.base, connections: options.connections ?? CONNECTIONS, seconds: SECONDS, next, onBody, maxRequests: options.maxRequests });
      // Money writes at 50 connections also report how many backends were waiting for locks.
      const sampled = options.vs === "pgbench" && (options.connections ?? CONNECTIONS) > 1 ? await lockWaits(pool, measured) : null;
      const loaded = sampled?.result ?? (await measured());
      const result = options.expectStatus === undefined ? loaded : { ...loaded, non2xx: unexpected, firstFailure: firstUnexpected };
      const against = options.vs ?? "express+pg";
      const reference = against === "pgbench" ? (tps ?? NaN) : (rows.find((r) => r.name.startsWith("baseline"))?.requestsPerSecond ?? result.requestsPerSecond);
      const locks = sampled ? { meanWaiting: sampled.meanWaiting, maxWaiting: sampled.maxWaiting, meanActive: sampled.meanActive } : undefined;
      const row = { ...result, baseline: against, ratio: result.requestsPerSecond / reference, rssMb: rssMb(server.child.pid!), locks };
      rows.push(row);
      const lockNote = locks ? `  lock waits ${locks.meanWaiting.toFixed(2)} of ${locks.meanActive.toFixed(1)} active (max ${locks.maxWaiting})` : "";
      console.log(`${name.padEnd(58)} ${String(Math.round(row.requestsPerSecond)).padStart(6)}/s p50 ${String(row.p50).padStart(5)} p99 ${String(row.p99).padStart(5)} ms  err ${row.errors + row.non2xx}  x${row.ratio.toFixed(3)}${lockNote}${row.firstFailure ? `\n    first failure: ${row.firstFailure}` : ""}`);
      return row;
    };
    const get = (p: string, token: string) => (): Built => ({ path: `/api/v2${p}`, token });

    // Warm both servers first (JIT, connection pools, PostgreSQL's caches): the first seconds of a cold
    // process measured the baseline at half its speed and made every ratio look better than it is.
    await load({ name: "warm-up", base: baseline.base, connections: CONNECTIONS, seconds: 3, next: (i) => ({ path: `/users/${userIds[i % userIds.length]}`, token: "" }) });
    await load({ name: "warm-up", base: server.base, connections: CONNECTIONS, seconds: 3, next: (i) => ({ path: i % 2 ? "/api/v2/payments/wallet" : "/api/v2/factoring-units", token: actors.investor }) });
    // With autovacuum off (as on these machines' shared PostgreSQL) tables that grow during the run keep
    // their seed-time statistics and every dead row: the job queue's index of waiting jobs grows with all
    // jobs ever finished. A production server vacuums; the report says which kind this run had.
    extra.autovacuum = (await pool.query<{ autovacuum: string }>("SHOW autovacuum")).rows[0]!.autovacuum;
    console.log(`\n== ${counts.units} units, ${counts.bids} bids (load average ${loadAverage()}, autovacuum ${String(extra.autovacuum)}, push devices: ${DEVICES})`);
    await run("baseline: bare Express 5 + pg, PK select", (i) => ({ path: `/users/${userIds[i % userIds.length]}`, token: "" }), { base: baseline.base });
    await run("GET /health", get("/health", ""));
    await run("GET /factoring-units (investor, default page)", get("/factoring-units", actors.investor));
    await run("GET /factoring-units (investor, Bidding, amount_desc, min)", get("/factoring-units?status=Bidding&sort=amount_desc&min_amount=50000", actors.investor));
    await run("GET /factoring-units (heavy funder, default page)", get("/factoring-units", actors.heavyFunder));
    await run("GET /factoring-units/{id}", (i) => ({ path: `/api/v2/factoring-units/${actors.units[i % actors.units.length]!.id}`, token: actors.investor }));
    await run("GET /dashboard (heavy funder)", get("/dashboard", actors.heavyFunder));
    await run("GET /dashboard (heavy owner)", get("/dashboard", actors.heavyOwner));
    await run("GET /payments/wallet", get("/payments/wallet", actors.heavyFunder));
    await run("GET /bids (heavy funder)", get("/bids", actors.heavyFunder));
    // The baseline again after the reads: its ratio to the first measurement is how much the machine
    // itself drifted during the run (neighbours on these shared cores), the error bar of every ratio.
    await run("baseline again, after the reads (drift)", (i) => ({ path: `/users/${userIds[i % userIds.length]}`, token: "" }), { base: baseline.base });

    if (withWrites) {
      await warmWritePaths(server.base, actors);
      const U = actors.units.length;
      const placed: { id: number; fuId: number; token: string }[] = [];
      // Request i bids on unit j = i mod U (visited in a scattered order) as bidder (j + pass) mod 50,
      // where pass = floor(i / U): a fast run goes round the units more than once, and each pass
      // gives every unit a different bidder, so no pair repeats (a repeat is a 409: one live bid per
      // bidder and unit) for up to 50 passes.
      const bidFor = (i: number): Built => {
        const j = i % U;
        const bidder = actors.bidders[(j + Math.floor(i / U)) % BIDDERS]!;
        const unit = actors.units[(j * 7919) % U]!;
        return { method: "POST", path: `/api/v2/bids/${unit.id}`, token: bidder.token, body: BID_BODY };
      };
      const owners = new Map(actors.units.map((u) => [u.id, actors.owners.get(u.owner_id)!]));
      const seen = new Set<number>();
      const tokenOf = new Map(actors.bidders.map((b) => [b.user.id, b.token]));
      // The issue's mixed run: 80% reads (the listing, plain and filtered, a unit, a wallet, a bidder's
      // bids and dashboard), 15% new bids, 5% acceptances and withdrawals, all at once on 50
      // connections. Every write acts on its own bid or unit pair, so each one should succeed: a
      // non-2xx here is a real failure. The acceptances and withdrawals come from the second half of
      // the bid phase's one-bid-per-unit list (the accept scenarios use the first half; the withdraw
      // scenario takes whatever is still pending afterwards).
      const runMixed = async (spare: { id: number; factoring_unit_id: number }[]) => {
        const quarter = Math.min(400, Math.floor(spare.length / 2));
        const toAccept = spare.slice(0, quarter);
        const toWithdraw = spare.slice(quarter, 2 * quarter);
        const bidderOf = new Map((await pool.query<{ id: number; bidder_id: number }>("SELECT id, bidder_id FROM bids WHERE id = ANY($1)", [toWithdraw.map((b) => b.id)])).rows.map((b) => [b.id, b.bidder_id]));
        const O = actors.otherUnits.length;
        const reads: ((i: number) => Built)[] = [
          () => ({ path: "/api/v2/factoring-units", token: actors.investor }),
          () => ({ path: "/api/v2/factoring-units?status=Bidding&sort=amount_desc&min_amount=50000", token: actors.investor }),
          (i) => ({ path: `/api/v2/factoring-units/${actors.otherUnits[(i * 31) % O]}`, token: actors.bidders[i % BIDDERS]!.token }),
          (i) => ({ path: "/api/v2/payments/wallet", token: actors.bidders[i % BIDDERS]!.token }),
          (i) => ({ path: "/api/v2/bids", token: actors.bidders[i % BIDDERS]!.token }),
          (i) => ({ path: "/api/v2/dashboard", token: actors.bidders[i % BIDDERS]!.token }),
        ];
        const readSlots = [0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5, 0];
        const mixed = (i: number): Built => {
          const slot = i % 20;
          const round = Math.floor(i / 20);
          if (slot < 16) return reads[readSlots[slot]!]!(i);
          if (slot < 19) {
            const b = round * 3 + slot - 16;
            const bidder = actors.bidders[b % BIDDERS]!;
            return { method: "POST", path: `/api/v2/bids/${actors.otherUnits[(b * 7919) % O]}`, token: bidder.token, body: BID_BODY };
          }
          const bid = round % 2 ? toWithdraw[(round - 1) / 2]! : toAccept[round / 2]!;
          return round % 2
            ? { method: "POST", path: `/api/v2/bids/${bid.id}/withdraw`, token: tokenOf.get(bidderOf.get(bid.id)!)! }
            : { method: "PUT", path: `/api/v2/bids/${bid.id}/status`, token: owners.get(bid.factoring_unit_id)!, body: { status: "Accepted" } };
        };
        // Stop before the reserved acceptances and withdrawals run out (with a round per connection of
        // headroom), and before the bids go round the units a second time (one pass: no repeated pair).
        const cap = Math.min(20 * 2 * quarter, Math.floor(O / 3) * 20) - 20 * CONNECTIONS;
        await run("mixed: 80% reads, 15% bids, 5% accept/withdraw", mixed, { maxRequests: Math.max(20, cap) });
        // Like the accept scenario: writes still running when autocannon returns finish first.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      };
      await run("POST /bids/{fuId} (50 bidders, distinct units)", bidFor, {
        vs: "pgbench",
        onBody: (status, body) => {
          if (status !== 201) return;
          const bid = JSON.parse(body).data as { id: number };
          placed.push({ id: bid.id, fuId: 0, token: "" });
        },
      });
      // The same bids again, each while the first is still pending: every one a 409. A refusal that is a
      // statement error (here the unique live key) once cost a new database connection each, 30 per s.
      await run("POST /bids/{fuId} refused: a second live bid (409)", bidFor, { vs: "pgbench", expectStatus: 409, maxRequests: Math.max(1, placed.length - CONNECTIONS) });
      const bids = await pool.query<{ id: number; factoring_unit_id: number }>("SELECT id, factoring_unit_id FROM bids WHERE id = ANY($1) ORDER BY id", [placed.map((b) => b.id)]);
      const oneBidPerUnit = bids.rows.filter((b) => (seen.has(b.factoring_unit_id) ? false : (seen.add(b.factoring_unit_id), true)));
      const half = Math.floor(oneBidPerUnit.length / 2);
      await runMixed(oneBidPerUnit.slice(half));
      const acceptAt = (offset: number) => (i: number): Built => {
        const bid = oneBidPerUnit[(offset + i) % half]!;
        return { method: "PUT", path: `/api/v2/bids/${bid.id}/status`, token: owners.get(bid.factoring_unit_id)!, body: { status: "Accepted" } };
      };
      const accept1 = await run("PUT /bids/{id}/status Accepted, 1 connection", acceptAt(0), { connections: 1, vs: "pgbench", maxRequests: Math.floor(half / 4) });
      // Headroom of one request per connection: autocannon can send a few past maxRequests, which would
      // repeat a bid already decided (a 409 that says nothing about the server).
      const accept50 = await run("PUT /bids/{id}/status Accepted, 50 connections", acceptAt(accept1.total), { vs: "pgbench", maxRequests: Math.max(1, half - accept1.total - CONNECTIONS) });
      // autocannon returns once it has its count, with up to one accept per connection still running on
      // the server; an accept that finishes later rejects the other bids on its unit, which would then
      // be withdrawn as 409s. Let them finish before choosing the bids to withdraw.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const withdrawable = await pool.query<{ id: number; bidder_id: number }>("SELECT id, bidder_id FROM bids WHERE id = ANY($1) AND status = 'Pending' ORDER BY id", [placed.map((b) => b.id)]);
      await run("POST /bids/{id}/withdraw", (i) => ({ method: "POST", path: `/api/v2/bids/${withdrawable.rows[i % withdrawable.rows.length]!.id}/withdraw`, token: tokenOf.get(withdrawable.rows[i % withdrawable.rows.length]!.bidder_id)! }), { vs: "pgbench", maxRequests: Math.max(1, withdrawable.rows.length - CONNECTIONS) });
      const verifyAt = (offset: number) => (i: number): Built => {
        const { bidder, payment } = actors.orders[(offset + i) % actors.orders.length]!;
        const paymentId = `pay_bench${payment.id}`;
        return { method: "POST", path: "/api/v2/payments/verify", token: bidder.token, body: { payment_id: payment.id, razorpay_payment_id: paymentId, razorpay_order_id: payment.orderId, razorpay_signature: hmacSha256Hex(SANDBOX_KEY_SECRET, `${payment.orderId}|${paymentId}`) } };
      };
      const verify1 = await run("POST /payments/verify, 1 connection", verifyAt(0), { connections: 1, vs: "pgbench", maxRequests: 1000 });
      const verify50 = await run("POST /payments/verify, 50 connections", verifyAt(verify1.total), { vs: "pgbench", maxRequests: actors.orders.length - verify1.total });
      const scaling = (one: Row, fifty: Row) => fifty.requestsPerSecond / one.requestsPerSecond;
      extra.scaling = { accept: scaling(accept1, accept50), verify: scaling(verify1, verify50), pgbench: pgbench ? pgbench.c50 / pgbench.c1 : null };
      console.log(`1 -> 50 connections: accept x${scaling(accept1, accept50).toFixed(2)}, verify x${scaling(verify1, verify50).toFixed(2)}${pgbench ? `; pgbench itself x${(pgbench.c50 / pgbench.c1).toFixed(2)}` : ""}`);
      const ownerList = [...actors.owners.values()];
      const stamp = Date.now();
      await run("POST /factoring-units (1000 owners)", (i) => ({ method: "POST", path: "/api/v2/factoring-units", token: ownerList[i % ownerList.length]!, body: newUnitBody(`NEW-${stamp}-${i}`) }));

      const cli = performance.now();
      execFileSync(process.execPath, ["dist/cli/admin.js", "ledger-check"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, JWT_SECRET: SECRET, LOG_LEVEL: "silent" }, stdio: "ignore" });
      extra.cliMs = Math.round(performance.now() - cli);
      extra.ledgerProblems = (await checkLedger(actors.prisma)).length;
      console.log(`admin CLI ledger-check: ${extra.cliMs} ms; ledger-check problems: ${extra.ledgerProblems}`);
    }
    extra.rssMb = rssMb(server.child.pid!);
    server.child.kill("SIGTERM");
    baseline.child.kill("SIGTERM");
    await actors.close();
    await pool.end();
  } finally {
    await db.drop();
  }
  return { ...extra, rows };
}

execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: ROOT, stdio: "inherit" });
const results = [];
for (const [index, units] of SIZES.entries()) results.push(await runSize(units, index === 0));
const report = { date: new Date().toISOString(), loadAverage: loadAverage(), seconds: SECONDS, connections: CONNECTIONS, clusterWorkers: CLUSTER, sizes: results };
fs.mkdirSync(path.join(ROOT, "bench/results"), { recursive: true });
fs.writeFileSync(path.join(ROOT, "bench/results/latest.json"), `${JSON.stringify(report, null, 2)}\n`);
const md = results
  .map((size) => [`### ${size.units} units`, "", "| scenario | conns | req/s | p50 ms | p99 ms | errors | ratio | lock waits (mean of active) |", "|---|---|---|---|---|---|---|---|", ...(size.rows as Row[]).map((r) => `| ${r.name} | ${r.connections} | ${Math.round(r.requestsPerSecond)} | ${r.p50} | ${r.p99} | ${r.errors + r.non2xx} | ${r.ratio.toFixed(3)} (${r.baseline}) | ${r.locks ? `${r.locks.meanWaiting.toFixed(2)} of ${r.locks.meanActive.toFixed(1)}` : ""} |`)].join("\n"))
  .join("\n\n");
fs.writeFileSync(path.join(ROOT, "bench/results/latest.md"), `Load average ${report.loadAverage}, ${CONNECTIONS} connections, ${SECONDS} s per scenario.\n\n${md}\n`);
console.log("\nwrote bench/results/latest.json and bench/results/latest.md");
process.exit(0);
