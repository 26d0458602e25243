import type pg from "pg";
import { GST_ON_FEE_PERCENT } from "../src/ledger/marketplace-postings.ts";

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
  await seedMoneyHistory(pool);
  await pool.query("VACUUM ANALYZE");
  const { rows } = await pool.query<{ units: string; bids: string }>("SELECT (SELECT count(*) FROM factoring_units) AS units, (SELECT count(*) FROM bids) AS bids");
  return { units: Number(rows[0]!.units), bids: Number(rows[0]!.bids) };
}

/** The platform fee the seeded acceptances paid (the server's default, PLATFORM_FEE_BPS). */
const SEED_FEE_BPS = 100;

/**
 * The money behind the seeded market's history, as the API would have written it: every funder who
 * bid topped up once (a paid Razorpay payment and its capture), every ended bid had a hold placed and
 * then released (rejected) or captured to the owner, less the platform fee and GST (accepted). Pending
 * bids keep no hold (see above); repayments are left out. Without it the ledger started the run empty:
 * analysed as empty, its lookups were planned for a tiny table on each connection's first use, and
 * with no autovacuum on this machine to analyse them again those plans stayed sequential scans while
 * the run grew the ledger (bench/README.md, fourteenth round). A market of this size has this history,
 * and the run's ledger-check checks it with the rest.
 */
async function seedMoneyHistory(pool: pg.Pool) {
  await pool.query(`
    INSERT INTO ledger_accounts (code, type, updated_at)
    SELECT 'platform:' || t, t::"LedgerAccountType", now() FROM unnest(ARRAY['razorpay_clearing', 'platform_fees', 'gst_payable']) t
    ON CONFLICT (code) DO NOTHING`);
  await pool.query(`
    INSERT INTO holds (user_id, amount, status, kind, business_type, business_id, updated_at)
    SELECT bidder_id, amount, (CASE WHEN status = 'Accepted' THEN 'captured' ELSE 'released' END)::"HoldStatus", 'bid', 'bid', id::text, now()
      FROM bids WHERE status IN ('Accepted', 'Rejected')`);
  await pool.query(`
    INSERT INTO ledger_accounts (code, type, user_id, updated_at)
    SELECT 'user:' || u.id || ':' || k, ('user_' || k)::"LedgerAccountType", u.id, now()
      FROM (SELECT DISTINCT user_id AS id FROM holds) u CROSS JOIN unnest(ARRAY['wallet', 'holds']) k
    UNION ALL
    SELECT 'user:' || o.id || ':wallet', 'user_wallet', o.id, now() FROM (SELECT DISTINCT owner_id AS id FROM bids WHERE status = 'Accepted') o
    ON CONFLICT (code) DO NOTHING`);
  // One top-up per funder: everything they ever bid, so no wallet went below zero at any step.
  await pool.query(`
    INSERT INTO payments (user_id, type, amount, status, gateway, order_id, receipt, gateway_payment_id, paid_at, updated_at)
    SELECT user_id, 'wallet_topup', SUM(amount), 'paid', 'sandbox', 'order_seed' || user_id, 'seed_' || user_id, 'pay_seed' || user_id, now(), now()
      FROM holds GROUP BY user_id`);
  await pool.query(`
    INSERT INTO ledger_transactions (kind, reference, business_type, business_id, description)
    SELECT 'wallet_topup', 'payment:' || id || ':capture', 'payment', id::text, 'Wallet top-up via Razorpay' FROM payments WHERE order_id LIKE 'order_seed%'
    UNION ALL
    SELECT 'hold_' || step, 'hold:' || h.id || ':' || step, 'bid', h.business_id, 'Bid history'
      FROM holds h CROSS JOIN LATERAL unnest(ARRAY['place', CASE WHEN h.status = 'captured' THEN 'capture' ELSE 'release' END]) step`);
  // Each transaction's entries, with the accounts found by code (wallet and holds of the bidder, the
  // owner's wallet, the platform's fee and GST accounts) and the fee split as financingSplit makes it.
  await pool.query(`
    WITH moves AS (
      SELECT t.id AS transaction_id, 'user:' || p.user_id || ':wallet' AS code, p.amount
        FROM payments p JOIN ledger_transactions t ON t.reference = 'payment:' || p.id || ':capture' WHERE p.order_id LIKE 'order_seed%'
      UNION ALL
      SELECT t.id, 'platform:razorpay_clearing', -p.amount
        FROM payments p JOIN ledger_transactions t ON t.reference = 'payment:' || p.id || ':capture' WHERE p.order_id LIKE 'order_seed%'
      UNION ALL
      SELECT t.id, 'user:' || h.user_id || ':' || m.account, m.sign * h.amount
        FROM holds h JOIN ledger_transactions t ON t.business_type = 'bid' AND t.business_id = h.business_id
       CROSS JOIN LATERAL (VALUES ('wallet', CASE t.kind WHEN 'hold_place' THEN -1 WHEN 'hold_release' THEN 1 END),
                                  ('holds', CASE t.kind WHEN 'hold_place' THEN 1 ELSE -1 END)) m(account, sign)
       WHERE m.sign IS NOT NULL
      UNION ALL
      SELECT t.id, s.code, s.amount
        FROM holds h JOIN ledger_transactions t ON t.business_type = 'bid' AND t.business_id = h.business_id AND t.kind = 'hold_capture'
        JOIN bids b ON b.id = h.business_id::bigint
       CROSS JOIN LATERAL (SELECT (h.amount * ${SEED_FEE_BPS} * 2 + 10000) / 20000 AS fee) f
       CROSS JOIN LATERAL (SELECT (f.fee * ${GST_ON_FEE_PERCENT} * 2 + 100) / 200 AS gst) g
       CROSS JOIN LATERAL (VALUES ('user:' || b.owner_id || ':wallet', h.amount - f.fee - g.gst), ('platform:platform_fees', f.fee), ('platform:gst_payable', g.gst)) s(code, amount)
       WHERE s.amount <> 0
    )
    INSERT INTO ledger_entries (transaction_id, account_id, amount)
    SELECT m.transaction_id, a.id, m.amount FROM moves m JOIN ledger_accounts a ON a.code = m.code`);
  await pool.query(`
    UPDATE ledger_accounts a SET balance = e.total, updated_at = now()
      FROM (SELECT account_id, SUM(amount) AS total FROM ledger_entries GROUP BY account_id) e
     WHERE a.id = e.account_id AND a.type IN ('user_wallet', 'user_holds')`);
}
