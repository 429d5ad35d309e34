-- Foundation: counties and their policies, accounts, sessions, one-time codes, rate limits, audit, mail outbox.

CREATE TABLE counties (
  id                          smallint PRIMARY KEY CHECK (id BETWEEN 1 AND 58),
  fips                        char(5) NOT NULL UNIQUE,
  name                        text NOT NULL UNIQUE,
  slug                        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z][a-z-]*$'),
  help_phone                  text,
  help_email                  text,
  help_hours                  text,
  lockout_threshold           smallint NOT NULL DEFAULT 5 CHECK (lockout_threshold BETWEEN 3 AND 20),
  lockout_minutes             integer NOT NULL DEFAULT 1440 CHECK (lockout_minutes BETWEEN 5 AND 10080),
  idle_timeout_minutes        smallint NOT NULL DEFAULT 15 CHECK (idle_timeout_minutes BETWEEN 2 AND 60),
  absolute_timeout_minutes    integer NOT NULL DEFAULT 720 CHECK (absolute_timeout_minutes BETWEEN 30 AND 1440),
  security_questions_allowed  boolean NOT NULL DEFAULT true,
  languages                   text[] NOT NULL DEFAULT ARRAY['en', 'es'] CHECK (cardinality(languages) >= 1),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  role                text NOT NULL CHECK (role IN ('provider', 'recipient', 'county_worker', 'county_admin', 'state_admin')),
  -- Provider ID (9 digits), case number (7 digits) or staff username: the three never collide by shape.
  login_id            text NOT NULL UNIQUE,
  county_id           smallint REFERENCES counties (id),
  first_name          text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
  last_name           text NOT NULL CHECK (length(last_name) BETWEEN 1 AND 100),
  date_of_birth       date,
  -- HMAC-SHA256 of the last 4 digits with the server's data key: never the digits themselves.
  ssn_last4_hmac      bytea,
  email               text CHECK (email IS NULL OR length(email) <= 254),
  email_verified_at   timestamptz,
  password_hash       text,
  password_changed_at timestamptz,
  status              text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
  deactivated_reason  text,
  failed_attempts     smallint NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until        timestamptz,
  preferred_language  text NOT NULL DEFAULT 'en',
  created_at          timestamptz NOT NULL DEFAULT now(),
  CHECK (
    (role = 'provider'  AND login_id ~ '^[0-9]{9}$') OR
    (role = 'recipient' AND login_id ~ '^[0-9]{7}$') OR
    (role IN ('county_worker', 'county_admin', 'state_admin') AND login_id ~ '^[a-z][a-z0-9._-]{2,63}$')
  ),
  CHECK ((role = 'state_admin') = (county_id IS NULL))
);
CREATE INDEX users_county_role ON users (county_id, role);

CREATE TABLE security_answers (
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position     smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
  question_id  text NOT NULL,
  answer_hash  text NOT NULL,
  PRIMARY KEY (user_id, position),
  UNIQUE (user_id, question_id)
);

CREATE TABLE sessions (
  id_hash        bytea PRIMARY KEY,
  user_id        bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at     timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz NOT NULL DEFAULT now(),
  idle_minutes   smallint NOT NULL,
  expires_at     timestamptz NOT NULL,
  ip             inet,
  user_agent     text,
  ended_at       timestamptz,
  end_reason     text CHECK (end_reason IN ('sign_out', 'idle', 'expired', 'password_reset', 'deactivated'))
);
CREATE INDEX sessions_user_open ON sessions (user_id) WHERE ended_at IS NULL;

-- A multi-step flow (account set-up or password reset) held by a random token the browser keeps.
CREATE TABLE auth_flows (
  token_hash        bytea PRIMARY KEY,
  purpose           text NOT NULL CHECK (purpose IN ('setup', 'reset')),
  -- NULL for a reset asked for an unknown account: the flow then behaves like any other and never succeeds.
  user_id           bigint REFERENCES users (id) ON DELETE CASCADE,
  email             text,
  code_hash         bytea,
  code_expires_at   timestamptz,
  code_attempts     smallint NOT NULL DEFAULT 0,
  codes_sent        smallint NOT NULL DEFAULT 0,
  verified_at       timestamptz,
  verified_by       text CHECK (verified_by IN ('email_code', 'security_questions')),
  created_at        timestamptz NOT NULL DEFAULT now(),
  expires_at        timestamptz NOT NULL,
  consumed_at       timestamptz
);
CREATE INDEX auth_flows_user ON auth_flows (user_id);

CREATE TABLE rate_limit_hits (
  key           text NOT NULL,
  window_start  timestamptz NOT NULL,
  hits          integer NOT NULL,
  PRIMARY KEY (key, window_start)
);

-- The audit trail: append-only, partitioned by month so that old months can be archived whole.
CREATE TABLE audit_events (
  id              bigint GENERATED ALWAYS AS IDENTITY,
  occurred_at     timestamptz NOT NULL DEFAULT now(),
  actor_user_id   bigint,
  subject_user_id bigint,
  county_id       smallint,
  action          text NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  ip              inet,
  user_agent      text,
  details         jsonb NOT NULL DEFAULT '{}'::jsonb,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;
CREATE INDEX audit_events_subject ON audit_events (subject_user_id, occurred_at DESC);
CREATE INDEX audit_events_county ON audit_events (county_id, occurred_at DESC);

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

-- Creates the monthly partitions from this month to `months_ahead` months on; run at start-up.
CREATE FUNCTION ensure_audit_partitions(months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', now() AT TIME ZONE 'UTC')::date;
  name text;
BEGIN
  FOR i IN 0..months_ahead LOOP
    name := format('audit_events_%s', to_char(m, 'YYYY_MM'));
    IF to_regclass(name) IS NULL THEN
      EXECUTE format(
        'CREATE TABLE %I PARTITION OF audit_events FOR VALUES FROM (%L) TO (%L)',
        name, (m::timestamp AT TIME ZONE 'UTC'), ((m + interval '1 month')::timestamp AT TIME ZONE 'UTC'));
    END IF;
    m := (m + interval '1 month')::date;
  END LOOP;
END;
$$;

-- Mail kept in the database when no SMTP server is configured (demo mode), so a developer can read it.
CREATE TABLE mail_outbox (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now(),
  to_address  text NOT NULL,
  subject     text NOT NULL,
  body_text   text NOT NULL
);

CREATE TABLE app_meta (
  key    text PRIMARY KEY,
  value  jsonb NOT NULL
);
