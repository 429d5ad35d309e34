-- Issue #5: from submitted to paid. The county's states of a timesheet, one row per state change (the claim's
-- timeline), the county's review items (hold, escalation), violations, pay runs and payments.

-- A timesheet's states. `submitted` is "awaiting the recipient"; `approved_by_recipient` is passed through
-- on the way to `in_county_review` or `approved` (both recorded as events). The allowed moves and who may make
-- them are src/server/features/claims/state-machine.ts.
ALTER TABLE timesheets DROP CONSTRAINT timesheets_status_check;
ALTER TABLE timesheets ADD CONSTRAINT timesheets_status_check
  CHECK (status IN ('draft', 'submitted', 'approved_by_recipient', 'rejected_by_recipient', 'in_county_review',
                    'approved', 'denied', 'payment_issued', 'paid', 'superseded'));

-- Each change of a timesheet's state: who (null = the system), when and why. Append-only.
CREATE TABLE timesheet_events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  timesheet_id   bigint NOT NULL REFERENCES timesheets (id),
  county_id      smallint NOT NULL REFERENCES counties (id),
  action         text NOT NULL CHECK (length(action) BETWEEN 1 AND 40),
  from_status    text,
  to_status      text NOT NULL,
  actor_user_id  bigint REFERENCES users (id),
  actor_kind     text NOT NULL CHECK (actor_kind IN ('provider', 'recipient', 'county', 'system')),
  reason_codes   text[] NOT NULL DEFAULT '{}',
  note           text CHECK (length(note) <= 2000),
  at             timestamptz NOT NULL DEFAULT now(),
  CHECK ((actor_kind = 'system') = (actor_user_id IS NULL))
);
CREATE INDEX timesheet_events_timesheet ON timesheet_events (timesheet_id, id);
CREATE INDEX timesheet_events_county_at ON timesheet_events (county_id, at);

CREATE FUNCTION timesheet_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'timesheet_events is append-only' USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER timesheet_events_no_change BEFORE UPDATE OR DELETE ON timesheet_events
  FOR EACH ROW EXECUTE FUNCTION timesheet_events_append_only();

