-- Each user's units and bids by status, counted and summed, kept by statement triggers in the same
-- transaction as every change, so that a dashboard and a list's total read a few rows per user
-- instead of aggregating every unit and bid the user ever had (a heavy owner's 50,000 pending bids
-- were summed on every GET /dashboard: 6 ms of database CPU at 200k units, ten times that at 20k).
--
-- subject:  unit_owner  (owner_id; amount = principal)
--           unit_funder (funder_id; amount = principal, repayment_amount, repaid_amount)
--           bid_bidder  (bidder_id; amount = bid amount)
--           bid_owner   (the unit's owner_id copied on the bid; amount = bid amount)
--
-- Why rows per backend: a shared counter row per user would be locked by every transaction that
-- changes that user's units or bids until it commits, so bids on different units of one owner would
-- queue on it, and two transactions adding to two users' rows in opposite orders would deadlock. A
-- transaction adds only to rows keyed by its own backend's pid, which no concurrent transaction can
-- hold (each backend runs one transaction at a time): no lock waits, no deadlocks. A figure is the sum
-- of the user's rows; the marketplace sweep folds the rows of backends that have ended into
-- backend_pid 0 (fold_user_activity_totals), so a user has a bounded number of rows.

-- CreateTable
CREATE TABLE "user_activity_totals" (
    "user_id" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "backend_pid" INTEGER NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "repayment_amount" BIGINT NOT NULL DEFAULT 0,
    "repaid_amount" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "user_activity_totals_pkey" PRIMARY KEY ("user_id","subject","status","backend_pid")
);

-- CreateIndex
CREATE INDEX "user_activity_totals_backend_pid_idx" ON "user_activity_totals"("backend_pid");

-- What one unit row adds (sign 1) or takes away (sign -1).
CREATE FUNCTION user_activity_of_unit(p_owner_id int, p_funder_id int, p_status text, p_principal bigint, p_repayment bigint, p_repaid bigint, p_sign int)
RETURNS TABLE (user_id int, subject text, status text, count bigint, amount bigint, repayment_amount bigint, repaid_amount bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_owner_id, 'unit_owner', p_status, p_sign::bigint, p_sign * COALESCE(p_principal, 0), 0::bigint, 0::bigint
  UNION ALL
  SELECT p_funder_id, 'unit_funder', p_status, p_sign::bigint, p_sign * COALESCE(p_principal, 0), p_sign * COALESCE(p_repayment, 0), p_sign * COALESCE(p_repaid, 0)
   WHERE p_funder_id IS NOT NULL
$$;

-- What one bid row adds or takes away.
CREATE FUNCTION user_activity_of_bid(p_bidder_id int, p_owner_id int, p_status text, p_amount bigint, p_sign int)
RETURNS TABLE (user_id int, subject text, status text, count bigint, amount bigint, repayment_amount bigint, repaid_amount bigint)
LANGUAGE sql IMMUTABLE AS $$
  SELECT p_bidder_id, 'bid_bidder', p_status, p_sign::bigint, p_sign * p_amount, 0::bigint, 0::bigint
  UNION ALL
  SELECT p_owner_id, 'bid_owner', p_status, p_sign::bigint, p_sign * p_amount, 0::bigint, 0::bigint
$$;

-- A statement's changes (the transition tables), netted per user, subject and status, added to this
-- backend's rows. An UPDATE that changes no status or amount nets to nothing and writes nothing.
-- Rows are added in key order (one statement's upserts never wait on each other anyway: they are
-- this backend's own rows).
CREATE FUNCTION user_activity_totals_from_units() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount, repayment_amount, repaid_amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount), SUM(d.repayment_amount), SUM(d.repaid_amount)
        FROM new_rows n, user_activity_of_unit(n.owner_id, n.funder_id, n.status::text, n.principal, n.repayment_amount, n.repaid_amount, 1) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount,
         repayment_amount = t.repayment_amount + EXCLUDED.repayment_amount, repaid_amount = t.repaid_amount + EXCLUDED.repaid_amount;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount, repayment_amount, repaid_amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount), SUM(d.repayment_amount), SUM(d.repaid_amount)
        FROM (SELECT d.* FROM new_rows n, user_activity_of_unit(n.owner_id, n.funder_id, n.status::text, n.principal, n.repayment_amount, n.repaid_amount, 1) d
              UNION ALL
              SELECT d.* FROM old_rows o, user_activity_of_unit(o.owner_id, o.funder_id, o.status::text, o.principal, o.repayment_amount, o.repaid_amount, -1) d) d
       GROUP BY 1, 2, 3
      HAVING SUM(d.count) <> 0 OR SUM(d.amount) <> 0 OR SUM(d.repayment_amount) <> 0 OR SUM(d.repaid_amount) <> 0
       ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount,
         repayment_amount = t.repayment_amount + EXCLUDED.repayment_amount, repaid_amount = t.repaid_amount + EXCLUDED.repaid_amount;
  ELSE
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount, repayment_amount, repaid_amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount), SUM(d.repayment_amount), SUM(d.repaid_amount)
        FROM old_rows o, user_activity_of_unit(o.owner_id, o.funder_id, o.status::text, o.principal, o.repayment_amount, o.repaid_amount, -1) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount,
         repayment_amount = t.repayment_amount + EXCLUDED.repayment_amount, repaid_amount = t.repaid_amount + EXCLUDED.repaid_amount;
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION user_activity_totals_from_bids() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount)
        FROM new_rows n, user_activity_of_bid(n.bidder_id, n.owner_id, n.status::text, n.amount, 1) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount)
        FROM (SELECT d.* FROM new_rows n, user_activity_of_bid(n.bidder_id, n.owner_id, n.status::text, n.amount, 1) d
              UNION ALL
              SELECT d.* FROM old_rows o, user_activity_of_bid(o.bidder_id, o.owner_id, o.status::text, o.amount, -1) d) d
       GROUP BY 1, 2, 3
      HAVING SUM(d.count) <> 0 OR SUM(d.amount) <> 0
       ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount;
  ELSE
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount)
      SELECT d.user_id, d.subject, d.status, pg_backend_pid(), SUM(d.count), SUM(d.amount)
        FROM old_rows o, user_activity_of_bid(o.bidder_id, o.owner_id, o.status::text, o.amount, -1) d
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount;
  END IF;
  RETURN NULL;
