-- Second factors, account safety and devices (issue #14). NIST SP 800-63B rev 4 asks for AAL2 (a second factor, with
-- a phishing-resistant option offered) where personal data is shown online; login.gov offers passkeys, authenticator
-- apps, backup codes and text codes, and so does the portal.

-- Passkeys (WebAuthn): several per account, each named by its owner.
CREATE TABLE passkeys (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  -- The authenticator's credential ID: unique across the portal, as the passkey sign-in finds the account by it.
  credential_id   bytea NOT NULL UNIQUE CHECK (octet_length(credential_id) BETWEEN 16 AND 1023),
  public_key      bytea NOT NULL,
  sign_count      bigint NOT NULL DEFAULT 0 CHECK (sign_count >= 0),
  transports      text[] NOT NULL DEFAULT '{}',
  name            text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
  created_at      timestamptz NOT NULL DEFAULT portal_now(),
  last_used_at    timestamptz
);
CREATE INDEX passkeys_user ON passkeys (user_id);

-- An authenticator app (TOTP, RFC 6238): one per account. The key is encrypted with the data key; `last_step` is the
-- last time step accepted, so no code (and no earlier one) is accepted twice.
CREATE TABLE totp_factors (
  user_id         bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  secret_enc      bytea NOT NULL,
  confirmed_at    timestamptz,
  last_step       bigint,
  created_at      timestamptz NOT NULL DEFAULT portal_now()
);

-- Ten single-use recovery codes per set, stored as HMACs; a new set replaces the old one whole.
CREATE TABLE recovery_codes (
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  code_hash       bytea NOT NULL CHECK (octet_length(code_hash) = 32),
  used_at         timestamptz,
  created_at      timestamptz NOT NULL DEFAULT portal_now(),
  PRIMARY KEY (user_id, code_hash)
);

-- Text-message codes to a verified phone: the weakest factor (NIST SP 800-63B rev 4, 3.1.3.3 "restricted").
CREATE TABLE sms_factors (
  user_id         bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  phone           text NOT NULL CHECK (phone ~ '^[0-9]{10}$'),
  verified_at     timestamptz,
  created_at      timestamptz NOT NULL DEFAULT portal_now()
);

-- A code sent by text (to sign in, or to verify a new phone) and a passkey ceremony's challenge: short-lived, tried at
-- most five times, used once.
CREATE TABLE factor_challenges (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  -- NULL for the passkey sign-in, which starts before anyone is known.
  user_id         bigint REFERENCES users (id) ON DELETE CASCADE,
  purpose         text NOT NULL CHECK (purpose IN ('sms_sign_in', 'sms_verify', 'passkey_register', 'passkey_sign_in', 'passkey_verify')),
  -- An HMAC of the code sent, or the WebAuthn challenge itself (random, not secret once sent).
  secret          bytea NOT NULL,
  phone           text CHECK (phone IS NULL OR phone ~ '^[0-9]{10}$'),
  attempts        smallint NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at      timestamptz NOT NULL DEFAULT portal_now(),
  expires_at      timestamptz NOT NULL,
  consumed_at     timestamptz
);
CREATE INDEX factor_challenges_user ON factor_challenges (user_id, purpose);

ALTER TABLE users
  -- The factor the person used last: asked for first at the next sign-in.
  ADD COLUMN last_factor text CHECK (last_factor IN ('passkey', 'totp', 'sms', 'recovery_code')),
  -- Providers and recipients may skip the invitation to add a factor; it comes back 30 days later.
  ADD COLUMN factor_invite_after timestamptz;

-- A county admin can require a second factor of everyone in the county (off by default; staff always need one).
ALTER TABLE counties ADD COLUMN require_second_factor boolean NOT NULL DEFAULT false;

-- A session starts at the password. It is `pending` until the second factor is given (only the second-factor routes
-- answer it), `enrol` when the account must add a factor before anything else (staff, or a county that requires one).
-- `authenticated_at` is the last time the person proved who they are (password or factor), for re-authentication
-- before a change of email, phone, password or factors. `device_id` joins the sessions of one browser.
ALTER TABLE sessions
  ADD COLUMN stage text NOT NULL DEFAULT 'full' CHECK (stage IN ('pending', 'enrol', 'full')),
  ADD COLUMN authenticated_at timestamptz NOT NULL DEFAULT portal_now(),
  ADD COLUMN factor text CHECK (factor IN ('passkey', 'totp', 'sms', 'recovery_code')),
  ADD COLUMN device_id bigint;
ALTER TABLE sessions DROP CONSTRAINT sessions_end_reason_check;
ALTER TABLE sessions ADD CONSTRAINT sessions_end_reason_check
  CHECK (end_reason IN ('sign_out', 'idle', 'expired', 'password_reset', 'deactivated', 'signed_out_elsewhere', 'factor_reset'));

-- Browsers an account has signed in from, known by a long-lived random cookie (only its hash is kept): a sign-in from
-- one not seen before sends a notice.
CREATE TABLE known_devices (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id         bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  token_hash      bytea NOT NULL CHECK (octet_length(token_hash) = 32),
  first_seen_at   timestamptz NOT NULL DEFAULT portal_now(),
  last_seen_at    timestamptz NOT NULL DEFAULT portal_now(),
  UNIQUE (user_id, token_hash)
);
ALTER TABLE sessions ADD CONSTRAINT sessions_device_fk FOREIGN KEY (device_id) REFERENCES known_devices (id) ON DELETE SET NULL;

-- The security notices of second factors and devices; security events cannot be switched off, but each has its row.
ALTER TABLE notification_preferences DROP CONSTRAINT notification_preferences_event_check;
ALTER TABLE notification_preferences ADD CONSTRAINT notification_preferences_event_check CHECK (event IN (
  'timesheet_approved', 'timesheet_rejected', 'payment_issued', 'payment_paid', 'payment_returned', 'recipient_no_action',
  'violation_recorded', 'new_message', 'pay_period_ending', 'password_changed', 'contact_changed', 'account_created',
  'second_factor_changed', 'recovery_code_used', 'second_factor_reset', 'new_device_sign_in'
));
