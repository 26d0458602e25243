-- GET /bids for a unit's owner reads the bids on their units newest first from bids.owner_id (copied
-- when the bid is placed) instead of joining factoring_units: this index gives that order directly,
-- as bids_bidder_id_created_at_id_idx does for the bidder (modules/bids/bid-listing.ts).
CREATE INDEX "bids_owner_id_created_at_id_idx" ON "bids"("owner_id", "created_at" DESC, "id" DESC);
