-- Every instance keeps the market listing pages it has answered in memory
-- (src/modules/factoring-units/market-listing-cache.ts), so a repeated GET /factoring-units costs no
-- database round trip. What makes that safe: any change to what a listing page shows notifies
-- channel `hundi_market`, in the same transaction, from whichever process made it (an API instance,
-- a sweep, the admin CLI, psql), and PostgreSQL delivers it to every listening instance when the
-- transaction commits; each instance then forgets every page. A page shows units (their columns and
-- statuses), the owner's name and entity name, and the caller's own units through
-- factoring_unit_participants; the totals come from count tables that triggers keep from those same
-- rows, in the same statements. Identical notifications of one transaction are delivered once.
--
-- Statement-level, with transition tables: a bulk sweep notifies once, and a statement that changed
-- no row (an UPDATE matching nothing) notifies nothing.

CREATE FUNCTION notify_market_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF EXISTS (SELECT 1 FROM old_rows) THEN PERFORM pg_notify('hundi_market', ''); END IF;
  ELSIF EXISTS (SELECT 1 FROM new_rows) THEN
    PERFORM pg_notify('hundi_market', '');
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER factoring_units_notify_market_insert AFTER INSERT ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();
CREATE TRIGGER factoring_units_notify_market_update AFTER UPDATE ON "factoring_units"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();
CREATE TRIGGER factoring_units_notify_market_delete AFTER DELETE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();

CREATE TRIGGER factoring_unit_participants_notify_market_insert AFTER INSERT ON "factoring_unit_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();
CREATE TRIGGER factoring_unit_participants_notify_market_update AFTER UPDATE ON "factoring_unit_participants"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();
CREATE TRIGGER factoring_unit_participants_notify_market_delete AFTER DELETE ON "factoring_unit_participants"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_market_change();

-- An owner's name and entity name are on every page that lists their units.
CREATE FUNCTION notify_market_owner_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hundi_market', '');
  RETURN NULL;
END $$;

CREATE TRIGGER users_notify_market_change AFTER UPDATE OF name, entity_name ON "users"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.entity_name IS DISTINCT FROM NEW.entity_name)
  EXECUTE FUNCTION notify_market_owner_change();
