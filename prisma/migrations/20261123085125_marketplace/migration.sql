-- CreateEnum
CREATE TYPE "FactoringUnitStatus" AS ENUM ('Bidding', 'Financed', 'Overdue', 'Repaid', 'Cancelled');

-- CreateEnum
CREATE TYPE "BidStatus" AS ENUM ('Pending', 'Accepted', 'Rejected', 'Withdrawn');

-- CreateTable
CREATE TABLE "factoring_units" (
    "id" SERIAL NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "seller" TEXT NOT NULL,
    "invoice_no" TEXT NOT NULL,
    "invoice_date" DATE NOT NULL,
    "due_date" DATE NOT NULL,
    "total" BIGINT NOT NULL,
    "invoice_total" BIGINT NOT NULL,
    "finance_amount" BIGINT NOT NULL,
    "tenure_days" INTEGER NOT NULL,
    "status" "FactoringUnitStatus" NOT NULL DEFAULT 'Bidding',
    "listing_key" TEXT,
    "accepted_bid_id" INTEGER,
    "repayment_amount" BIGINT,
    "due_reminder_at" TIMESTAMP(3),
    "financed_at" TIMESTAMP(3),
    "overdue_at" TIMESTAMP(3),
    "repaid_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "factoring_units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "factoring_unit_line_items" (
    "id" SERIAL NOT NULL,
    "factoring_unit_id" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "hsn_code" TEXT,
    "quantity" DECIMAL(14,3) NOT NULL,
    "rate" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "gst_rate_bps" INTEGER,

    CONSTRAINT "factoring_unit_line_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bids" (
    "id" SERIAL NOT NULL,
    "factoring_unit_id" INTEGER NOT NULL,
    "bidder_id" INTEGER NOT NULL,
    "amount" BIGINT NOT NULL,
    "rate_bps" INTEGER NOT NULL,
    "tenure_days" INTEGER NOT NULL,
    "status" "BidStatus" NOT NULL DEFAULT 'Pending',
    "remark" TEXT,
    "live_key" TEXT,
    "accepted_key" INTEGER,
    "decided_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "bids_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "factoring_units_listing_key_key" ON "factoring_units"("listing_key");

-- CreateIndex
CREATE UNIQUE INDEX "factoring_units_accepted_bid_id_key" ON "factoring_units"("accepted_bid_id");

-- CreateIndex
CREATE INDEX "factoring_units_status_created_at_idx" ON "factoring_units"("status", "created_at" DESC);

-- CreateIndex
CREATE INDEX "factoring_units_status_invoice_total_idx" ON "factoring_units"("status", "invoice_total");

-- CreateIndex
CREATE INDEX "factoring_units_owner_id_status_idx" ON "factoring_units"("owner_id", "status");

-- CreateIndex
CREATE INDEX "factoring_units_status_due_date_idx" ON "factoring_units"("status", "due_date");

-- CreateIndex
CREATE INDEX "factoring_unit_line_items_factoring_unit_id_idx" ON "factoring_unit_line_items"("factoring_unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "bids_live_key_key" ON "bids"("live_key");

-- CreateIndex
CREATE UNIQUE INDEX "bids_accepted_key_key" ON "bids"("accepted_key");

-- CreateIndex
CREATE INDEX "bids_factoring_unit_id_status_idx" ON "bids"("factoring_unit_id", "status");

-- CreateIndex
CREATE INDEX "bids_bidder_id_status_idx" ON "bids"("bidder_id", "status");

-- AddForeignKey
ALTER TABLE "factoring_units" ADD CONSTRAINT "factoring_units_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "factoring_unit_line_items" ADD CONSTRAINT "factoring_unit_line_items_factoring_unit_id_fkey" FOREIGN KEY ("factoring_unit_id") REFERENCES "factoring_units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bids" ADD CONSTRAINT "bids_factoring_unit_id_fkey" FOREIGN KEY ("factoring_unit_id") REFERENCES "factoring_units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "bids" ADD CONSTRAINT "bids_bidder_id_fkey" FOREIGN KEY ("bidder_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Amounts and terms the marketplace relies on, guarded by the database too.
ALTER TABLE "factoring_units" ADD CONSTRAINT "factoring_units_amounts_valid"
  CHECK ("total" > 0 AND "invoice_total" > 0 AND "finance_amount" > 0
         AND "finance_amount" <= "invoice_total" AND "total" <= "invoice_total" AND "tenure_days" > 0
         AND "due_date" > "invoice_date");
ALTER TABLE "bids" ADD CONSTRAINT "bids_terms_valid"
  CHECK ("amount" > 0 AND "rate_bps" > 0 AND "rate_bps" <= 10000 AND "tenure_days" > 0);
ALTER TABLE "bids" ADD CONSTRAINT "bids_accepted_key_matches"
  CHECK (("status" = 'Accepted') = ("accepted_key" IS NOT NULL) AND ("accepted_key" IS NULL OR "accepted_key" = "factoring_unit_id"));
ALTER TABLE "bids" ADD CONSTRAINT "bids_live_key_only_pending" CHECK (("status" = 'Pending') = ("live_key" IS NOT NULL));
