-- County console, messages and notifications (issue #6): provider enrolment, message threads with their
-- fan-out, notification preferences and in-app notifications, and the PostgreSQL job queue with the delivery
-- ledger that keeps an email or a text from being sent twice. County-owned tables carry county_id.

-- What the county recorded when it enrolled a provider. The account itself is the `users` row (role
-- provider, login_id = the Provider ID the portal issued); this is the enrolment record beside it.
-- The Provider ID is issued only once orientation and the background check are done (LA DPSS ESP page).
CREATE TABLE provider_enrolments (
  user_id                      bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  county_id                    smallint NOT NULL REFERENCES counties (id),
  orientation_completed_on     date NOT NULL,
  background_check_cleared_on  date NOT NULL,
  phone                        text CHECK (phone IS NULL OR phone ~ '^[0-9]{10}$'),
  mailing_street               text CHECK (length(mailing_street) BETWEEN 1 AND 200),
  mailing_unit                 text CHECK (length(mailing_unit) BETWEEN 1 AND 50),
  mailing_city                 text CHECK (length(mailing_city) BETWEEN 1 AND 100),
  mailing_state                text CHECK (mailing_state ~ '^[A-Z]{2}$'),
  mailing_zip                  text CHECK (mailing_zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
  enrolled_by                  bigint NOT NULL REFERENCES users (id),
  enrolled_at                  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX provider_enrolments_county ON provider_enrolments (county_id, enrolled_at DESC);

-- A conversation started by county staff. The audience is one provider, the providers of one recipient's
-- case, or every provider of the county; the fan-out rows below say who exactly received it.
CREATE TABLE message_threads (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  county_id         smallint NOT NULL REFERENCES counties (id),
  author_user_id    bigint NOT NULL REFERENCES users (id),
  audience          text NOT NULL CHECK (audience IN ('one', 'recipient_providers', 'county')),
  audience_user_id  bigint REFERENCES users (id),
  -- cases.id of issue #4; no foreign key so that the message tables do not depend on the workday schema.
  audience_case_id  bigint,
  subject           text NOT NULL CHECK (length(btrim(subject)) BETWEEN 1 AND 200),
  requires_ack      boolean NOT NULL DEFAULT false,
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK ((audience = 'one') = (audience_user_id IS NOT NULL)),
  CHECK ((audience = 'recipient_providers') = (audience_case_id IS NOT NULL))
);
CREATE INDEX message_threads_county ON message_threads (county_id, created_at DESC);

-- The posts of a thread, plain text. `participant_user_id` NULL: the opening post, seen by the whole audience.
-- Set: a reply between county staff and that one provider ("request for clarification"), seen by nobody else.
CREATE TABLE message_posts (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  thread_id            bigint NOT NULL REFERENCES message_threads (id) ON DELETE CASCADE,
  county_id            smallint NOT NULL REFERENCES counties (id),
  author_user_id       bigint NOT NULL REFERENCES users (id),
  participant_user_id  bigint REFERENCES users (id),
  body                 text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX message_posts_thread ON message_posts (thread_id, id);
CREATE UNIQUE INDEX message_posts_one_opening ON message_posts (thread_id) WHERE participant_user_id IS NULL;

-- One row per provider who received a thread: read and acknowledged state, and the unread flag for staff.
CREATE TABLE message_recipients (
  thread_id          bigint NOT NULL REFERENCES message_threads (id) ON DELETE CASCADE,
  user_id            bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  county_id          smallint NOT NULL REFERENCES counties (id),
  -- NULL while something in the thread is new to the provider; a staff reply sets it back to NULL.
  read_at            timestamptz,
  first_read_at      timestamptz,
  acknowledged_at    timestamptz,
  -- The provider's last reply that staff have not yet seen (a county-side "unread").
  reply_waiting_at   timestamptz,
  PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX message_recipients_user ON message_recipients (user_id, thread_id DESC);
CREATE INDEX message_recipients_user_unread ON message_recipients (user_id) WHERE read_at IS NULL;

-- Notification events. Security events (password_changed, contact_changed, account_created) cannot be
-- switched off: the CHECK below refuses a row that tries.
CREATE TABLE notification_preferences (
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  event       text NOT NULL CHECK (event IN (
                'timesheet_approved', 'timesheet_rejected', 'payment_issued', 'recipient_no_action',
                'violation_recorded', 'new_message', 'pay_period_ending',
                'password_changed', 'contact_changed', 'account_created')),
  channel     text NOT NULL CHECK (channel IN ('in_app', 'email', 'sms')),
  enabled     boolean NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, event, channel),
  CONSTRAINT security_events_stay_on CHECK (enabled OR event NOT IN ('password_changed', 'contact_changed', 'account_created'))
);

-- In-app notifications. `dedupe_key` names the event that caused it: the same event never notifies a person twice.
CREATE TABLE notifications (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  county_id   smallint REFERENCES counties (id),
  event       text NOT NULL,
  data        jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key  text NOT NULL CHECK (length(dedupe_key) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL DEFAULT now(),
  read_at     timestamptz,
  UNIQUE (dedupe_key, user_id)
);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL;

-- The job queue. At-least-once: a job is claimed with FOR UPDATE SKIP LOCKED under a lease (`locked_until`);
-- a worker that dies loses the lease and another takes the job over. A failure is retried after an
-- exponential backoff until `max_attempts`, then parked with `failed_at`. `dedupe_key` makes enqueuing
-- idempotent: the same event enqueued twice is one job.
CREATE TABLE jobs (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind          text NOT NULL CHECK (length(kind) BETWEEN 1 AND 100),
  payload       jsonb NOT NULL DEFAULT '{}'::jsonb,
  dedupe_key    text UNIQUE CHECK (length(dedupe_key) BETWEEN 1 AND 300),
  run_at        timestamptz NOT NULL DEFAULT now(),
  attempts      integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  max_attempts  integer NOT NULL DEFAULT 10 CHECK (max_attempts >= 1),
  last_error    text,
  locked_by     text,
  locked_until  timestamptz,
  done_at       timestamptz,
  failed_at     timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (done_at IS NULL OR failed_at IS NULL)
);
CREATE INDEX jobs_ready ON jobs (run_at, id) WHERE done_at IS NULL AND failed_at IS NULL;

-- The delivery ledger: one row per (event, person, channel). The worker locks this row for the whole send and
-- marks it `sent` in the same transaction that completes the job, so a retried or duplicated job finds it
-- sent and sends nothing. See src/jobs/README.md for the exactly-once argument and its one narrow window.
CREATE TABLE notification_deliveries (
  dedupe_key   text NOT NULL,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  channel      text NOT NULL CHECK (channel IN ('email', 'sms')),
  status       text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'skipped')),
  attempts     integer NOT NULL DEFAULT 0,
  message_id   text,
  detail       text,
  sent_at      timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (dedupe_key, user_id, channel),
  CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);

-- Texts kept in the database by the demo text sender (no SMS gateway in demo mode), readable at /dev/outbox.
ALTER TABLE mail_outbox ADD COLUMN channel text NOT NULL DEFAULT 'email' CHECK (channel IN ('email', 'sms'));
