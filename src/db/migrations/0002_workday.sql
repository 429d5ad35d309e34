-- A provider's workday (issue #4): cases and assignments, wage rates, planned visits, EVV check-in/out,
-- timesheets with versions and the recipient's decision, sick leave claims, calendar feeds, contact changes.
-- Every county-owned table carries county_id (Citus can shard by it later). Durations are integer minutes,
-- money integer cents, instants timestamptz, calendar days `date` in California time.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- The county's hourly wage from a date. Demo rows say "example" in `note`: they are not real wages.
CREATE TABLE wage_rates (
  county_id       smallint NOT NULL REFERENCES counties (id),
  effective_from  date NOT NULL,
  rate_cents      integer NOT NULL CHECK (rate_cents > 0 AND rate_cents <= 100000),
  note            text,
  PRIMARY KEY (county_id, effective_from)
);

-- What the county knows about a provider beyond the account: overtime exemption and contact details.
CREATE TABLE provider_profiles (
  user_id         bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  county_id       smallint NOT NULL REFERENCES counties (id),
  exemption       text NOT NULL DEFAULT 'none' CHECK (exemption IN ('none', 'exemption1', 'exemption2')),
  phone           text CHECK (phone IS NULL OR phone ~ '^[0-9]{10}$'),
  mailing_street  text CHECK (length(mailing_street) <= 200),
  mailing_unit    text CHECK (length(mailing_unit) <= 50),
  mailing_city    text CHECK (length(mailing_city) <= 100),
  mailing_state   text CHECK (mailing_state ~ '^[A-Z]{2}$'),
  mailing_zip     text CHECK (mailing_zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- A recipient's case. Address, phone and diagnoses are sensitive: read only by those assigned to the case,
-- every read audited; diagnoses encrypted (AES-256-GCM under the server's data key, see server/lib/encryption.ts).
CREATE TABLE cases (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_number          text NOT NULL UNIQUE CHECK (case_number ~ '^[0-9]{7}$'),
  county_id            smallint NOT NULL REFERENCES counties (id),
  recipient_user_id    bigint UNIQUE REFERENCES users (id),
  first_name           text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name            text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  status               text NOT NULL DEFAULT 'active' CHECK (status IN ('pending', 'active', 'on_hold', 'terminated')),
  eligible_from        date NOT NULL,
  eligible_to          date CHECK (eligible_to IS NULL OR eligible_to >= eligible_from),
  street               text,
  unit                 text,
  city                 text,
  state                text NOT NULL DEFAULT 'CA' CHECK (state ~ '^[A-Z]{2}$'),
  zip                  text CHECK (zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
  phone                text CHECK (phone IS NULL OR phone ~ '^[0-9]{10}$'),
  home_latitude        double precision CHECK (home_latitude BETWEEN -90 AND 90),
  home_longitude       double precision CHECK (home_longitude BETWEEN -180 AND 180),
  diagnoses_encrypted  bytea,
  -- A county-approved overtime exception for the whole case (ACL 16-01); windows come with issue #6.
  overtime_exception   boolean NOT NULL DEFAULT false,
  created_at           timestamptz NOT NULL DEFAULT now(),
  CHECK ((home_latitude IS NULL) = (home_longitude IS NULL))
);
CREATE INDEX cases_county ON cases (county_id, status);

-- The recipient's account must be a recipient's, with the case number as its sign-in.
CREATE FUNCTION cases_recipient_is_recipient() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.recipient_user_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM users WHERE id = NEW.recipient_user_id AND role = 'recipient' AND login_id = NEW.case_number
  ) THEN
    RAISE EXCEPTION 'cases.recipient_user_id must be the recipient account signed in with case number %', NEW.case_number;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER cases_recipient_check BEFORE INSERT OR UPDATE OF recipient_user_id, case_number ON cases
  FOR EACH ROW EXECUTE FUNCTION cases_recipient_is_recipient();

-- Monthly authorised minutes, changeable from a given month: the row with the latest month not after it applies.
CREATE TABLE case_authorizations (
  case_id          bigint NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  county_id        smallint NOT NULL REFERENCES counties (id),
  effective_month  date NOT NULL CHECK (extract(day FROM effective_month) = 1),
  monthly_minutes  integer NOT NULL CHECK (monthly_minutes BETWEEN 0 AND 283 * 60),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, effective_month)
);

-- A provider serving a recipient from a date (to a date). The same provider and case never overlap twice.
CREATE TABLE assignments (
  id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id          bigint NOT NULL REFERENCES users (id),
  case_id                   bigint NOT NULL REFERENCES cases (id),
  county_id                 smallint NOT NULL REFERENCES counties (id),
  start_date                date NOT NULL,
  end_date                  date CHECK (end_date IS NULL OR end_date >= start_date),
  -- The share of the case's monthly minutes assigned to this provider; NULL = all of them.
  assigned_monthly_minutes  integer CHECK (assigned_monthly_minutes BETWEEN 0 AND 283 * 60),
  live_in                   boolean NOT NULL DEFAULT false,
  travel_agreement          boolean NOT NULL DEFAULT false,
  created_at                timestamptz NOT NULL DEFAULT now(),
  EXCLUDE USING gist (provider_user_id WITH =, case_id WITH =, daterange(start_date, end_date, '[]') WITH &&)
);
CREATE INDEX assignments_case ON assignments (case_id);

-- Planned visits: one-off or weekly on some weekdays (0 = Sunday), in California wall-clock time.
-- Expanded into occurrences on read. A visit ends the day it starts.
CREATE TABLE visit_plans (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  case_id           bigint NOT NULL REFERENCES cases (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  created_by        bigint NOT NULL REFERENCES users (id),
  start_date        date NOT NULL,
  start_time        time NOT NULL,
  end_time          time NOT NULL CHECK (end_time > start_time),
  repeat            text NOT NULL CHECK (repeat IN ('none', 'weekly')),
  weekdays          smallint[] NOT NULL DEFAULT '{}',
  until_date        date CHECK (until_date IS NULL OR until_date >= start_date),
  cancelled_at      timestamptz,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (repeat = 'none' OR (cardinality(weekdays) BETWEEN 1 AND 7 AND weekdays <@ ARRAY[0, 1, 2, 3, 4, 5, 6]::smallint[])),
  CHECK (repeat = 'weekly' OR until_date IS NULL)
);
CREATE INDEX visit_plans_provider ON visit_plans (provider_user_id) WHERE cancelled_at IS NULL;
CREATE INDEX visit_plans_case ON visit_plans (case_id) WHERE cancelled_at IS NULL;

-- EVV: one row per visit, from check-in to check-out, holding the six Cures Act elements. Times are the
-- device's tap, `*_received_at` the server's. A check-out that arrives without a check-in is kept (check_in_at
-- NULL) and flagged for the provider to fix. Each tap carries the device's idempotency key.
CREATE TABLE evv_records (
  id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id         bigint NOT NULL REFERENCES users (id),
  case_id                  bigint NOT NULL REFERENCES cases (id),
  county_id                smallint NOT NULL REFERENCES counties (id),
  service_type             text NOT NULL DEFAULT 'ihss' CHECK (service_type IN ('ihss')),
  check_in_key             text UNIQUE CHECK (length(check_in_key) BETWEEN 8 AND 100),
  check_out_key            text UNIQUE CHECK (length(check_out_key) BETWEEN 8 AND 100),
  check_in_at              timestamptz,
  check_out_at             timestamptz,
  check_in_received_at     timestamptz,
  check_out_received_at    timestamptz,
  location_type            text NOT NULL CHECK (location_type IN ('home', 'community')),
  location_status          text NOT NULL CHECK (location_status IN ('captured', 'refused', 'unavailable', 'not_required')),
  check_in_latitude        double precision,
  check_in_longitude       double precision,
  check_in_accuracy_m      real,
  check_out_location_status text CHECK (check_out_location_status IN ('captured', 'refused', 'unavailable', 'not_required')),
  check_out_latitude       double precision,
  check_out_longitude      double precision,
  check_out_accuracy_m     real,
  capture_method           text NOT NULL CHECK (capture_method IN ('web', 'phone')),
  far_from_home            boolean NOT NULL DEFAULT false,
  edited_by                bigint REFERENCES users (id),
  edited_at                timestamptz,
  edit_reason              text CHECK (length(edit_reason) BETWEEN 3 AND 500),
  created_at               timestamptz NOT NULL DEFAULT now(),
  CHECK (check_in_at IS NOT NULL OR check_out_at IS NOT NULL),
  CHECK (check_in_at IS NULL OR check_in_key IS NOT NULL OR edited_at IS NOT NULL),
  CHECK (check_out_at IS NULL OR check_in_at IS NULL OR check_out_at >= check_in_at),
  -- Coordinates only for a "home" visit (UDW; CDSS EVV help): a community visit keeps none.
  CHECK (location_type = 'home' OR (location_status = 'not_required' AND check_in_latitude IS NULL AND check_out_latitude IS NULL)),
  CHECK ((location_status = 'captured') = (check_in_latitude IS NOT NULL AND check_in_longitude IS NOT NULL)),
  CHECK (coalesce(check_out_location_status = 'captured', false) = (check_out_latitude IS NOT NULL AND check_out_longitude IS NOT NULL)),
  CHECK ((edited_at IS NULL) = (edit_reason IS NULL) AND (edited_at IS NULL) = (edited_by IS NULL)),
  -- A provider's shifts never overlap; an open check-in runs to infinity, so a second one is refused until it is
  -- closed. A check-out without a check-in is an empty range and overlaps nothing.
  CONSTRAINT evv_records_no_overlap EXCLUDE USING gist (
    provider_user_id WITH =,
    tstzrange(coalesce(check_in_at, check_out_at), coalesce(check_out_at, 'infinity')) WITH &&
  )
);
CREATE INDEX evv_records_provider_time ON evv_records (provider_user_id, coalesce(check_in_at, check_out_at));
CREATE INDEX evv_records_case_time ON evv_records (case_id, coalesce(check_in_at, check_out_at));

-- Timesheets: one per provider, case and pay period, in versions; a submitted version is never changed, a
-- correction is a new version that supersedes it. Issue #5 extends the status list by migration.
CREATE TABLE timesheets (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  case_id           bigint NOT NULL REFERENCES cases (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  pay_period_start  date NOT NULL CHECK (extract(day FROM pay_period_start) IN (1, 16)),
  pay_period_end    date NOT NULL CHECK (pay_period_end >= pay_period_start AND pay_period_end < pay_period_start + 16),
  version           smallint NOT NULL DEFAULT 1 CHECK (version >= 1),
  status            text NOT NULL DEFAULT 'draft'
                    CONSTRAINT timesheets_status_check
                    CHECK (status IN ('draft', 'submitted', 'approved_by_recipient', 'rejected_by_recipient', 'superseded')),
  supersedes_id     bigint UNIQUE REFERENCES timesheets (id),
  submitted_at      timestamptz,
  submission_key    text UNIQUE CHECK (length(submission_key) BETWEEN 8 AND 100),
  -- The rules engine's findings and totals at submission, as the provider saw them.
  findings          jsonb,
  gross_cents       integer,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider_user_id, case_id, pay_period_start, version),
  CHECK ((status = 'draft') = (submitted_at IS NULL)),
  CHECK ((version = 1) = (supersedes_id IS NULL))
);
CREATE UNIQUE INDEX timesheets_one_draft ON timesheets (provider_user_id, case_id, pay_period_start) WHERE status = 'draft';
CREATE INDEX timesheets_case_period ON timesheets (case_id, pay_period_start);
CREATE INDEX timesheets_provider_period ON timesheets (provider_user_id, pay_period_start);
CREATE INDEX timesheets_county_status ON timesheets (county_id, status);

CREATE TABLE timesheet_days (
  timesheet_id     bigint NOT NULL REFERENCES timesheets (id) ON DELETE CASCADE,
  county_id        smallint NOT NULL REFERENCES counties (id),
  work_date        date NOT NULL,
  worked_minutes   integer NOT NULL CHECK (worked_minutes BETWEEN 0 AND 1500),
  travel_minutes   integer NOT NULL DEFAULT 0 CHECK (travel_minutes BETWEEN 0 AND 1500),
  start_time       time,
  end_time         time,
  location         text CHECK (location IN ('home', 'community', 'both')),
  -- Filled from the EVV records of the day, and what they said, so an edit can be shown beside them.
  from_evv         boolean NOT NULL DEFAULT false,
  evv_minutes      integer CHECK (evv_minutes >= 0),
  edited           boolean NOT NULL DEFAULT false,
  PRIMARY KEY (timesheet_id, work_date),
  CHECK ((start_time IS NULL) = (end_time IS NULL))
);

-- A submitted timesheet is read-only: its days cannot change, whatever the code above tries.
CREATE FUNCTION timesheet_days_only_in_drafts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s text;
BEGIN
  SELECT status INTO s FROM timesheets WHERE id = coalesce(NEW.timesheet_id, OLD.timesheet_id);
  IF s IS DISTINCT FROM 'draft' THEN
    RAISE EXCEPTION 'timesheet % is %, not a draft: its days are read-only', coalesce(NEW.timesheet_id, OLD.timesheet_id), s
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN coalesce(NEW, OLD);
END;
$$;
CREATE TRIGGER timesheet_days_read_only BEFORE INSERT OR UPDATE OR DELETE ON timesheet_days
  FOR EACH ROW EXECUTE FUNCTION timesheet_days_only_in_drafts();

-- Decisions on a timesheet version: the recipient's now; issue #5 adds the county's stage.
CREATE TABLE timesheet_decisions (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  timesheet_id  bigint NOT NULL REFERENCES timesheets (id),
  county_id     smallint NOT NULL REFERENCES counties (id),
  stage         text NOT NULL DEFAULT 'recipient' CHECK (stage IN ('recipient')),
  decision      text NOT NULL CHECK (decision IN ('approved', 'rejected')),
  reason        text CHECK (length(reason) <= 500),
  decided_by    bigint NOT NULL REFERENCES users (id),
  decided_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (timesheet_id, stage),
  CHECK (decision = 'approved' OR length(btrim(reason)) >= 3)
);

-- Paid sick leave claims (ACL 18-01): at least 1 hour, then 30-minute steps; the recipient confirms.
CREATE TABLE sick_leave_claims (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  case_id           bigint NOT NULL REFERENCES cases (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  leave_date        date NOT NULL,
  minutes           integer NOT NULL CHECK (minutes >= 60 AND (minutes - 60) % 30 = 0 AND minutes <= 40 * 60),
  start_time        time,
  notice_given_at   timestamptz,
  emergency         boolean NOT NULL DEFAULT false,
  idempotency_key   text NOT NULL UNIQUE CHECK (length(idempotency_key) BETWEEN 8 AND 100),
  status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'confirmed', 'rejected')),
  findings          jsonb NOT NULL DEFAULT '[]'::jsonb,
  requested_at      timestamptz NOT NULL DEFAULT now(),
  decided_by        bigint REFERENCES users (id),
  decided_at        timestamptz,
  reject_reason     text CHECK (length(reject_reason) <= 500),
  CHECK ((status = 'pending') = (decided_at IS NULL)),
  CHECK (status <> 'rejected' OR length(btrim(reject_reason)) >= 3)
);
CREATE INDEX sick_leave_claims_provider ON sick_leave_claims (provider_user_id, leave_date);
CREATE INDEX sick_leave_claims_case ON sick_leave_claims (case_id, status);

-- A provider's iCalendar feed: a secret URL, stored only as its hash, revocable.
CREATE TABLE calendar_feeds (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id  bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash        bytea NOT NULL UNIQUE,
  created_at        timestamptz NOT NULL DEFAULT now(),
  revoked_at        timestamptz
);
CREATE UNIQUE INDEX calendar_feeds_one_live ON calendar_feeds (provider_user_id) WHERE revoked_at IS NULL;

-- A change of email address waiting for the code sent to the new address (issue #4: confirmed by a code).
CREATE TABLE contact_changes (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id          bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('email')),
  new_value        text NOT NULL CHECK (length(new_value) <= 254),
  code_hash        bytea NOT NULL,
  code_attempts    smallint NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now(),
  expires_at       timestamptz NOT NULL,
  consumed_at      timestamptz
);
CREATE INDEX contact_changes_user ON contact_changes (user_id, created_at DESC);
