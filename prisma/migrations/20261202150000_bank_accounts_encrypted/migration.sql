-- Bank account numbers are encrypted at rest (AES-256-GCM, DATA_ENCRYPTION_KEY; src/security/data-encryption.ts).
-- The key is not in the database, so existing values are encrypted by `npm run admin -- rotate-data-key`,
-- which also fills their keyed hash; until then they are read as they are.
ALTER TABLE "kyc_checks" ADD COLUMN "value_hash" TEXT;

CREATE INDEX "kyc_checks_type_value_hash_idx" ON "kyc_checks"("type", "value_hash");
