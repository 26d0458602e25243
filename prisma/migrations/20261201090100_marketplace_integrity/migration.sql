-- An invoice is financed once, platform-wide; bids expire; repayment accrues per day.

-- AlterTable
ALTER TABLE "bids" ADD COLUMN     "valid_until" TIMESTAMP(3);

-- Bids placed before expiry existed are valid for the default 7 days from when they were placed.
UPDATE "bids" SET "valid_until" = "created_at" + INTERVAL '7 days';
ALTER TABLE "bids" ALTER COLUMN "valid_until" SET NOT NULL;

-- DropIndex
DROP INDEX "factoring_units_listing_key_key";

-- AlterTable
ALTER TABLE "factoring_units" DROP COLUMN "listing_key",
ADD COLUMN     "bid_tenure_days" INTEGER,
ADD COLUMN     "buyer_gstin" TEXT,
ADD COLUMN     "expired_at" TIMESTAMP(3),
ADD COLUMN     "financial_year" INTEGER,
ADD COLUMN     "invoice_key" TEXT,
ADD COLUMN     "principal" BIGINT,
ADD COLUMN     "rate_bps" INTEGER,
ADD COLUMN     "repaid_amount" BIGINT,
ADD COLUMN     "seller_gstin" TEXT,
ADD COLUMN     "seller_key" TEXT;

-- The identity of units listed before this migration, by the same rule as fu-identity.ts.
-- If two live units already share an identity, the unique indexes below fail and name the key:
-- resolve those duplicates (cancel one) before deploying.
UPDATE "factoring_units" SET
  "invoice_key" = upper(regexp_replace("invoice_no", '[^A-Za-z0-9]', '', 'g')),
  "seller_key" = upper(regexp_replace("seller", '[^A-Za-z0-9]', '', 'g')),
  "financial_year" = EXTRACT(YEAR FROM "invoice_date")::int - CASE WHEN EXTRACT(MONTH FROM "invoice_date") < 4 THEN 1 ELSE 0 END;
ALTER TABLE "factoring_units" ALTER COLUMN "invoice_key" SET NOT NULL,
  ALTER COLUMN "seller_key" SET NOT NULL,
  ALTER COLUMN "financial_year" SET NOT NULL;

-- Financed units keep their accepted bid's terms for per-day repayment figures.
UPDATE "factoring_units" fu SET "principal" = b."amount", "rate_bps" = b."rate_bps", "bid_tenure_days" = b."tenure_days"
  FROM "bids" b WHERE b."id" = fu."accepted_bid_id";
-- Units repaid before this migration paid the full-tenure amount.
UPDATE "factoring_units" SET "repaid_amount" = "repayment_amount" WHERE "status" = 'Repaid';

-- CreateIndex
CREATE INDEX "bids_status_valid_until_idx" ON "bids"("status", "valid_until");

-- CreateIndex
CREATE INDEX "factoring_units_invoice_key_financial_year_idx" ON "factoring_units"("invoice_key", "financial_year");

-- CreateIndex
CREATE UNIQUE INDEX "factoring_units_live_invoice_by_seller_name" ON "factoring_units"("seller_key", "invoice_key", "financial_year") WHERE (status NOT IN ('Cancelled', 'Expired') AND seller_gstin IS NULL);

-- CreateIndex
CREATE UNIQUE INDEX "factoring_units_live_invoice_by_seller_gstin" ON "factoring_units"("seller_gstin", "invoice_key", "financial_year") WHERE (status NOT IN ('Cancelled', 'Expired') AND seller_gstin IS NOT NULL);
