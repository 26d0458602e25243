-- AlterTable
ALTER TABLE "factoring_units" ADD COLUMN     "funder_id" INTEGER;

-- CreateIndex
CREATE INDEX "factoring_units_funder_id_status_idx" ON "factoring_units"("funder_id", "status");

-- CreateIndex
CREATE INDEX "factoring_units_created_at_id_idx" ON "factoring_units"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "factoring_units_invoice_total_id_idx" ON "factoring_units"("invoice_total", "id");

-- Units financed before this column existed get their funder from the accepted bid.
UPDATE "factoring_units" fu SET "funder_id" = b."bidder_id" FROM "bids" b WHERE b."id" = fu."accepted_bid_id";

-- AddForeignKey
ALTER TABLE "factoring_units" ADD CONSTRAINT "factoring_units_funder_id_fkey" FOREIGN KEY ("funder_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
