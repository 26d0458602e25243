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

  // Sixth round: prepared as the server prepares them, does PostgreSQL keep a generic plan or plan
  // every call again? Eight executions, then its own count of each kind and the planning time of the
  // ninth. A LIMIT parameter makes the generic plan look dear (it assumes a tenth of the rows).
  const page = (limit: string) =>
    `SELECT id FROM ((SELECT id, created_at FROM factoring_units WHERE status = 'Bidding' ORDER BY created_at DESC, id DESC LIMIT ${limit})
      UNION ALL (SELECT factoring_unit_id AS id, created_at FROM factoring_unit_participants WHERE user_id = $1 AND status <> 'Bidding'
                 ORDER BY created_at DESC, factoring_unit_id DESC LIMIT ${limit})) v ORDER BY created_at DESC, id DESC LIMIT $2 OFFSET $3`;
  // The funder's dashboard as dashboard.service.ts writes it: its roll-up, its next five repayments with
  // what is owed on each today, and the wallet.
  const dashboard = (limit: string) => `
    SELECT (SELECT COALESCE(json_agg(json_build_object('subject', a.subject, 'status', a.status, 'count', a.count, 'amount', a.amount::text)), '[]')
              FROM (SELECT subject, status, SUM(count) AS count, SUM(amount) AS amount FROM user_activity_totals WHERE user_id = $1 GROUP BY subject, status) a) AS activity,
           (SELECT COALESCE(json_agg(json_build_object('id', u.id, 'due_date', u.due_date, 'amount', u.amount::text) ORDER BY u.due_date, u.id), '[]')
              FROM (SELECT fu.id, fu.due_date, (fu.principal + (fu.principal * fu.rate_bps
                      * LEAST(fu.bid_tenure_days, GREATEST($2::int, $3::date - ((fu.financed_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Kolkata')::date)) * 2
                      + 3650000) / 7300000) AS amount
                      FROM factoring_units fu WHERE fu.funder_id = $1 AND fu.status IN ('Financed', 'Overdue') ORDER BY fu.due_date, fu.id LIMIT ${limit}) u) AS upcoming,
           (SELECT COALESCE(SUM(balance), 0) FROM ledger_accounts WHERE code = 'user:' || $1 || ':wallet')::bigint AS wallet_available`;
  const today = new Date(Date.now() + 330 * 60_000).toISOString().slice(0, 10);
  const prepared: [string, string, unknown[]][] = [
    ["before: investor page, arm limits as parameters", page("$2"), [funder, 20, 0]],
    ["now: investor page, arm limits as a literal depth (db/page-depth.ts)", page("32"), [funder, 20, 0]],
    ["before: heavy funder's dashboard, next repayments LIMIT $4", dashboard("$4"), [heavyFunder, 7, today, 5]],
    ["now: heavy funder's dashboard, next repayments LIMIT 5", dashboard("5"), [heavyFunder, 7, today]],
  ];
  const client = await pool.connect();
  try {
    for (const [index, [name, sql, values]] of prepared.entries()) {
      const statement = `plan_cache_${index}`;
      for (let i = 0; i < 8; i++) await client.query({ name: statement, text: sql, values });
      const { rows } = await client.query("SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1", [statement]);
      const literal = values.map((value) => (typeof value === "number" ? String(value) : `'${String(value)}'`)).join(", ");
      const summary = (await client.query(`EXPLAIN (ANALYZE, SUMMARY) EXECUTE ${statement}(${literal})`)).rows.map((row) => row["QUERY PLAN"] as string).filter((line) => /Planning|Execution/.test(line));
      console.log(`\n## prepared: ${name}\ngeneric plans ${rows[0].generic_plans}, custom plans ${rows[0].custom_plans}; the ninth call: ${summary.join(", ")}`);
    }
  } finally {
    client.release();
  }
  await pool.end();
} finally {
  await db.drop();
}
