-- Listing totals that do not grow with the market. An investor's list counts every Bidding unit of
-- the platform; a COUNT(*) over them costs in proportion to the market on every request. The count per
-- status is kept current by statement-level triggers, in the same transaction as the change (one
-- upsert per status per statement, so a bulk sweep or import costs one row write per status, not one
-- per unit), in 16 shard rows per status so concurrent writers rarely wait on one row: the total is
-- SUM(count) over the shards.
--
-- Shard = the backend's pid mod 16, so one transaction always touches the same shard rows. Each
-- statement upserts its statuses in enum order, and every lifecycle transition goes from an earlier
-- enum value to a later one (Bidding -> Financed -> Overdue -> Repaid, Bidding -> Cancelled | Expired),
-- so every transaction takes these row locks in one global order and they cannot deadlock.

-- CreateTable
CREATE TABLE "factoring_unit_status_counts" (
    "status" "FactoringUnitStatus" NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "factoring_unit_status_counts_pkey" PRIMARY KEY ("status","shard")
);

CREATE FUNCTION factoring_unit_status_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO factoring_unit_status_counts (status, shard, count)
      SELECT status, pg_backend_pid() % 16, COUNT(*) FROM new_rows GROUP BY status ORDER BY status
      ON CONFLICT (status, shard) DO UPDATE SET count = factoring_unit_status_counts.count + EXCLUDED.count;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO factoring_unit_status_counts (status, shard, count)
      SELECT status, pg_backend_pid() % 16, -COUNT(*) FROM old_rows GROUP BY status ORDER BY status
      ON CONFLICT (status, shard) DO UPDATE SET count = factoring_unit_status_counts.count + EXCLUDED.count;
  ELSE
    INSERT INTO factoring_unit_status_counts (status, shard, count)
      SELECT status, pg_backend_pid() % 16, SUM(delta) FROM (
        SELECT o.status, -1 AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status <> n.status
        UNION ALL
        SELECT n.status, 1 AS delta FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.status <> n.status
      ) changes GROUP BY status ORDER BY status
      ON CONFLICT (status, shard) DO UPDATE SET count = factoring_unit_status_counts.count + EXCLUDED.count;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER factoring_unit_status_count_insert AFTER INSERT ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION factoring_unit_status_count();
CREATE TRIGGER factoring_unit_status_count_update AFTER UPDATE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION factoring_unit_status_count();
CREATE TRIGGER factoring_unit_status_count_delete AFTER DELETE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION factoring_unit_status_count();

INSERT INTO factoring_unit_status_counts (status, shard, count)
  SELECT status, 0, COUNT(*) FROM factoring_units GROUP BY status;

-- A bidder's own units ("bid on", bids that are no longer pending), read from the index alone.
-- CreateIndex
CREATE INDEX "bids_bidder_id_status_factoring_unit_id_idx" ON "bids"("bidder_id", "status", "factoring_unit_id");

-- A user's own lists, newest first, read in index order instead of sorting all their rows:
-- GET /bids for a bidder and GET /factoring-units for an owner.
-- CreateIndex
CREATE INDEX "bids_bidder_id_created_at_id_idx" ON "bids"("bidder_id", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "factoring_units_owner_id_created_at_id_idx" ON "factoring_units"("owner_id", "created_at" DESC, "id" DESC);
