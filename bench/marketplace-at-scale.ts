// Dashboard and listing latency on 100k factoring units, as ratios to a simple indexed read measured
// in the same run (absolute numbers on these shared 2-core machines are noise; ratios are not).
//
//   npm run bench                 # embedded PostgreSQL in a temp dir (or a throw-away DB on DATABASE_URL)
//   BENCH_UNITS=20000 npm run bench
//
// Seeds owners, funders, units in every status, pending and accepted bids with set-based SQL, then
// times sequential requests against the real app over HTTP and prints p50/p95 and ratios.
import crypto from "node:crypto";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { buildApp } from "../src/app.ts";
import { createAppDeps } from "../src/bootstrap.ts";
import { loadConfig } from "../src/config.ts";
import { applyMigrations } from "../src/db/migrations.ts";
import { connectDatabase } from "../src/db/prisma.ts";
import { createLogger } from "../src/logger.ts";
import { issueAccessToken } from "../src/modules/auth/access-tokens.ts";
import { createThrowawayDatabase } from "../tests/helpers/throwaway-database.ts";

const UNITS = Number(process.env.BENCH_UNITS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const OWNERS = 1000;
const FUNDERS = 100;
const SECRET = crypto.randomBytes(32).toString("hex");

async function seed(pool: pg.Pool) {
  await pool.query(`
    INSERT INTO users (name, email, phone, password_hash, role, status, updated_at)
    SELECT 'Owner ' || g, 'owner' || g || '@bench.hundi', '+9190' || lpad(g::text, 8, '0'), 'x',
           (CASE WHEN g % 2 = 0 THEN 'buyer' ELSE 'seller' END)::"UserRole", 'active', now()
      FROM generate_series(1, ${OWNERS}) g`);
  await pool.query(`
    INSERT INTO users (name, email, phone, password_hash, role, status, updated_at)
    SELECT 'Funder ' || g, 'funder' || g || '@bench.hundi', '+9191' || lpad(g::text, 8, '0'), 'x',
           (CASE WHEN g % 2 = 0 THEN 'investor' ELSE 'financer' END)::"UserRole", 'active', now()
      FROM generate_series(1, ${FUNDERS}) g`);
  // Owner 1 and funder 1 are "heavy" users: 5% of all units and 10% of all accepted bids.
  await pool.query(`
    INSERT INTO factoring_units (owner_id, seller, invoice_no, invoice_date, due_date, total, invoice_total,
                                 finance_amount, tenure_days, status, invoice_key, seller_key, financial_year, created_at, updated_at)
    SELECT o.id, 'Seller ' || (g % 500), 'BENCH-' || g, current_date - 10, current_date + 30 + (g % 300),
           100000 + (g % 9000) * 1000, 118000 + (g % 9000) * 1180, 90000 + (g % 9000) * 900, 20 + (g % 200),
           (CASE WHEN g % 20 < 8 THEN 'Bidding' WHEN g % 20 < 14 THEN 'Financed' WHEN g % 20 < 16 THEN 'Overdue'
                 WHEN g % 20 < 19 THEN 'Repaid' ELSE 'Cancelled' END)::"FactoringUnitStatus",
           'BENCH' || g, 'SELLER' || (g % 500), 2026,
           now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, ${UNITS}) g
      JOIN users o ON o.email = 'owner' || (CASE WHEN g % 20 = 0 THEN 1 ELSE 1 + g % ${OWNERS} END) || '@bench.hundi'`);
  await pool.query(`
    INSERT INTO bids (factoring_unit_id, bidder_id, amount, rate_bps, tenure_days, status, accepted_key, live_key, valid_until, updated_at)
    SELECT fu.id, f.id, fu.finance_amount, 1200, 20,
           (CASE WHEN fu.status = 'Bidding' THEN 'Pending' WHEN fu.status = 'Cancelled' THEN 'Rejected' ELSE 'Accepted' END)::"BidStatus",
           CASE WHEN fu.status IN ('Financed', 'Overdue', 'Repaid') THEN fu.id END,
           CASE WHEN fu.status = 'Bidding' THEN fu.id || '|' || f.id END, now() + interval '7 days', now()
      FROM factoring_units fu
      JOIN users f ON f.email = 'funder' || (CASE WHEN fu.id % 10 = 0 THEN 1 ELSE 1 + fu.id % ${FUNDERS} END) || '@bench.hundi'`);
  await pool.query(`
    UPDATE factoring_units fu SET accepted_bid_id = b.id, funder_id = b.bidder_id, repayment_amount = b.amount + b.amount * 12 / 100 * 20 / 365,
           principal = b.amount, rate_bps = b.rate_bps, bid_tenure_days = b.tenure_days, financed_at = now() - interval '5 days',
           repaid_amount = CASE WHEN fu.status = 'Repaid' THEN b.amount + b.amount * 12 / 100 * 20 / 365 END
      FROM bids b WHERE b.factoring_unit_id = fu.id AND b.status = 'Accepted'`);
  await pool.query("ANALYZE");
}

async function time(url: string, token: string): Promise<{ p50: number; p95: number }> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: samples[Math.floor(samples.length * 0.5)]!, p95: samples[Math.floor(samples.length * 0.95)]! };
}

