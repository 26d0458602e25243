-- Every instance keeps the GET /bids pages it has answered in memory, per user
-- (src/modules/bids/bid-pages-cache.ts, on src/db/notified-cache.ts). A user's pages show their bids
-- (as bidder, or on their units as owner), each with a summary of its unit and its bidder's name. Any
-- change to those notifies channel `hundi_bids` with the id of every user whose pages show it, in the
-- same transaction, from whichever process made it; each instance forgets those users' pages when
-- the transaction commits (an empty payload: everyone's). Identical notifications of one transaction
-- are delivered once, so a bulk change notifies each user once.

-- A bid added, changed or removed: its bidder's pages and its unit owner's.
CREATE FUNCTION notify_bid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_notify('hundi_bids', u::text) FROM (SELECT bidder_id AS u FROM new_rows UNION SELECT owner_id FROM new_rows) users;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('hundi_bids', u::text) FROM (SELECT bidder_id AS u FROM old_rows UNION SELECT owner_id FROM old_rows) users;
  ELSE
    -- Before and after: the API never moves a bid to another bidder or owner, but psql could.
    PERFORM pg_notify('hundi_bids', u::text) FROM (
      SELECT bidder_id AS u FROM new_rows UNION SELECT owner_id FROM new_rows
      UNION SELECT bidder_id FROM old_rows UNION SELECT owner_id FROM old_rows) users;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER bids_notify_bid_pages_insert AFTER INSERT ON "bids"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_bid_change();
CREATE TRIGGER bids_notify_bid_pages_update AFTER UPDATE ON "bids"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_bid_change();
CREATE TRIGGER bids_notify_bid_pages_delete AFTER DELETE ON "bids"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_bid_change();

-- A unit's summary on its bids (invoice number, seller, status, due date, owner) changed: the pages
-- of everyone with a bid on it and of its owner.
-- (Compared row by row: PostgreSQL allows no column list on a trigger with transition tables, and a
-- sweep's reminder stamp, say, changes nothing a page shows.)
CREATE FUNCTION notify_bid_unit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hundi_bids', u::text) FROM (
    WITH changed AS (
      SELECT n.id, n.owner_id, o.owner_id AS old_owner_id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.invoice_no, n.seller, n.status, n.due_date, n.owner_id) IS DISTINCT FROM (o.invoice_no, o.seller, o.status, o.due_date, o.owner_id)
    )
    SELECT b.bidder_id AS u FROM bids b JOIN changed c ON c.id = b.factoring_unit_id
    UNION SELECT b.owner_id FROM bids b JOIN changed c ON c.id = b.factoring_unit_id
    UNION SELECT c.owner_id FROM changed c WHERE EXISTS (SELECT 1 FROM bids b WHERE b.factoring_unit_id = c.id)
    UNION SELECT c.old_owner_id FROM changed c WHERE EXISTS (SELECT 1 FROM bids b WHERE b.factoring_unit_id = c.id)
  ) users;
  RETURN NULL;
END $$;

CREATE TRIGGER factoring_units_notify_bid_pages AFTER UPDATE ON "factoring_units"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_bid_unit_change();

-- A bidder's name or entity name is on their unit owners' pages: everyone's pages, renames are rare.
CREATE FUNCTION notify_bid_pages_everyone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('hundi_bids', '');
  RETURN NULL;
END $$;

CREATE TRIGGER users_notify_bid_pages AFTER UPDATE OF name, entity_name ON "users"
  FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.entity_name IS DISTINCT FROM NEW.entity_name)
  EXECUTE FUNCTION notify_bid_pages_everyone();
