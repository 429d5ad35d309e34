-- A direct deposit the provider's bank returned (ADR 0007). A payment goes paid -> returned when payroll records the
-- bank's returns file (NACHA return reason codes), and returned -> paid again when the State Controller's Office's
-- reissued payment is acknowledged. The payment row holds where it stands now; `payment_returns` keeps every return
-- (one row each, append-only), so a payment paid again still shows when and why it came back.

CREATE TABLE payment_return_imports (
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
CREATE INDEX payment_return_imports_county ON payment_return_imports (county_id, imported_at DESC);

-- The NACHA return reason codes a credit (a deposit) can come back with; the portal's words for each are in
-- src/contracts/messages (returnReason*, returnWhatToDo*).
CREATE TABLE payment_returns (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_id      bigint NOT NULL REFERENCES payments (id),
  county_id       smallint NOT NULL REFERENCES counties (id),
  import_id       bigint NOT NULL REFERENCES payment_return_imports (id),
  -- The deposit that came back: the bank's paid date and the acknowledgement that recorded it.
  paid_on         date NOT NULL,
  settlement_id   bigint NOT NULL REFERENCES payment_settlements (id),
  returned_on     date NOT NULL CHECK (returned_on >= paid_on),
  reason          text NOT NULL CHECK (reason IN ('R02', 'R03', 'R04', 'R14', 'R15', 'R16', 'R17', 'R20', 'R23')),
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  -- A deposit comes back once: the same file imported again records nothing new.
  UNIQUE (payment_id, paid_on)
);
CREATE INDEX payment_returns_payment ON payment_returns (payment_id, id);
CREATE INDEX payment_returns_import ON payment_returns (import_id);

ALTER TABLE payments DROP CONSTRAINT payments_status_check;
ALTER TABLE payments ADD CONSTRAINT payments_status_check CHECK (status IN ('issued', 'paid', 'returned'));
-- A returned payment keeps the deposit that came back (paid_on, paid_at, settlement_id) beside the return.
-- (0005's unnamed CHECK of paid_at is `payments_check1`; `payments_check` is the gross's sum and stays.)
ALTER TABLE payments DROP CONSTRAINT payments_check1;
ALTER TABLE payments ADD CONSTRAINT payments_paid_at CHECK ((status IN ('paid', 'returned')) = (paid_at IS NOT NULL));
ALTER TABLE payments DROP CONSTRAINT payments_paid_has_date;
ALTER TABLE payments ADD CONSTRAINT payments_paid_has_date
  CHECK ((status IN ('paid', 'returned')) = (paid_on IS NOT NULL) AND (status IN ('paid', 'returned')) = (settlement_id IS NOT NULL));
ALTER TABLE payments ADD COLUMN returned_on date;
ALTER TABLE payments ADD COLUMN return_reason text
  CHECK (return_reason IN ('R02', 'R03', 'R04', 'R14', 'R15', 'R16', 'R17', 'R20', 'R23'));
ALTER TABLE payments ADD CONSTRAINT payments_returned_has_date_and_reason
  CHECK ((status = 'returned') = (returned_on IS NOT NULL) AND (status = 'returned') = (return_reason IS NOT NULL));
ALTER TABLE payments ADD CONSTRAINT payments_returned_after_paid CHECK (returned_on IS NULL OR returned_on >= paid_on);

-- A new notification event: the bank returned a deposit.
ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_event_check;
ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_event_check CHECK (event IN (
  'timesheet_approved', 'timesheet_rejected', 'payment_issued', 'payment_paid', 'payment_returned', 'recipient_no_action',
  'violation_recorded', 'new_message', 'pay_period_ending',
  'password_changed', 'contact_changed', 'account_created'));
