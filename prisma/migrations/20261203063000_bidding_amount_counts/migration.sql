-- The investor listing's total with an amount filter (min_amount / max_amount) without counting the
-- market. It counted every Bidding unit in the range: 43,000 index entries, 3.5 ms of database time per
-- request at 200k units, growing with the market. Now Bidding units are counted per amount bucket by
-- statement triggers in the same transaction as every change, and a total is the buckets wholly
-- inside the range (a few hundred counter rows at most) plus a count of the units in the one or two
-- buckets the range's ends fall in, read from the (status, invoice_total) index.
--
-- A bucket is the amount's number of digits and its first two digits (5,000,000 paise -> 750): about
-- 90 per power of ten, each 1-10% wide, so an end's bucket holds a small share of the market. Integer
-- arithmetic on the amount's text, so the triggers, the index and the query agree exactly (no float).
-- Amounts below 100 paise are their own bucket. Monotonic: a larger amount never has a smaller bucket.
CREATE FUNCTION invoice_amount_bucket(amount bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN amount < 100 THEN GREATEST(amount, 0)::int ELSE length(amount::text) * 100 + left(amount::text, 2)::int END
$$;

-- The amounts of a bucket: [start, end). A bucket of L digits starting with P holds P x 10^(L-2) up
-- to (P + 1) x 10^(L-2), exclusive; the listing counts the units of an end bucket by this range on the
-- (status, invoice_total) index.
CREATE FUNCTION invoice_amount_bucket_start(bucket int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN bucket < 100 THEN bucket::bigint ELSE LEAST((bucket % 100)::numeric * 10::numeric ^ (bucket / 100 - 2), 9223372036854775807)::bigint END
$$;
-- The last bucket a bigint reaches (1992) ends past the largest bigint: clamped to it.
CREATE FUNCTION invoice_amount_bucket_end(bucket int) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN bucket < 100 THEN bucket::bigint + 1 ELSE LEAST((bucket % 100 + 1)::numeric * 10::numeric ^ (bucket / 100 - 2), 9223372036854775807)::bigint END
$$;

-- Rows keyed by the writing backend, like user_activity_totals (and for the same reason: concurrent
-- transactions never update one row, so no lock waits, no deadlocks); fold_bidding_amount_counts()
-- folds the rows of ended backends into backend_pid 0.
CREATE TABLE "bidding_amount_counts" (
    "bucket" INTEGER NOT NULL,
    "backend_pid" INTEGER NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "bidding_amount_counts_pkey" PRIMARY KEY ("bucket","backend_pid")
);
CREATE INDEX "bidding_amount_counts_backend_pid_idx" ON "bidding_amount_counts"("backend_pid");

-- One function per event: a statement trigger's transition tables are those of its event (an INSERT
-- has no old_rows, a DELETE no new_rows). An UPDATE nets each statement's moves per bucket.
CREATE FUNCTION bidding_amount_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bidding_amount_counts AS t (bucket, backend_pid, count)
    SELECT invoice_amount_bucket(invoice_total), pg_backend_pid(), COUNT(*) FROM new_rows WHERE status = 'Bidding'
     GROUP BY 1 ORDER BY 1
    ON CONFLICT (bucket, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;
CREATE FUNCTION bidding_amount_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bidding_amount_counts AS t (bucket, backend_pid, count)
    SELECT invoice_amount_bucket(invoice_total), pg_backend_pid(), -COUNT(*) FROM old_rows WHERE status = 'Bidding'
     GROUP BY 1 ORDER BY 1
    ON CONFLICT (bucket, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;
CREATE FUNCTION bidding_amount_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bidding_amount_counts AS t (bucket, backend_pid, count)
    SELECT bucket, pg_backend_pid(), SUM(delta) FROM (
      SELECT invoice_amount_bucket(invoice_total) AS bucket, 1 AS delta FROM new_rows WHERE status = 'Bidding'
      UNION ALL
      SELECT invoice_amount_bucket(invoice_total), -1 FROM old_rows WHERE status = 'Bidding'
    ) changes
    GROUP BY bucket HAVING SUM(delta) <> 0 ORDER BY bucket
    ON CONFLICT (bucket, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;

CREATE TRIGGER bidding_amount_counts_insert AFTER INSERT ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bidding_amount_counts_on_insert();
CREATE TRIGGER bidding_amount_counts_update AFTER UPDATE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bidding_amount_counts_on_update();
CREATE TRIGGER bidding_amount_counts_delete AFTER DELETE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bidding_amount_counts_on_delete();

CREATE FUNCTION fold_bidding_amount_counts() RETURNS bigint LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM bidding_amount_counts
     WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
    RETURNING bucket, count
  ), summed AS (
    INSERT INTO bidding_amount_counts AS t (bucket, backend_pid, count)
      SELECT bucket, 0, SUM(count) FROM folded GROUP BY 1 ORDER BY 1
      ON CONFLICT (bucket, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count
    RETURNING 1
  )
  SELECT COUNT(*) FROM folded
$$;

-- What already exists.
INSERT INTO bidding_amount_counts (bucket, backend_pid, count)
  SELECT invoice_amount_bucket(invoice_total), 0, COUNT(*) FROM factoring_units WHERE status = 'Bidding' GROUP BY 1;
