-- The county's random signature check (LA DPSS "timesheet exceptions: holds"): out of every 1,000 clean timesheets
-- a recipient approves, how many go to the county's payroll queue anyway (reason RANDOM_HOLD) so staff can compare
-- the signatures and the EVV records before payroll pays. The county admin sets it on the settings page; 0 (the
-- default) turns the check off. At most 100 (1 in 10): a sample check, not a second review of every timesheet,
-- which would hold up pay that is due within 10 business days.
ALTER TABLE counties
  ADD COLUMN random_hold_per_mille smallint NOT NULL DEFAULT 0
    CONSTRAINT counties_random_hold_per_mille_check CHECK (random_hold_per_mille BETWEEN 0 AND 100);
