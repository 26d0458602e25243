-- How many units each investor or financer has in factoring_unit_participants, by the unit's status:
-- the "mine" part of their listing's total. It was a count of their participant rows on every request,
-- which grows with their own history (the bench's heavy funder: 20,000 rows at 200k units, their
-- listing 1.8x slower than at 20k). Kept by statement triggers on factoring_unit_participants (itself
-- kept by triggers on factoring_units and bids) in the same transaction as every change.
--
-- Rows keyed by the writing backend, like user_activity_totals and bidding_amount_counts (concurrent
-- transactions never update one row: no lock waits, no deadlocks); fold_participant_counts() folds the
-- rows of ended backends into backend_pid 0.
CREATE TABLE "participant_counts" (
    "user_id" INTEGER NOT NULL,
    "status" "FactoringUnitStatus" NOT NULL,
    "backend_pid" INTEGER NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "participant_counts_pkey" PRIMARY KEY ("user_id","status","backend_pid")
);
CREATE INDEX "participant_counts_backend_pid_idx" ON "participant_counts"("backend_pid");

-- One function per event (a statement trigger's transition tables are those of its event). An UPDATE
-- nets each statement's moves per user and status; ORDER BY keeps the upserts' lock order fixed.
CREATE FUNCTION participant_counts_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO participant_counts AS t (user_id, status, backend_pid, count)
    SELECT user_id, status, pg_backend_pid(), COUNT(*) FROM new_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (user_id, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;
CREATE FUNCTION participant_counts_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO participant_counts AS t (user_id, status, backend_pid, count)
    SELECT user_id, status, pg_backend_pid(), -COUNT(*) FROM old_rows GROUP BY 1, 2 ORDER BY 1, 2
    ON CONFLICT (user_id, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;
CREATE FUNCTION participant_counts_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO participant_counts AS t (user_id, status, backend_pid, count)
    SELECT user_id, status, pg_backend_pid(), SUM(delta) FROM (
      SELECT user_id, status, 1 AS delta FROM new_rows
      UNION ALL
      SELECT user_id, status, -1 FROM old_rows
    ) changes
    GROUP BY 1, 2 HAVING SUM(delta) <> 0 ORDER BY 1, 2
    ON CONFLICT (user_id, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count;
  RETURN NULL;
END;
$$;

CREATE TRIGGER participant_counts_insert AFTER INSERT ON "factoring_unit_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participant_counts_on_insert();
CREATE TRIGGER participant_counts_update AFTER UPDATE ON "factoring_unit_participants"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participant_counts_on_update();
CREATE TRIGGER participant_counts_delete AFTER DELETE ON "factoring_unit_participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participant_counts_on_delete();

CREATE FUNCTION fold_participant_counts() RETURNS bigint LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM participant_counts
     WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
    RETURNING user_id, status, count
  ), summed AS (
    INSERT INTO participant_counts AS t (user_id, status, backend_pid, count)
      SELECT user_id, status, 0, SUM(count) FROM folded GROUP BY 1, 2 ORDER BY 1, 2
      ON CONFLICT (user_id, status, backend_pid) DO UPDATE SET count = t.count + EXCLUDED.count
    RETURNING 1
  )
  SELECT COUNT(*) FROM folded
$$;

-- What already exists.
INSERT INTO participant_counts (user_id, status, backend_pid, count)
  SELECT user_id, status, 0, COUNT(*) FROM factoring_unit_participants GROUP BY 1, 2;
