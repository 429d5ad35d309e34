-- Issue #16: the pay run, set-based and in several workers at once (ADR 0015). A run's totals were one row,
-- pay_runs.payments and total_cents, updated by every payment: workers paying the same run would all wait on it.
-- Each batch now adds its payments to its counties' rows here, and a run's totals are the sum of its rows read back
-- (plus the run row's own columns, which keep the totals of runs from before this migration). A worker pays a group
-- of counties, so no two workers write one row; the rows go with the county's shard past one primary (ADR 0013).
CREATE TABLE pay_run_totals (
  pay_run_id   bigint NOT NULL REFERENCES pay_runs (id),
  county_id    smallint NOT NULL REFERENCES counties (id),
  payments     integer NOT NULL CHECK (payments >= 0),
  total_cents  bigint NOT NULL CHECK (total_cents >= 0),
  PRIMARY KEY (pay_run_id, county_id)
);
