// EXPLAIN (ANALYZE, BUFFERS) of the hot queries on a seeded market, before and after each rewrite:
//   npm run bench:explain              # 200k units
//   BENCH_UNITS=20000 npm run bench:explain
// bench/README.md quotes its output.
import pg from "pg";
import { applyMigrations } from "../src/db/migrations.ts";
import { createThrowawayDatabase } from "../tests/helpers/throwaway-database.ts";
import { seedMarket } from "./seed.ts";

const UNITS = Number(process.env.BENCH_UNITS ?? 200_000);

const db = await createThrowawayDatabase("hundi_explain");
try {
  await applyMigrations(db.url);
  const pool = new pg.Pool({ connectionString: db.url });
  // Participants grow with the market, as in run.ts.
  await seedMarket(pool, { units: UNITS, owners: Math.max(20, Math.round(UNITS / 20)), funders: Math.max(10, Math.round(UNITS / 200)) });
  // A typical investor (funder 5: about 1% of the bids); funder 1 is the bench's outlier with 10%.
  const funder = (await pool.query("SELECT id FROM users WHERE email = $1", [process.env.BENCH_FUNDER ?? "funder5@bench.hundi"])).rows[0].id as number;
  const owner = (await pool.query("SELECT id FROM users WHERE email = 'owner1@bench.hundi'")).rows[0].id as number;
  const heavyFunder = (await pool.query("SELECT id FROM users WHERE email = 'funder1@bench.hundi'")).rows[0].id as number;
  const visibleOr = `(fu.status = 'Bidding' OR fu.funder_id = ${funder} OR EXISTS (SELECT 1 FROM bids b WHERE b.factoring_unit_id = fu.id AND b.bidder_id = ${funder}))`;
  const lookedUp = `SELECT f.id, f.created_at FROM (SELECT id FROM factoring_units WHERE funder_id = ${funder} UNION SELECT factoring_unit_id FROM bids WHERE bidder_id = ${funder} AND status <> 'Pending') my
     CROSS JOIN LATERAL (SELECT id, created_at, status FROM factoring_units WHERE id = my.id LIMIT 1) f WHERE f.status <> 'Bidding'`;
  const queries: [string, string][] = [
    ["before: investor page (one OR over the market)", `SELECT fu.id FROM factoring_units fu WHERE ${visibleOr} ORDER BY fu.created_at DESC, fu.id DESC LIMIT 20`],
    ["before: investor total (COUNT over the market)", `SELECT COUNT(*) FROM factoring_units fu WHERE ${visibleOr}`],
    [
      "then: investor page (two arms merged, own units looked up one by one)",
      `SELECT id FROM ((SELECT id, created_at FROM factoring_units WHERE status = 'Bidding' ORDER BY created_at DESC, id DESC LIMIT 20)
        UNION ALL (SELECT id, created_at FROM (${lookedUp}) m ORDER BY created_at DESC, id DESC LIMIT 20)) v
       ORDER BY created_at DESC, id DESC LIMIT 20`,
    ],
    [
      "then: investor total (counters + own units looked up)",
      `SELECT (SELECT COALESCE(SUM(count), 0) FROM factoring_unit_status_counts WHERE status = 'Bidding') + (SELECT COUNT(*) FROM (${lookedUp}) m)`,
    ],
    [
      "now: investor page (own units from factoring_unit_participants, in index order)",
      `SELECT id FROM ((SELECT id, created_at FROM factoring_units WHERE status = 'Bidding' ORDER BY created_at DESC, id DESC LIMIT 20)
        UNION ALL (SELECT factoring_unit_id AS id, created_at FROM factoring_unit_participants WHERE user_id = ${funder} AND status <> 'Bidding'
                   ORDER BY created_at DESC, factoring_unit_id DESC LIMIT 20)) v
       ORDER BY created_at DESC, id DESC LIMIT 20`,
    ],
    [
      "now: investor total (counters + own units counted from the index)",
      `SELECT (SELECT COALESCE(SUM(count), 0) FROM factoring_unit_status_counts WHERE status = 'Bidding')
            + (SELECT COUNT(*) FROM factoring_unit_participants WHERE user_id = ${funder} AND status <> 'Bidding')`,
    ],
    ["owner dashboard: financed and due (own units only)", `SELECT SUM(principal) FROM factoring_units WHERE owner_id = ${owner} AND principal IS NOT NULL`],
    ["GET /bids page (bidder, newest first)", `SELECT id FROM bids WHERE bidder_id = ${funder} ORDER BY created_at DESC, id DESC LIMIT 20`],
    // Fifth round: the heavy owner's figures from their rows, then from their activity roll-up.
    ["before: heavy owner's pending bids (sum over their bids)", `SELECT COUNT(*), SUM(amount) FROM bids WHERE owner_id = ${owner} AND status = 'Pending'`],
    ["before: heavy owner's units by status (count over their units)", `SELECT status, COUNT(*), SUM(principal) FROM factoring_units WHERE owner_id = ${owner} GROUP BY status`],
    ["before: GET /bids total for the heavy owner (count over their bids)", `SELECT COUNT(*) FROM bids b JOIN factoring_units fu ON fu.id = b.factoring_unit_id WHERE fu.owner_id = ${owner}`],
    [
      "now: every figure of the heavy owner from user_activity_totals",
      `SELECT subject, status, SUM(count), SUM(amount), SUM(repayment_amount), SUM(repaid_amount) FROM user_activity_totals WHERE user_id = ${owner} GROUP BY subject, status`,
    ],
    ["now: GET /bids page for the heavy owner (owner index, newest first)", `SELECT id FROM bids WHERE owner_id = ${owner} ORDER BY created_at DESC, id DESC LIMIT 20`],
    ["now: heavy funder's next repayments (partial index by due date; before it every outstanding unit was read and sorted, 9.8 ms at 200k)", `SELECT id FROM factoring_units WHERE funder_id = ${heavyFunder} AND status IN ('Financed', 'Overdue') ORDER BY due_date, id LIMIT 5`],
    // The bench's filtered listing (min_amount=50000 rupees): a count of the range, then the buckets.
    ["before: investor total with an amount filter (count over the range)", `SELECT COUNT(*) FROM factoring_units WHERE status = 'Bidding' AND invoice_total >= 5000000`],
    [
      "now: the same total from bidding_amount_counts and the end buckets",
      `SELECT (SELECT COALESCE(SUM(count), 0) FROM bidding_amount_counts WHERE bucket > invoice_amount_bucket(5000000) AND bucket < invoice_amount_bucket(9223372036854775807))
            + (SELECT COUNT(*) FROM factoring_units WHERE status = 'Bidding' AND invoice_total >= 5000000 AND invoice_total < invoice_amount_bucket_end(invoice_amount_bucket(5000000)))`,
    ],
  ];
  console.log(`${UNITS} units; typical investor ${funder}, heavy owner ${owner}`);
  for (const [name, sql] of queries) {
    const plan = (await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`)).rows.map((row) => row["QUERY PLAN"] as string);
    console.log(`\n## ${name}\n${plan.join("\n")}`);
  }
  await pool.end();
} finally {
  await db.drop();
}
