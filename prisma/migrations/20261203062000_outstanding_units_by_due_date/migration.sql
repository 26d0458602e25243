-- The dashboards' "upcoming repayments" (the next five outstanding units by due date, of a funder or
-- an owner) read these partial indexes in order and stop after five, where they fetched and sorted
-- every outstanding unit of the user: a heavy funder's dashboard ran 4x slower at 200k units than at
-- 20k (bench/README.md, fifth round). Partial: only units still owed are in them.
CREATE INDEX "factoring_units_funder_outstanding_by_due_date" ON "factoring_units"("funder_id", "due_date", "id") WHERE status IN ('Financed', 'Overdue');
-- The owner's carries the financing terms too, so "due today" (a sum over the owner's outstanding units)
-- reads it alone: through the older (owner_id, status, ...) index, status IN (...) walked every unit of
-- the owner, Bidding ones included (0.65 ms for the heavy owner's 10,000 units at 200k, 0.03 ms here).
CREATE INDEX "factoring_units_owner_outstanding_by_due_date" ON "factoring_units"("owner_id", "due_date", "id", "principal", "rate_bps", "bid_tenure_days", "financed_at") WHERE status IN ('Financed', 'Overdue');
