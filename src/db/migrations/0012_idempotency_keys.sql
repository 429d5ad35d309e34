-- Idempotency keys (IETF httpapi "The Idempotency-Key HTTP Header Field", draft-ietf-httpapi-idempotency-key-header):
-- a retried write with the same key gets the first outcome, a key reused for another request is refused.
-- One row per (person, key): a key belongs to the person who made it, so another person's key is never seen.
-- The row is written in the same transaction as the work it guards, so a crash leaves both or neither.
CREATE TABLE idempotency_keys (
  user_id      bigint NOT NULL REFERENCES users (id),
  key          text NOT NULL CHECK (length(key) BETWEEN 8 AND 100),
  operation    text NOT NULL CHECK (length(operation) BETWEEN 1 AND 100),
  -- SHA-256 (hex) of the operation and the request without its key: what "the same request" means.
  fingerprint  text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
  outcome      jsonb NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT portal_now(),
  PRIMARY KEY (user_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- The keys that the records themselves carry were unique across everyone: a second person's key that happened to
-- match answered with the first person's refusal. They are unique per person now, like idempotency_keys.
ALTER TABLE timesheets DROP CONSTRAINT timesheets_submission_key_key;
CREATE UNIQUE INDEX timesheets_submission_key ON timesheets (provider_user_id, submission_key) WHERE submission_key IS NOT NULL;
ALTER TABLE sick_leave_claims DROP CONSTRAINT sick_leave_claims_idempotency_key_key;
CREATE UNIQUE INDEX sick_leave_claims_idempotency_key ON sick_leave_claims (provider_user_id, idempotency_key);
