-- Issue #15: direct deposit, safely. A provider chooses once, for all recipients, where pay goes: a bank account
-- (checking or savings) or a paper warrant. Each choice is a row of pay_destinations, never edited but to cancel it
-- or mark it replaced; its dates are fixed when it is made (src/domain/direct-deposit.ts depositTimeline), and its
-- stage (held, pending, active) is read from them and the portal's date, so no job has to move it along.

-- The county's cooling-off period; a county without a row holds changes for 3 business days (the default).
CREATE TABLE direct_deposit_settings (
  county_id           smallint PRIMARY KEY REFERENCES counties (id),
  hold_business_days  smallint NOT NULL CHECK (hold_business_days BETWEEN 1 AND 10),
  updated_by          bigint NOT NULL REFERENCES users (id),
  updated_at          timestamptz NOT NULL DEFAULT portal_now()
);

CREATE TABLE pay_destinations (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id    bigint NOT NULL REFERENCES users (id),
  -- The provider's county when the change was made: whose staff see it and may cancel it, whose hold applied.
  county_id           smallint NOT NULL REFERENCES counties (id),
  method              text NOT NULL CHECK (method IN ('direct_deposit', 'warrant')),
  -- Routing numbers are public (printed on every check); the account number is encrypted with the data key
  -- (AES-256-GCM, src/server/lib/encryption.ts) and only its last 4 digits are ever shown.
  routing_number      text CHECK (routing_number ~ '^[0-9]{9}$'),
  account_type        text CHECK (account_type IN ('checking', 'savings')),
  account_number_enc  bytea,
  account_last4       text CHECK (account_last4 ~ '^[0-9]{4}$'),
  CONSTRAINT pay_destinations_account_iff_deposit CHECK (
    CASE method
      WHEN 'direct_deposit' THEN routing_number IS NOT NULL AND account_type IS NOT NULL AND account_number_enc IS NOT NULL AND account_last4 IS NOT NULL
      ELSE routing_number IS NULL AND account_type IS NULL AND account_number_enc IS NULL AND account_last4 IS NULL
    END),
  requested_at        timestamptz NOT NULL DEFAULT portal_now(),
  requested_by        bigint NOT NULL REFERENCES users (id),
  hold_business_days  smallint NOT NULL CHECK (hold_business_days BETWEEN 1 AND 10),
  -- The last day it can be cancelled; the pre-note's settlement date (deposits only); the first pay run date it is used.
  hold_ends_on        date NOT NULL,
  prenote_settles_on  date,
  live_from           date NOT NULL,
  CONSTRAINT pay_destinations_dates_in_order CHECK (
    hold_ends_on < live_from
    AND (prenote_settles_on IS NULL) = (method = 'warrant')
    AND (prenote_settles_on IS NULL OR (prenote_settles_on > hold_ends_on AND prenote_settles_on < live_from))),
  cancelled_at        timestamptz,
  cancelled_by        bigint REFERENCES users (id),
  -- A change still waiting when the provider made another: that one replaced it before it was ever used.
  replaced_at         timestamptz,
  replaced_by         bigint,
  CONSTRAINT pay_destinations_cancel_who CHECK ((cancelled_at IS NULL) = (cancelled_by IS NULL)),
  CONSTRAINT pay_destinations_replace_which CHECK ((replaced_at IS NULL) = (replaced_by IS NULL)),
  CONSTRAINT pay_destinations_one_end CHECK (cancelled_at IS NULL OR replaced_at IS NULL),
  -- What names a destination names the provider's own: a change replaced by another provider's, or a payment sent
  -- to another provider's account (or to a warrant choice as if it were an account), cannot be written.
  CONSTRAINT pay_destinations_of_provider UNIQUE (id, provider_user_id),
  CONSTRAINT pay_destinations_of_provider_by UNIQUE (id, provider_user_id, method),
  CONSTRAINT pay_destinations_replaced_by_own FOREIGN KEY (replaced_by, provider_user_id) REFERENCES pay_destinations (id, provider_user_id)
);
-- Where a payment goes: the provider's latest change in force on the issue date (payDestinationOn).
CREATE INDEX pay_destinations_in_force ON pay_destinations (provider_user_id, live_from DESC, id DESC)
  WHERE cancelled_at IS NULL AND replaced_at IS NULL;
-- The county's changes still waiting (held or pending): payroll's list.
CREATE INDEX pay_destinations_county_waiting ON pay_destinations (county_id, live_from)
  WHERE cancelled_at IS NULL AND replaced_at IS NULL;

-- The notice of a change, one row per contact on file (every email, every phone): the ledger that makes each one
-- sent once, as notification_deliveries does for notifications (src/jobs/README.md).
CREATE TABLE pay_destination_notices (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  pay_destination_id  bigint NOT NULL REFERENCES pay_destinations (id),
  channel             text NOT NULL CHECK (channel IN ('email', 'sms')),
  address             text NOT NULL CHECK (length(address) BETWEEN 3 AND 254),
  status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped')),
  detail              text,
  message_id          text,
  sent_at             timestamptz,
  created_at          timestamptz NOT NULL DEFAULT portal_now(),
  UNIQUE (pay_destination_id, channel, address)
);

-- Where each payment went. Null on payments issued before the portal recorded it.
ALTER TABLE payments ADD COLUMN paid_by text CHECK (paid_by IN ('direct_deposit', 'warrant'));
ALTER TABLE payments ADD COLUMN deposit_account_id bigint;
ALTER TABLE payments ADD CONSTRAINT payments_deposit_account_of_provider
  FOREIGN KEY (deposit_account_id, provider_user_id, paid_by) REFERENCES pay_destinations (id, provider_user_id, method);
ALTER TABLE payments ADD CONSTRAINT payments_deposit_account_iff_deposit
  CHECK (CASE WHEN paid_by = 'direct_deposit' THEN deposit_account_id IS NOT NULL ELSE deposit_account_id IS NULL END);
