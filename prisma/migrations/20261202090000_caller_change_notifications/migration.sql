-- Every instance keeps the callers it has authenticated in memory (src/modules/auth/caller-cache.ts),
-- so an authenticated request costs no database round trip for its token. What makes that safe is
-- this: any change to what authentication answers (a token revoked, expired or deleted; a user's
-- status, role or profile changed; a KYC check added, changed or removed) notifies channel
-- `hundi_callers` with the user's id, in the same transaction, from whichever process made the change
-- (an API instance, the admin CLI, psql). PostgreSQL delivers it to every listening instance when the
-- transaction commits, and each instance drops that user's entries. Identical payloads in one
-- transaction are delivered once, so a bulk revocation notifies once per user.

CREATE FUNCTION notify_caller_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed_user integer;
BEGIN
  IF TG_TABLE_NAME = 'users' THEN
    changed_user := COALESCE(OLD.id, NEW.id);
  ELSIF TG_OP = 'DELETE' THEN
    changed_user := OLD.user_id;
  ELSE
    changed_user := NEW.user_id;
  END IF;
  PERFORM pg_notify('hundi_callers', changed_user::text);
  -- A row moved from one user to another (never done by the API, but possible by hand) changes both.
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'users' THEN
    IF OLD.user_id IS DISTINCT FROM NEW.user_id THEN
      PERFORM pg_notify('hundi_callers', OLD.user_id::text);
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER users_notify_caller_change AFTER UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION notify_caller_change();
CREATE TRIGGER access_tokens_notify_caller_change AFTER UPDATE OR DELETE ON "access_tokens"
  FOR EACH ROW EXECUTE FUNCTION notify_caller_change();
CREATE TRIGGER kyc_checks_notify_caller_change AFTER INSERT OR UPDATE OR DELETE ON "kyc_checks"
  FOR EACH ROW EXECUTE FUNCTION notify_caller_change();
