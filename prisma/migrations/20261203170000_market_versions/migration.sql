-- Every instance keeps the market listing pages it has answered in memory
-- (src/modules/factoring-units/market-listing-cache.ts, on src/db/versioned-cache.ts), so a repeated
-- GET /factoring-units costs no database round trip. What makes that safe: the market's version,
-- SUM(version) of this table, goes up in the same transaction as any change to what a listing page
-- shows, whoever makes it (an API instance, a sweep, the admin CLI, psql). Each instance reads it
-- every 50 ms and forgets every page when it has moved. A page shows units (their columns and
-- statuses), the owner's name and entity name, and the caller's own units through
-- factoring_unit_participants; the totals come from count tables that triggers keep from those same
-- rows, in the same statements.
--
-- Why a counter and not NOTIFY: PostgreSQL commits the transactions that called NOTIFY one at a time
-- (they queue on one lock to keep the notification order), and these are the market's busiest writes
-- (a listing, an acceptance, a bid settled): measured, NOTIFY in a single-row UPDATE took pgbench
-- from 4,181 to 1,708 TPS at 16 clients. An UPDATE of one's own row waits for nobody.
--
-- One row per database backend (backend_pid), as the roll-ups of 20261202200000_user_activity_totals:
-- concurrent writers never update one row, so bumping takes no lock another transaction waits on and
-- cannot deadlock. fold_market_versions() (the sweep) folds the rows of ended backends into row 0,
-- in one statement, which leaves the sum as it was. The counter only grows.
--
-- Statement-level, with transition tables: a bulk sweep bumps once, and a statement that changed no
-- row (an UPDATE matching nothing) bumps nothing.

CREATE TABLE "market_versions" (
    "backend_pid" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "market_versions_pkey" PRIMARY KEY ("backend_pid")
);
INSERT INTO market_versions (backend_pid, version) VALUES (0, 0);

CREATE FUNCTION bump_market_version() RETURNS void LANGUAGE sql AS $$
  INSERT INTO market_versions AS v (backend_pid, version) VALUES (pg_backend_pid(), 1)
    ON CONFLICT (backend_pid) DO UPDATE SET version = v.version + 1
$$;

CREATE FUNCTION market_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows) THEN PERFORM bump_market_version(); END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
    PERFORM bump_market_version();
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER factoring_units_market_version_insert AFTER INSERT ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();
CREATE TRIGGER factoring_units_market_version_update AFTER UPDATE ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();
CREATE TRIGGER factoring_units_market_version_delete AFTER DELETE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();

CREATE TRIGGER factoring_unit_participants_market_version_insert AFTER INSERT ON "factoring_unit_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();
CREATE TRIGGER factoring_unit_participants_market_version_update AFTER UPDATE ON "factoring_unit_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();
CREATE TRIGGER factoring_unit_participants_market_version_delete AFTER DELETE ON "factoring_unit_participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION market_changed();

-- An owner's name and entity name are on every page that lists their units.
CREATE FUNCTION market_owner_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_market_version();
  RETURN NULL;
END $$;

CREATE TRIGGER users_market_version AFTER UPDATE OF name, entity_name ON "users"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.entity_name IS DISTINCT FROM NEW.entity_name)
  EXECUTE FUNCTION market_owner_renamed();

CREATE FUNCTION fold_market_versions() RETURNS bigint LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM market_versions
     WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
    RETURNING version
  ), summed AS (
    UPDATE market_versions SET version = version + (SELECT COALESCE(SUM(version), 0) FROM folded) WHERE backend_pid = 0
    RETURNING 1
  )
  SELECT COUNT(*) FROM folded
$$;