const db = await createThrowawayDatabase("hundi_bench");
try {
  const started = performance.now();
  await applyMigrations(db.url);
  const pool = new pg.Pool({ connectionString: db.url });
  await seed(pool);
  const counts = (await pool.query("SELECT (SELECT count(*) FROM factoring_units) AS units, (SELECT count(*) FROM bids) AS bids")).rows[0];
  console.log(`seeded ${counts.units} factoring units and ${counts.bids} bids in ${Math.round(performance.now() - started)} ms`);

  const config = loadConfig({ NODE_ENV: "test", DATABASE_URL: db.url, JWT_SECRET: SECRET, LOG_LEVEL: "silent", RATE_LIMIT_PER_MINUTE: "100000000" });
  const logger = createLogger("silent");
  const connection = connectDatabase({ url: db.url, poolSize: 10, logger });
  const server = buildApp(createAppDeps(config, logger, connection)).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  const tokenFor = async (email: string) => {
    const { rows } = await pool.query("SELECT id FROM users WHERE email = $1", [email]);
    return (await issueAccessToken(connection.prisma, { userId: rows[0].id, secret: SECRET })).token;
  };
  const heavyOwner = await tokenFor("owner1@bench.hundi");
  const heavyFunder = await tokenFor("funder1@bench.hundi");

  const scenarios: [string, string, string][] = [
    ["baseline: GET /payments/wallet (2-row indexed read)", `${base}/payments/wallet`, heavyOwner],
    ["GET /dashboard (owner of 5% of units)", `${base}/dashboard`, heavyOwner],
    ["GET /dashboard (funder of 10% of units)", `${base}/dashboard`, heavyFunder],
    ["GET /factoring-units (funder: all Bidding, newest)", `${base}/factoring-units`, heavyFunder],
    ["GET /factoring-units?sort=amount_desc (funder)", `${base}/factoring-units?sort=amount_desc`, heavyFunder],
    ["GET /factoring-units?status=Financed (funder: funded)", `${base}/factoring-units?status=Financed`, heavyFunder],
    ["GET /factoring-units (owner, newest)", `${base}/factoring-units`, heavyOwner],
    ["GET /bids (funder)", `${base}/bids`, heavyFunder],
  ];
  await time(scenarios[0]![1], heavyOwner); // warm-up
  const results = [];
  for (const [name, url, token] of scenarios) results.push({ name, ...(await time(url, token)) });
  const baseline = results[0]!.p50;
  console.log(`\n${REQUESTS} sequential requests each, ${counts.units} units:`);
  console.log(`${"scenario".padEnd(56)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p50/baseline".padStart(13)}`);
  for (const r of results) console.log(`${r.name.padEnd(56)} ${r.p50.toFixed(2).padStart(8)} ${r.p95.toFixed(2).padStart(8)} ${(r.p50 / baseline).toFixed(2).padStart(13)}`);
  server.close();
  await connection.close();
  await pool.end();
} finally {
  await db.drop();
}
