-- Every instance keeps the GET /bids pages it has answered in memory (src/modules/bids/bid-page-cache.ts),
-- each under the version of its user's bid pages read just before the page itself. A request reads
-- that version (one indexed row or a few) and is answered from memory only if the page it has was read
-- under the same version; so what a user sees is never older than their last request's database state,
-- on any instance, without NOTIFY (which serialises commits: 20261203170000_market_versions says why).
--
-- A user's version, SUM(version) of their rows here, goes up in the same transaction as any change to
-- what their pages show, whoever makes it (an API instance, a sweep, the admin CLI, psql):
-- - a bid inserted, updated or deleted: its bidder's pages and its unit owner's (both list it);
-- - a unit's invoice number, seller, status, due date or owner changed: the owner's pages and those
--   of everyone who ever bid on it (each listed bid carries that summary of its unit);
-- - a user's name or entity name changed: the pages of every owner they bid to (owners see the
--   bidder's name), and their own.
-- The page's total comes from user_activity_totals, kept from the same bid rows in the same statements.
--
-- One row per (user, database backend), as market_versions and the activity roll-ups: a writer only
-- ever updates its own backend's rows, so bumping waits for no other transaction and cannot deadlock.
-- fold_bid_page_versions() (the sweep) folds the rows of ended backends into each user's row 0, in one
-- statement, which leaves every user's sum as it was. A version only grows.

CREATE TABLE "bid_page_versions" (
    "user_id" INTEGER NOT NULL,
    "backend_pid" INTEGER NOT NULL,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "bid_page_versions_pkey" PRIMARY KEY ("user_id","backend_pid")
);
CREATE INDEX "bid_page_versions_backend_pid_idx" ON "bid_page_versions"("backend_pid");

-- For the rarer changes (a unit's summary, a name). ORDER BY keeps the upserts' lock order fixed;
-- DISTINCT because one statement may not update a row twice. PL/pgSQL, not SQL: a SQL function called
-- from a trigger is planned again on every call (measured on a bid: 0.16-0.21 ms, against 0.08-0.10).
CREATE FUNCTION bump_bid_pages(user_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bid_page_versions AS v (user_id, backend_pid, version)
    SELECT DISTINCT u, pg_backend_pid(), 1 FROM unnest(user_ids) u WHERE u IS NOT NULL ORDER BY 1
    ON CONFLICT (user_id, backend_pid) DO UPDATE SET version = v.version + 1;
END $$;

-- Statement-level, with transition tables: a sweep that expires a thousand bids bumps each user once.
-- One function per event, the upsert written out in each (its plan kept for the session): 0.03 ms
-- per bid placed, measured (through bump_bid_pages and an array, 0.08-0.10 ms).
CREATE FUNCTION bid_pages_on_bids_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bid_page_versions AS v (user_id, backend_pid, version)
    SELECT user_id, pg_backend_pid(), 1 FROM (SELECT bidder_id FROM new_rows UNION SELECT owner_id FROM new_rows) parties (user_id) ORDER BY 1
    ON CONFLICT (user_id, backend_pid) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
CREATE FUNCTION bid_pages_on_bids_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bid_page_versions AS v (user_id, backend_pid, version)
    SELECT user_id, pg_backend_pid(), 1 FROM (
      SELECT bidder_id FROM new_rows UNION SELECT owner_id FROM new_rows UNION SELECT bidder_id FROM old_rows UNION SELECT owner_id FROM old_rows
    ) parties (user_id) ORDER BY 1
    ON CONFLICT (user_id, backend_pid) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;
CREATE FUNCTION bid_pages_on_bids_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO bid_page_versions AS v (user_id, backend_pid, version)
    SELECT user_id, pg_backend_pid(), 1 FROM (SELECT bidder_id FROM old_rows UNION SELECT owner_id FROM old_rows) parties (user_id) ORDER BY 1
    ON CONFLICT (user_id, backend_pid) DO UPDATE SET version = v.version + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER bids_bid_pages_insert AFTER INSERT ON "bids"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bid_pages_on_bids_inserted();
CREATE TRIGGER bids_bid_pages_update AFTER UPDATE ON "bids"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bid_pages_on_bids_updated();
CREATE TRIGGER bids_bid_pages_delete AFTER DELETE ON "bids"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION bid_pages_on_bids_deleted();

-- Row-level with a WHEN: most updates of a unit (reminders, repayment figures) change nothing a bid
-- page shows, and then the trigger costs only the comparison.
CREATE FUNCTION bid_pages_on_unit_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_bid_pages(ARRAY(SELECT bidder_id FROM bids WHERE factoring_unit_id = NEW.id) || ARRAY[OLD.owner_id, NEW.owner_id]);
  RETURN NULL;
END $$;

CREATE TRIGGER factoring_units_bid_pages AFTER UPDATE OF invoice_no, seller, status, due_date, owner_id ON "factoring_units"
  FOR EACH ROW WHEN ((OLD.invoice_no, OLD.seller, OLD.status, OLD.due_date, OLD.owner_id) IS DISTINCT FROM (NEW.invoice_no, NEW.seller, NEW.status, NEW.due_date, NEW.owner_id))
  EXECUTE FUNCTION bid_pages_on_unit_changed();

CREATE FUNCTION bid_pages_on_bidder_renamed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_bid_pages(ARRAY(SELECT owner_id FROM bids WHERE bidder_id = NEW.id) || NEW.id);
  RETURN NULL;
END $$;

CREATE TRIGGER users_bid_pages AFTER UPDATE OF name, entity_name ON "users"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.entity_name IS DISTINCT FROM NEW.entity_name)
  EXECUTE FUNCTION bid_pages_on_bidder_renamed();

CREATE FUNCTION fold_bid_page_versions() RETURNS bigint LANGUAGE sql AS $$
  WITH folded AS (
    DELETE FROM bid_page_versions
     WHERE backend_pid <> 0 AND backend_pid NOT IN (SELECT pid FROM pg_stat_activity WHERE pid IS NOT NULL)
    RETURNING user_id, version
  ), summed AS (
    INSERT INTO bid_page_versions AS v (user_id, backend_pid, version)
      SELECT user_id, 0, SUM(version) FROM folded GROUP BY 1 ORDER BY 1
      ON CONFLICT (user_id, backend_pid) DO UPDATE SET version = v.version + EXCLUDED.version
    RETURNING 1
  )
  SELECT COUNT(*) FROM folded
$$;