END;
$$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER user_activity_totals_units_insert AFTER INSERT ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_units();
CREATE TRIGGER user_activity_totals_units_update AFTER UPDATE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_units();
CREATE TRIGGER user_activity_totals_units_delete AFTER DELETE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_units();
CREATE TRIGGER user_activity_totals_bids_insert AFTER INSERT ON "bids"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_bids();
CREATE TRIGGER user_activity_totals_bids_update AFTER UPDATE ON "bids"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_bids();
CREATE TRIGGER user_activity_totals_bids_delete AFTER DELETE ON "bids"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION user_activity_totals_from_bids();

-- Folds the rows of backends that have ended into backend_pid 0, in one statement (readers see the
-- rows before or after it, never half). A live backend's rows are left alone. If a new backend reuses
-- an ended one's pid and adds to its row first, the DELETE takes the row as it then is: nothing is
-- lost either way. Returns the number of rows folded.
CREATE FUNCTION fold_user_activity_totals() RETURNS bigint LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM user_activity_totals
     WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
    RETURNING user_id, subject, status, count, amount, repayment_amount, repaid_amount
  ), summed AS (
    INSERT INTO user_activity_totals AS t (user_id, subject, status, backend_pid, count, amount, repayment_amount, repaid_amount)
      SELECT user_id, subject, status, 0, SUM(count), SUM(amount), SUM(repayment_amount), SUM(repaid_amount)
        FROM folded GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
      ON CONFLICT (user_id, subject, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count, amount = t.amount + EXCLUDED.amount,
         repayment_amount = t.repayment_amount + EXCLUDED.repayment_amount, repaid_amount = t.repaid_amount + EXCLUDED.repaid_amount
    RETURNING 1
  )
  SELECT COUNT(*) FROM folded
$$;

-- What already exists.
INSERT INTO user_activity_totals (user_id, subject, status, backend_pid, count, amount, repayment_amount, repaid_amount)
  SELECT d.user_id, d.subject, d.status, 0, SUM(d.count), SUM(d.amount), SUM(d.repayment_amount), SUM(d.repaid_amount)
    FROM factoring_units fu, user_activity_of_unit(fu.owner_id, fu.funder_id, fu.status::text, fu.principal, fu.repayment_amount, fu.repaid_amount, 1) d
   GROUP BY 1, 2, 3;
INSERT INTO user_activity_totals (user_id, subject, status, backend_pid, count, amount)
  SELECT d.user_id, d.subject, d.status, 0, SUM(d.count), SUM(d.amount)
    FROM bids b, user_activity_of_bid(b.bidder_id, b.owner_id, b.status::text, b.amount, 1) d
   GROUP BY 1, 2, 3;