-- A timesheet version in the county's payroll queue. `escalate_at` is one business day (California time,
-- weekends skipped; state holidays not yet) after it entered or was last touched; past it, the item shows in
-- the supervisor's view.
CREATE TABLE county_review_items (
  timesheet_id      bigint PRIMARY KEY REFERENCES timesheets (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  reason_codes      text[] NOT NULL DEFAULT '{}',
  entered_at        timestamptz NOT NULL DEFAULT now(),
  touched_at        timestamptz NOT NULL DEFAULT now(),
  escalate_at       timestamptz NOT NULL,
  on_hold           boolean NOT NULL DEFAULT false,
  hold_note         text CHECK (length(hold_note) <= 2000),
  held_by           bigint REFERENCES users (id),
  resolved_at       timestamptz,
  resolution        text CHECK (resolution IN ('approved', 'denied', 'superseded')),
  CHECK ((resolved_at IS NULL) = (resolution IS NULL)),
  CHECK (NOT on_hold OR length(btrim(hold_note)) >= 3)
);
CREATE INDEX county_review_open ON county_review_items (county_id, entered_at) WHERE resolved_at IS NULL;
CREATE INDEX county_review_escalated ON county_review_items (county_id, escalate_at) WHERE resolved_at IS NULL;

-- Violations (ACL 16-36), decided by src/domain/violations.ts: at most one per provider and calendar month
-- (a rescinded one - training done, or overturned on dispute - does not count).
CREATE TABLE violations (
  id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id       bigint NOT NULL REFERENCES users (id),
  county_id              smallint NOT NULL REFERENCES counties (id),
  timesheet_id           bigint NOT NULL UNIQUE REFERENCES timesheets (id),
  month                  date NOT NULL CHECK (extract(day FROM month) = 1),
  occurred_on            date NOT NULL,
  finding_codes          text[] NOT NULL,
  number                 smallint NOT NULL CHECK (number BETWEEN 1 AND 4),
  consequence            text NOT NULL CHECK (consequence IN ('notice', 'notice-and-training-offer', 'suspension-90-days', 'ineligible-365-days')),
  notice_date            date NOT NULL,
  dispute_deadline       date NOT NULL,
  dispute_state          text NOT NULL DEFAULT 'none' CHECK (dispute_state IN ('none', 'disputed', 'upheld', 'overturned')),
  dispute_text           text CHECK (length(dispute_text) <= 2000),
  disputed_at            timestamptz,
  dispute_response_due   date,
  dispute_decided_by     bigint REFERENCES users (id),
  dispute_decided_at     timestamptz,
  dispute_decision_note  text CHECK (length(dispute_decision_note) <= 2000),
  training_deadline      date,
  training_completed_on  date,
  rescinded              boolean NOT NULL DEFAULT false,
  suspension_start       date,
  suspension_end         date,
  created_at             timestamptz NOT NULL DEFAULT now(),
  CHECK ((suspension_start IS NULL) = (suspension_end IS NULL)),
  CHECK ((dispute_state = 'none') = (disputed_at IS NULL))
);
CREATE UNIQUE INDEX violations_one_a_month ON violations (provider_user_id, month) WHERE NOT rescinded;
CREATE INDEX violations_county ON violations (county_id, created_at);

-- Pay runs and payments. A payment is keyed by the timesheet version it pays (UNIQUE), and a provider's pay
-- period for a recipient is paid once: a run stopped half-way and started again pays only what is left.
CREATE TABLE pay_runs (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_id      smallint REFERENCES counties (id),
  issue_date     date NOT NULL,
  started_by     bigint REFERENCES users (id),
  started_at     timestamptz NOT NULL DEFAULT now(),
  finished_at    timestamptz,
  payments       integer NOT NULL DEFAULT 0,
  total_cents    bigint NOT NULL DEFAULT 0
);

CREATE TABLE payments (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  payment_number     text NOT NULL UNIQUE CHECK (payment_number ~ '^P[0-9]{4}-[0-9]{8,}$'),
  timesheet_id       bigint NOT NULL UNIQUE REFERENCES timesheets (id),
  provider_user_id   bigint NOT NULL REFERENCES users (id),
  case_id            bigint NOT NULL REFERENCES cases (id),
  county_id          smallint NOT NULL REFERENCES counties (id),
  pay_run_id         bigint REFERENCES pay_runs (id),
  pay_period_start   date NOT NULL,
  pay_period_end     date NOT NULL,
  issue_date         date NOT NULL,
  rate_cents         integer NOT NULL CHECK (rate_cents >= 0),
  regular_minutes    integer NOT NULL CHECK (regular_minutes >= 0),
  overtime_minutes   integer NOT NULL CHECK (overtime_minutes >= 0),
  travel_minutes     integer NOT NULL CHECK (travel_minutes >= 0),
  sick_minutes       integer NOT NULL CHECK (sick_minutes >= 0),
  regular_cents      integer NOT NULL CHECK (regular_cents >= 0),
  overtime_cents     integer NOT NULL CHECK (overtime_cents >= 0),
  travel_cents       integer NOT NULL CHECK (travel_cents >= 0),
  sick_cents         integer NOT NULL CHECK (sick_cents >= 0),
  gross_cents        integer NOT NULL CHECK (gross_cents = regular_cents + overtime_cents + travel_cents + sick_cents),
  status             text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'paid')),
  paid_at            timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (provider_user_id, case_id, pay_period_start),
  CHECK ((status = 'paid') = (paid_at IS NOT NULL))
);
CREATE INDEX payments_provider_issue ON payments (provider_user_id, issue_date);
CREATE INDEX payments_county_issue ON payments (county_id, issue_date);
CREATE SEQUENCE payment_number_seq;
