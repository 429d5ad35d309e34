-- Every tap a phone made (issue #10). The server is the record of each check-in and check-out as the phone sent
-- it, kept for good; the visits (evv_records) are derived from the taps in the order they were tapped, not in the
-- order they arrived, so a tap queued offline and sent after later visits is never refused and never lost.
CREATE TABLE evv_taps (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  case_id           bigint NOT NULL REFERENCES cases (id),
  county_id         smallint NOT NULL REFERENCES counties (id),
  kind              text NOT NULL CHECK (kind IN ('in', 'out')),
  -- The phone's key for the tap. Byte order ("C"), so that taps made at the same instant sort the same way in SQL
  -- and in the code that pairs them.
  key               text COLLATE "C" NOT NULL CHECK (length(key) BETWEEN 8 AND 100),
  tapped_at         timestamptz NOT NULL,
  received_at       timestamptz NOT NULL,
  -- Where the visit is, as chosen at check-in; a check-out follows its visit.
  location_type     text CHECK (location_type IN ('home', 'community')),
  location_status   text CHECK (location_status IN ('captured', 'refused', 'unavailable', 'not_required')),
  latitude          double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude         double precision CHECK (longitude BETWEEN -180 AND 180),
  accuracy_m        real CHECK (accuracy_m >= 0),
  far_from_home     boolean NOT NULL DEFAULT false,
  capture_method    text NOT NULL CHECK (capture_method IN ('web', 'phone')),
  -- A key belongs to the person who made it (like idempotency_keys).
  UNIQUE (provider_user_id, key),
  CHECK ((kind = 'in') = (location_type IS NOT NULL)),
  CHECK (kind = 'out' OR location_status IS NOT NULL),
  -- Coordinates only for a "home" visit (UDW; CDSS EVV help).
  CHECK (location_type IS DISTINCT FROM 'community' OR (location_status = 'not_required' AND latitude IS NULL AND longitude IS NULL)),
  CHECK (coalesce(location_status = 'captured', false) = (latitude IS NOT NULL AND longitude IS NOT NULL))
);
CREATE INDEX evv_taps_sequence ON evv_taps (provider_user_id, case_id, tapped_at, kind, key);

CREATE FUNCTION evv_taps_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'evv_taps is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER evv_taps_no_update BEFORE UPDATE OR DELETE ON evv_taps
  FOR EACH ROW EXECUTE FUNCTION evv_taps_append_only();
CREATE TRIGGER evv_taps_no_truncate BEFORE TRUNCATE ON evv_taps
  FOR EACH STATEMENT EXECUTE FUNCTION evv_taps_append_only();

-- A visit is now the taps it was made from plus what the provider said of it: a correction of its times (kept apart
-- from the taps' times, so the visit can be derived from its taps again without losing it) or "this was not a
-- visit" (discarded: the taps stay).
ALTER TABLE evv_records
  ADD COLUMN corrected_check_in_at  timestamptz,
  ADD COLUMN corrected_check_out_at timestamptz,
  -- A check-in followed by another check-in of the same case before any check-out: it will never be closed by a tap.
  ADD COLUMN left_open              boolean NOT NULL DEFAULT false,
  ADD COLUMN discarded_at           timestamptz,
  ADD COLUMN discarded_by           bigint REFERENCES users (id),
  ADD COLUMN discard_reason         text CHECK (length(discard_reason) BETWEEN 3 AND 500),
  ADD CHECK ((discarded_at IS NULL) = (discarded_by IS NULL) AND (discarded_at IS NULL) = (discard_reason IS NULL)),
  ADD CHECK ((corrected_check_in_at IS NULL AND corrected_check_out_at IS NULL) OR edited_at IS NOT NULL),
  ADD CHECK (NOT left_open OR (check_in_key IS NOT NULL AND check_out_key IS NULL));

-- The taps of the visits recorded so far. A corrected time replaced its tap's time in the row: the tap's own time
-- is the "before" of the visit's first correction in the audit trail.
WITH first_edit AS (
  SELECT DISTINCT ON (record_id) record_id, before
  FROM (
    SELECT (details ->> 'recordId')::bigint AS record_id, details -> 'before' AS before, occurred_at, id
    FROM audit_events
    WHERE action = 'evv.corrected'
  ) e
  ORDER BY record_id, occurred_at, id
),
tapped AS (
  SELECT r.*,
         CASE WHEN r.check_in_key IS NOT NULL THEN coalesce((f.before ->> 'checkInAt')::timestamptz, r.check_in_at) END AS tap_in,
         CASE WHEN r.check_out_key IS NOT NULL THEN coalesce((f.before ->> 'checkOutAt')::timestamptz, r.check_out_at) END AS tap_out
  FROM evv_records r
  LEFT JOIN first_edit f ON f.record_id = r.id
),
taps_in AS (
  INSERT INTO evv_taps (provider_user_id, case_id, county_id, kind, key, tapped_at, received_at, location_type, location_status,
                        latitude, longitude, accuracy_m, far_from_home, capture_method)
  SELECT provider_user_id, case_id, county_id, 'in', check_in_key, tap_in, coalesce(check_in_received_at, created_at), location_type,
         location_status, check_in_latitude, check_in_longitude, check_in_accuracy_m, far_from_home, capture_method
  FROM tapped
  WHERE tap_in IS NOT NULL
),
taps_out AS (
  INSERT INTO evv_taps (provider_user_id, case_id, county_id, kind, key, tapped_at, received_at, location_status,
                        latitude, longitude, accuracy_m, capture_method)
  SELECT provider_user_id, case_id, county_id, 'out', check_out_key, tap_out, coalesce(check_out_received_at, created_at),
         check_out_location_status, check_out_latitude, check_out_longitude, check_out_accuracy_m, capture_method
  FROM tapped
  WHERE tap_out IS NOT NULL
)
UPDATE evv_records r
SET corrected_check_in_at = CASE WHEN r.check_in_at IS DISTINCT FROM t.tap_in THEN r.check_in_at END,
    corrected_check_out_at = CASE WHEN r.check_out_at IS DISTINCT FROM t.tap_out THEN r.check_out_at END
FROM tapped t
WHERE t.id = r.id AND r.edited_at IS NOT NULL;

-- Visits may overlap now: a tap is never refused for it. An overlap is shown to the provider to fix instead, found
-- through this range: a closed visit its times, an open check-in from its time on, anything else (a check-out alone,
-- a check-in left open, a discarded visit) nothing.
ALTER TABLE evv_records DROP CONSTRAINT evv_records_no_overlap;
ALTER TABLE evv_records
  ADD COLUMN visit_range tstzrange GENERATED ALWAYS AS (
    CASE
      WHEN discarded_at IS NOT NULL OR check_in_at IS NULL THEN 'empty'::tstzrange
      WHEN check_out_at IS NOT NULL THEN tstzrange(check_in_at, check_out_at)
      WHEN left_open THEN 'empty'::tstzrange
      ELSE tstzrange(check_in_at, NULL)
    END
  ) STORED;
CREATE INDEX evv_records_visit_range ON evv_records USING gist (provider_user_id, visit_range);

-- Keys were unique across everyone; a visit's tap keys are unique per provider, like the taps'. Deferred: when a late
-- tap changes which taps make up two visits, a key moves from one to the other within the transaction.
ALTER TABLE evv_records DROP CONSTRAINT evv_records_check_in_key_key, DROP CONSTRAINT evv_records_check_out_key_key;
ALTER TABLE evv_records
  ADD CONSTRAINT evv_records_check_in_key UNIQUE (provider_user_id, check_in_key) DEFERRABLE INITIALLY DEFERRED,
  ADD CONSTRAINT evv_records_check_out_key UNIQUE (provider_user_id, check_out_key) DEFERRABLE INITIALLY DEFERRED;
