-- Issue #5: from payment issued to paid, and the scheduled pay run.
--
-- A payment is `paid` when the bank (the State Controller's Office's direct deposit or a cashed warrant) says the
-- money reached the provider: county payroll staff record the acknowledgement file, one import per file, each
-- line a payment number, the date it was paid and the amount. An import records every line or none.

CREATE TABLE payment_settlements (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_id     smallint REFERENCES counties (id),
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  file_sha256   text NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  lines         integer NOT NULL CHECK (lines >= 0),
  recorded      integer NOT NULL CHECK (recorded >= 0),
  already       integer NOT NULL CHECK (already >= 0),
  imported_by   bigint NOT NULL REFERENCES users (id),
  imported_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (recorded + already = lines)
);
CREATE INDEX payment_settlements_county ON payment_settlements (county_id, imported_at DESC);

-- The bank's date (`paid_on`) beside the moment it was recorded (`paid_at`), and the import that said so.
ALTER TABLE payments ADD COLUMN paid_on date;
ALTER TABLE payments ADD COLUMN settlement_id bigint REFERENCES payment_settlements (id);
ALTER TABLE payments ADD CONSTRAINT payments_paid_has_date
  CHECK ((status = 'paid') = (paid_on IS NOT NULL) AND (status = 'paid') = (settlement_id IS NOT NULL));
ALTER TABLE payments ADD CONSTRAINT payments_paid_after_issue CHECK (paid_on IS NULL OR paid_on >= issue_date);
CREATE INDEX payments_county_status ON payments (county_id, status, issue_date DESC);

-- The daily pay run: one per California date (`scheduled_for`), so a retried or doubled job resumes the same run.
ALTER TABLE pay_runs ADD COLUMN scheduled_for date UNIQUE;

-- The pay run's work list, oldest submission first, read a page at a time.
CREATE INDEX timesheets_approved_queue ON timesheets (submitted_at, id) WHERE status = 'approved';

-- A new notification event: the payment reached the provider.
ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_event_check;
ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_event_check CHECK (event IN (
  'timesheet_approved', 'timesheet_rejected', 'payment_issued', 'payment_paid', 'recipient_no_action',
  'violation_recorded', 'new_message', 'pay_period_ending',
  'password_changed', 'contact_changed', 'account_created'));
