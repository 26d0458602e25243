-- Operators (issue 11): the audit log says who acted from where, and is listed by time, actor and
-- action; password-reset codes; the e-mail queue.
ALTER TABLE "audit_log" ADD COLUMN "actor_user_id" INTEGER,
                        ADD COLUMN "request_id" TEXT,
                        ADD COLUMN "ip" TEXT;
CREATE INDEX "audit_log_created_at_id_idx" ON "audit_log"("created_at" DESC, "id" DESC);
CREATE INDEX "audit_log_actor_created_at_idx" ON "audit_log"("actor", "created_at" DESC);
CREATE INDEX "audit_log_action_created_at_idx" ON "audit_log"("action", "created_at" DESC);

CREATE INDEX "users_role_status_idx" ON "users"("role", "status");

CREATE TABLE "password_resets" (
    "user_id" INTEGER NOT NULL,
    "code_hash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "password_resets_pkey" PRIMARY KEY ("user_id")
);
ALTER TABLE "password_resets" ADD CONSTRAINT "password_resets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- E-mails are sent after commit by the email-delivery queue (src/jobs/email-delivery.ts), with the
-- retries pushes have; its options are kept in step with src/db/job-queue.ts at every start.
SELECT pgboss.create_queue('email-delivery', '{"policy":"standard","retryLimit":7,"retryDelay":5,"retryBackoff":true,"expireInSeconds":60,"retentionMinutes":43200}');
