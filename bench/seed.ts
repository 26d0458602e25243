import type pg from "pg";

// The market at volume, with set-based SQL: owners, funders, units in every status, pending and
// accepted bids. Owner 1 and funder 1 are "heavy" users (5% of all units, 10% of accepted bids), so a
// dashboard or listing of theirs is the expensive case, not the average one.

export interface SeedSize {
  units: number;
  owners: number;
  funders: number;
}

export async function seedMarket(pool: pg.Pool, size: SeedSize) {
  const { units, owners, funders } = size;
  await pool.query(`
    INSERT INTO users (name, email, phone, password_hash, role, status, updated_at)
    SELECT 'Owner ' || g, 'owner' || g || '@bench.hundi', '+9190' || lpad(g::text, 8, '0'), 'x',
           (CASE WHEN g % 2 = 0 THEN 'buyer' ELSE 'seller' END)::"UserRole", 'active', now()
      FROM generate_series(1, ${owners}) g`);
  await pool.query(`
    INSERT INTO users (name, email, phone, password_hash, role, status, updated_at)
    SELECT 'Funder ' || g, 'funder' || g || '@bench.hundi', '+9191' || lpad(g::text, 8, '0'), 'x',
           (CASE WHEN g % 2 = 0 THEN 'investor' ELSE 'financer' END)::"UserRole", 'active', now()
      FROM generate_series(1, ${funders}) g`);
  await pool.query(`
    INSERT INTO factoring_units (owner_id, seller, invoice_no, invoice_date, due_date, total, invoice_total,
                                 finance_amount, tenure_days, status, invoice_key, seller_key, financial_year, created_at, updated_at)
    SELECT o.id, 'Seller ' || (g % 500), 'BENCH-' || g, current_date - 10, current_date + 60 + (g % 300),
           100000 + (g % 9000) * 1000, 118000 + (g % 9000) * 1180, 90000 + (g % 9000) * 900, 20 + (g % 30),
           (CASE WHEN g % 20 < 8 THEN 'Bidding' WHEN g % 20 < 14 THEN 'Financed' WHEN g % 20 < 16 THEN 'Overdue'
                 WHEN g % 20 < 19 THEN 'Repaid' ELSE 'Cancelled' END)::"FactoringUnitStatus",
           'BENCH' || g, 'SELLER' || (g % 500), 2026,
           now() - (g || ' seconds')::interval, now()
      FROM generate_series(1, ${units}) g
      JOIN users o ON o.email = 'owner' || (CASE WHEN g % 20 = 0 THEN 1 ELSE 1 + g % ${owners} END) || '@bench.hundi'`);
  // Up to five bids per unit from different funders: one accepted on financed units, the rest
  // rejected (or all pending while bidding). These rows have no holds behind them, so half of the
  // bidding units (odd ids) get none: the write scenarios bid on, accept and withdraw only there,
  // through the API, where every bid is real.
  await pool.query(`
    INSERT INTO bids (factoring_unit_id, bidder_id, owner_id, amount, rate_bps, tenure_days, status, accepted_key, live_key, valid_until, updated_at)
    SELECT fu.id, f.id, fu.owner_id, fu.finance_amount, 1200, 20,
           (CASE WHEN fu.status = 'Bidding' THEN 'Pending' WHEN k = 0 AND fu.status <> 'Cancelled' THEN 'Accepted' ELSE 'Rejected' END)::"BidStatus",
           CASE WHEN k = 0 AND fu.status IN ('Financed', 'Overdue', 'Repaid') THEN fu.id END,
           CASE WHEN fu.status = 'Bidding' THEN fu.id || '|' || f.id END, now() + interval '7 days', now()
      FROM factoring_units fu
     CROSS JOIN generate_series(0, 4) k
      JOIN users f ON f.email = 'funder' || (CASE WHEN k = 0 AND fu.id % 10 = 0 THEN 1 ELSE 1 + (fu.id * 7 + k * 13) % ${funders} END) || '@bench.hundi'
     WHERE fu.invoice_no LIKE 'BENCH-%' AND NOT (fu.status = 'Bidding' AND fu.id % 2 = 1)
    ON CONFLICT DO NOTHING`);
  await pool.query(`
    UPDATE factoring_units fu SET accepted_bid_id = b.id, funder_id = b.bidder_id, repayment_amount = b.amount + b.amount * 12 / 100 * 20 / 365,
           principal = b.amount, rate_bps = b.rate_bps, bid_tenure_days = b.tenure_days, financed_at = now() - interval '5 days',
           repaid_amount = CASE WHEN fu.status = 'Repaid' THEN b.amount + b.amount * 12 / 100 * 20 / 365 END
      FROM bids b WHERE b.factoring_unit_id = fu.id AND b.status = 'Accepted'`);
  await pool.query("VACUUM ANALYZE");
  const { rows } = await pool.query<{ units: string; bids: string }>("SELECT (SELECT count(*) FROM factoring_units) AS units, (SELECT count(*) FROM bids) AS bids");
  return { units: Number(rows[0]!.units), bids: Number(rows[0]!.bids) };
}
