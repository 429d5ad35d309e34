-- Failed sign-ins are counted per attempted ID, whether or not an account has that ID (issue #10): an unknown ID
-- is locked after the same number of failures, for the same time, with the same answer as a real one, so the
-- lockout no longer tells which Provider IDs, case numbers or staff usernames exist. The ID is kept only as an
-- HMAC under the server's data key, so the table is not a list of the IDs people typed.
CREATE TABLE sign_in_failures (
  login_key        bytea PRIMARY KEY CHECK (octet_length(login_key) = 32),
  -- Consecutive failures since the last success or lock; forgotten a day after the last one (accounts/store.ts).
  failed_attempts  smallint NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
  locked_until     timestamptz,
  last_failed_at   timestamptz
);
CREATE INDEX sign_in_failures_last_failed ON sign_in_failures (last_failed_at);

-- The count and the lock lived on the account, so only real IDs could lock. Locks in force when this runs are
-- lifted: the key needs the data key, which the database does not hold.
ALTER TABLE users DROP COLUMN failed_attempts, DROP COLUMN locked_until;
