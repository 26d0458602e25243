-- Outbound webhooks (issue 12). An endpoint belongs to one user and subscribes to event types. Every
-- state change a user may hear about (a unit listed or financed, a bid placed or accepted, a top-up
-- credited, ...) writes, in the transaction of the change itself, one message per interested user and
-- one delivery row and one pg-boss job per subscribed endpoint: whichever code path made the change
-- (an API route, the admin CLI, a set-based sweep), the delivery exists if and only if the change
-- commits. The triggers do this, so that no use case can forget it. The webhook-delivery worker
-- (src/jobs/webhook-delivery.ts) renders the message with the API's presenters at its first attempt,
-- freezes it, and sends it after commit.
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('pending', 'succeeded', 'failed');

CREATE TABLE "webhook_endpoints" (
    "id" SERIAL NOT NULL,
    "user_id" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "events" TEXT[],
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "disabled_reason" TEXT,
    "secret_encrypted" TEXT NOT NULL,
    "previous_secret_encrypted" TEXT,
    "previous_secret_expires_at" TIMESTAMP(3),
    "failing_since" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "webhook_endpoints_user_id_enabled_idx" ON "webhook_endpoints"("user_id", "enabled");
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "webhook_messages" (
    "id" TEXT NOT NULL,
    "user_id" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "resource_type" TEXT NOT NULL,
    "resource_id" INTEGER NOT NULL,
    "payload" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_messages_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "webhook_messages_created_at_idx" ON "webhook_messages"("created_at");
ALTER TABLE "webhook_messages" ADD CONSTRAINT "webhook_messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "webhook_deliveries" (
    "id" BIGSERIAL NOT NULL,
    "message_id" TEXT NOT NULL,
    "endpoint_id" INTEGER NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3),
    "last_attempt_at" TIMESTAMP(3),
    "last_response_status" INTEGER,
    "last_latency_ms" INTEGER,
    "last_error" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "webhook_deliveries_endpoint_id_id_idx" ON "webhook_deliveries"("endpoint_id", "id" DESC);
CREATE INDEX "webhook_deliveries_message_id_idx" ON "webhook_deliveries"("message_id");
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "webhook_messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Each attempt is a job of the webhook-delivery queue: pg-boss hands it to one worker of the fleet and
-- gives it back if that worker dies mid-send. The retry schedule is ours (webhook-schedule.ts), so a
-- failed attempt is not a failed job: the worker records it and enqueues the next attempt with this
-- function, in one transaction. Its row is the one boss.send() writes (job-queue.ts's enqueueJobSql;
-- a test holds them to each other).
SELECT pgboss.create_queue('webhook-delivery', '{"policy":"standard","retryLimit":5,"retryDelay":5,"retryBackoff":true,"expireInSeconds":60,"retentionMinutes":43200}');

CREATE FUNCTION webhook_enqueue_attempts(p_delivery_ids BIGINT[], p_attempt INTEGER, p_start_after TIMESTAMPTZ) RETURNS void LANGUAGE sql AS $$
  INSERT INTO pgboss.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy, start_after)
  SELECT 'webhook-delivery', jsonb_build_object('delivery_id', d.id, 'attempt', p_attempt), COALESCE(q.retry_limit, 2),
         CASE WHEN COALESCE(q.retry_backoff, false) THEN GREATEST(q.retry_delay, 1) ELSE COALESCE(q.retry_delay, 0) END,
         COALESCE(q.retry_backoff, false), COALESCE(q.expire_seconds * interval '1s', interval '15 minutes'),
         GREATEST(p_start_after, now()) + COALESCE(q.retention_minutes * interval '1 minute', interval '14 days'), q.dead_letter, q.policy, p_start_after
    FROM unnest(p_delivery_ids) AS d(id) LEFT JOIN pgboss.queue q ON q.name = 'webhook-delivery'
$$;

-- One message for a user about a resource, with a delivery and its first attempt for each of the
-- user's enabled endpoints subscribed to the type; nothing at all (one index probe) when there is none.
CREATE FUNCTION webhook_emit(p_user_id INTEGER, p_type TEXT, p_resource_type TEXT, p_resource_id INTEGER) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  message TEXT;
  deliveries BIGINT[];
BEGIN
  IF p_user_id IS NULL OR NOT EXISTS (SELECT 1 FROM webhook_endpoints WHERE user_id = p_user_id AND enabled AND p_type = ANY (events)) THEN
    RETURN;
  END IF;
  message := 'msg_' || replace(gen_random_uuid()::text, '-', '');
  INSERT INTO webhook_messages (id, user_id, type, resource_type, resource_id) VALUES (message, p_user_id, p_type, p_resource_type, p_resource_id);
  WITH created AS (
    INSERT INTO webhook_deliveries (message_id, endpoint_id, next_attempt_at)
    SELECT message, e.id, now() FROM webhook_endpoints e WHERE e.user_id = p_user_id AND e.enabled AND p_type = ANY (e.events)
    RETURNING id
  ) SELECT array_agg(id) INTO deliveries FROM created;
  PERFORM webhook_enqueue_attempts(deliveries, 1, now());
