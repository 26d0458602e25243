-- Listing totals that do not grow with the market. An investor's list counts every Bidding unit of
-- the platform; a COUNT(*) over them costs in proportion to the market on every request. The count per
-- status is kept current by triggers, in the same transaction as the change, in 16 shard rows per
-- status so concurrent writers rarely wait on one row: the total is SUM(count) over the shards.
--
-- Shard = the backend's pid mod 16, so one transaction always touches the same shard. Every
-- transaction changes a unit's status along the lifecycle (a DAG: Bidding -> Financed -> Overdue ->
-- Repaid, Bidding -> Cancelled | Expired) and locks the old status's row before the new one's, so
-- all transactions take these row locks in one global order and cannot deadlock on them.

-- CreateTable
CREATE TABLE "factoring_unit_status_counts" (
    "status" "FactoringUnitStatus" NOT NULL,
    "shard" SMALLINT NOT NULL,
    "count" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "factoring_unit_status_counts_pkey" PRIMARY KEY ("status","shard")
);

CREATE FUNCTION factoring_unit_status_count_bump(unit_status "FactoringUnitStatus", delta BIGINT) RETURNS void LANGUAGE sql AS $$
  INSERT INTO factoring_unit_status_counts (status, shard, count) VALUES (unit_status, pg_backend_pid() % 16, delta)
  ON CONFLICT (status, shard) DO UPDATE SET count = factoring_unit_status_counts.count + EXCLUDED.count;
$$;

CREATE FUNCTION factoring_unit_status_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM factoring_unit_status_count_bump(OLD.status, -1); END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN PERFORM factoring_unit_status_count_bump(NEW.status, 1); END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER factoring_unit_status_count_insert_delete AFTER INSERT OR DELETE ON "factoring_units"
  FOR EACH ROW EXECUTE FUNCTION factoring_unit_status_count();
CREATE TRIGGER factoring_unit_status_count_update AFTER UPDATE OF "status" ON "factoring_units"
  FOR EACH ROW WHEN (OLD."status" IS DISTINCT FROM NEW."status") EXECUTE FUNCTION factoring_unit_status_count();

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
