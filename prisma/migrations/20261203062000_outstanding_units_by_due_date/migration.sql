-- The dashboards' "upcoming repayments" (the next five outstanding units by due date, of a funder or
-- an owner) read these partial indexes in order and stop after five, where they fetched and sorted
-- every outstanding unit of the user: a heavy funder's dashboard ran 4x slower at 200k units than at
-- 20k (bench/README.md, fifth round). Partial: only units still owed are in them.
CREATE INDEX "factoring_units_funder_outstanding_by_due_date" ON "factoring_units"("funder_id", "due_date", "id") WHERE status IN ('Financed', 'Overdue');
CREATE INDEX "factoring_units_owner_outstanding_by_due_date" ON "factoring_units"("owner_id", "due_date", "id") WHERE status IN ('Financed', 'Overdue');