END $$;

-- The events of each resource, named by its new status. Units: the owner hears of every change, the
-- funder of those of a financed unit.
CREATE FUNCTION webhook_factoring_unit_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event TEXT;
BEGIN
  IF TG_OP = 'INSERT' THEN
    event := 'factoring_unit.created';
  ELSE
    event := CASE NEW.status WHEN 'Financed' THEN 'factoring_unit.financed' WHEN 'Repaid' THEN 'factoring_unit.repaid' WHEN 'Overdue' THEN 'factoring_unit.overdue'
                             WHEN 'Cancelled' THEN 'factoring_unit.cancelled' WHEN 'Expired' THEN 'factoring_unit.expired' END;
  END IF;
  IF event IS NULL THEN RETURN NULL; END IF;
  PERFORM webhook_emit(NEW.owner_id, event, 'factoring_unit', NEW.id);
  IF NEW.status IN ('Financed', 'Repaid', 'Overdue') THEN PERFORM webhook_emit(NEW.funder_id, event, 'factoring_unit', NEW.id); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER factoring_units_webhooks_insert AFTER INSERT ON "factoring_units" FOR EACH ROW EXECUTE FUNCTION webhook_factoring_unit_events();
CREATE TRIGGER factoring_units_webhooks_status AFTER UPDATE OF status ON "factoring_units"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_factoring_unit_events();

-- Bids: both the bidder and the unit's owner.
CREATE FUNCTION webhook_bid_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event TEXT;
BEGIN
  event := CASE WHEN TG_OP = 'INSERT' THEN 'bid.placed' ELSE CASE NEW.status WHEN 'Accepted' THEN 'bid.accepted' WHEN 'Rejected' THEN 'bid.rejected'
                WHEN 'Withdrawn' THEN 'bid.withdrawn' WHEN 'Expired' THEN 'bid.expired' END END;
  IF event IS NULL THEN RETURN NULL; END IF;
  PERFORM webhook_emit(NEW.bidder_id, event, 'bid', NEW.id);
  PERFORM webhook_emit(NEW.owner_id, event, 'bid', NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER bids_webhooks_insert AFTER INSERT ON "bids" FOR EACH ROW EXECUTE FUNCTION webhook_bid_events();
CREATE TRIGGER bids_webhooks_status AFTER UPDATE OF status ON "bids"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_bid_events();

-- Payments, withdrawals and KYC checks: their user. A row may be written already settled.
CREATE FUNCTION webhook_money_and_kyc_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event TEXT;
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status IS NOT DISTINCT FROM NEW.status THEN RETURN NULL; END IF;
  event := CASE TG_TABLE_NAME
    WHEN 'payments' THEN CASE NEW.status::text WHEN 'paid' THEN 'payment.credited' WHEN 'failed' THEN 'payment.failed' END
    WHEN 'withdrawals' THEN CASE NEW.status::text WHEN 'processed' THEN 'withdrawal.settled' WHEN 'failed' THEN 'withdrawal.failed' END
    WHEN 'kyc_checks' THEN CASE NEW.status::text WHEN 'verified' THEN 'kyc.verified' WHEN 'failed' THEN 'kyc.failed' END
  END;
  IF event IS NULL THEN RETURN NULL; END IF;
  PERFORM webhook_emit(NEW.user_id, event, CASE TG_TABLE_NAME WHEN 'payments' THEN 'payment' WHEN 'withdrawals' THEN 'withdrawal' ELSE 'kyc_check' END, NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER payments_webhooks AFTER INSERT OR UPDATE OF status ON "payments" FOR EACH ROW EXECUTE FUNCTION webhook_money_and_kyc_events();
CREATE TRIGGER withdrawals_webhooks AFTER INSERT OR UPDATE OF status ON "withdrawals" FOR EACH ROW EXECUTE FUNCTION webhook_money_and_kyc_events();
CREATE TRIGGER kyc_checks_webhooks AFTER INSERT OR UPDATE OF status ON "kyc_checks" FOR EACH ROW EXECUTE FUNCTION webhook_money_and_kyc_events();

-- Accounts: the user themselves (approved again after a suspension is `account.reactivated`).
CREATE FUNCTION webhook_account_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event TEXT;
BEGIN
  event := CASE NEW.status WHEN 'active' THEN CASE WHEN OLD.status = 'suspended' THEN 'account.reactivated' ELSE 'account.approved' END
                           WHEN 'rejected' THEN 'account.rejected' WHEN 'suspended' THEN 'account.suspended' END;
  IF event IS NULL THEN RETURN NULL; END IF;
  PERFORM webhook_emit(NEW.id, event, 'account', NEW.id);
  RETURN NULL;
END $$;
CREATE TRIGGER users_webhooks_status AFTER UPDATE OF status ON "users"
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION webhook_account_events();
