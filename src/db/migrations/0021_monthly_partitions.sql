-- The tables that grow with every working day, partitioned by month like the audit trail (issue #16): EVV taps by
-- when they were tapped, visits by when they began, timesheet days by the day worked, notifications by when they were
-- made. A month's rows sit together, the queries of a day or a pay period read only their months, and an old month can
-- be archived whole. Each partition has its parent's indexes; the DEFAULT partition takes a row of a month without
-- its own (never needed while the months ahead are made at start-up).
--
-- PostgreSQL cannot keep a unique key on a partitioned table unless it holds the partition key, so the keys that were
-- unique across a table's months are kept another way, each said where it is made below.

-- Every monthly-partitioned table of the schema (range-partitioned on one date or timestamptz), its partitions for the
-- months from `first_month` to `last_month`, named <table>_YYYY_MM. A timestamptz month runs from midnight UTC, as
-- the audit trail's always did. A month whose rows already sit in the DEFAULT partition (the server ran past its
-- months ahead) is left there with a warning rather than stopping the start: they are still read, without pruning.
CREATE FUNCTION ensure_monthly_partitions(first_month date, last_month date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
  m date;
  name text;
BEGIN
  FOR t IN
    SELECT c.relname
      FROM pg_partitioned_table p
      JOIN pg_class c ON c.oid = p.partrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_opclass o ON o.oid = p.partclass[0]
     WHERE n.nspname = current_schema() AND p.partstrat = 'r' AND p.partnatts = 1
       AND o.opcintype IN ('date'::regtype, 'timestamptz'::regtype)
     ORDER BY 1
  LOOP
    m := date_trunc('month', first_month)::date;
    WHILE m <= last_month LOOP
      name := format('%s_%s', t.relname, to_char(m, 'YYYY_MM'));
      IF to_regclass(name) IS NULL THEN
        BEGIN
          -- One literal serves both key types: a date reads its day, a timestamptz the UTC midnight.
          EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                         name, t.relname, to_char(m, 'YYYY-MM-DD 00:00:00+00'), to_char((m + interval '1 month')::date, 'YYYY-MM-DD 00:00:00+00'));
        EXCEPTION WHEN check_violation THEN
          RAISE WARNING '%: rows of % are in the default partition; left there', t.relname, to_char(m, 'YYYY-MM');
        END;
      END IF;
      m := (m + interval '1 month')::date;
    END LOOP;
  END LOOP;
END;
$$;

-- Run at start-up (src/db/partitions.ts): the portal's last month, for a California day still in it when UTC has
-- moved on, to `months_ahead` months after this one.
CREATE FUNCTION ensure_monthly_partitions(months_ahead integer) RETURNS void LANGUAGE sql AS $$
  SELECT ensure_monthly_partitions(
    (date_trunc('month', portal_now() AT TIME ZONE 'UTC') - interval '1 month')::date,
    (date_trunc('month', portal_now() AT TIME ZONE 'UTC') + make_interval(months => months_ahead))::date)
$$;

DROP FUNCTION ensure_audit_partitions(integer);

-- Moves a table into a partitioned one of the same name and columns (defaults, NOT NULLs, CHECKs, identity, generated
-- columns), with the months of its rows and the months ahead, keeping every row and its id; the identity goes on
-- from the old table's largest id. The rest (keys, indexes, foreign keys, triggers) each table gets below.
CREATE FUNCTION pg_temp.partition_by_month(tbl text, partition_key text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  old text := tbl || '_unpartitioned';
  cols text;
  first_at timestamptz;
  ident text;
  seq text;
BEGIN
  EXECUTE format('ALTER TABLE %I RENAME TO %I', tbl, old);
  EXECUTE format('CREATE TABLE %I (LIKE %I INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING IDENTITY INCLUDING GENERATED) PARTITION BY RANGE (%s)',
                 tbl, old, partition_key);
  EXECUTE format('CREATE TABLE %I PARTITION OF %I DEFAULT', tbl || '_default', tbl);
  EXECUTE format('SELECT min(%s) FROM %I', partition_key, old) INTO first_at;
  PERFORM ensure_monthly_partitions(coalesce(first_at, portal_now())::date, (portal_now() + interval '2 months')::date);
  SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO cols
    FROM pg_attribute WHERE attrelid = old::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '';
  EXECUTE format('INSERT INTO %I (%s) OVERRIDING SYSTEM VALUE SELECT %s FROM %I', tbl, cols, cols, old);
  SELECT attname INTO ident FROM pg_attribute WHERE attrelid = old::regclass AND attidentity <> '';
  EXECUTE format('DROP TABLE %I', old);
  IF ident IS NOT NULL THEN
    seq := pg_get_serial_sequence(tbl, ident);
    EXECUTE format('ALTER SEQUENCE %s RENAME TO %I', seq, format('%s_%s_seq', tbl, ident));
    seq := pg_get_serial_sequence(tbl, ident);
    EXECUTE format('SELECT setval(%L, coalesce((SELECT max(%I) FROM %I), 0) + 1, false)', seq, ident, tbl);
  END IF;
END;
$$;

-- --- EVV taps, by the instant tapped ----------------------------------------------------------------------------
-- A tap's key was unique per provider across all taps: evv_tap_keys now holds each key once, written by the tap's
-- own insert (so COPY and every writer pass through it), and a second tap with a key already used fails as before.
-- It also says in which month a key's tap lies.
SELECT pg_temp.partition_by_month('evv_taps', 'tapped_at');
ALTER TABLE evv_taps
  ADD PRIMARY KEY (id, tapped_at),
  ADD FOREIGN KEY (provider_user_id) REFERENCES users (id),
  ADD FOREIGN KEY (case_id) REFERENCES cases (id),
  ADD FOREIGN KEY (county_id) REFERENCES counties (id);
CREATE INDEX evv_taps_sequence ON evv_taps (provider_user_id, case_id, tapped_at, kind, key);
CREATE TRIGGER evv_taps_no_update BEFORE UPDATE OR DELETE ON evv_taps
  FOR EACH ROW EXECUTE FUNCTION evv_taps_append_only();
CREATE TRIGGER evv_taps_no_truncate BEFORE TRUNCATE ON evv_taps
  FOR EACH STATEMENT EXECUTE FUNCTION evv_taps_append_only();

CREATE TABLE evv_tap_keys (
  provider_user_id  bigint NOT NULL REFERENCES users (id),
  key               text COLLATE "C" NOT NULL,
  county_id         smallint NOT NULL REFERENCES counties (id),
  tapped_at         timestamptz NOT NULL,
  PRIMARY KEY (provider_user_id, key)
);
INSERT INTO evv_tap_keys (provider_user_id, key, county_id, tapped_at) SELECT provider_user_id, key, county_id, tapped_at FROM evv_taps;

CREATE FUNCTION evv_taps_key_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO evv_tap_keys (provider_user_id, key, county_id, tapped_at) VALUES (NEW.provider_user_id, NEW.key, NEW.county_id, NEW.tapped_at);
  RETURN NEW;
END;
$$;
CREATE TRIGGER evv_taps_key_once BEFORE INSERT ON evv_taps
  FOR EACH ROW EXECUTE FUNCTION evv_taps_key_once();
CREATE TRIGGER evv_tap_keys_no_update BEFORE UPDATE OR DELETE ON evv_tap_keys
  FOR EACH ROW EXECUTE FUNCTION evv_taps_append_only();

-- --- Visits, by when they began: the check-in, or a lone check-out -------------------------------------------------
-- The expression the visit lists have always filtered and sorted on, so a list of days reads only their months. A
-- key cannot hold an expression, so the id stays unique by its identity alone (as audit_events' did: its key held
-- the month too), and a tap key's one visit per provider is checked when the transaction commits, as the deferred
-- unique keys did: every writer of a provider's visits holds the provider's lock (evv/store.ts lockProvider), so no
-- two transactions check the same keys at once.
SELECT pg_temp.partition_by_month('evv_records', '(coalesce(check_in_at, check_out_at))');
ALTER TABLE evv_records
  ADD FOREIGN KEY (provider_user_id) REFERENCES users (id),
  ADD FOREIGN KEY (case_id) REFERENCES cases (id),
  ADD FOREIGN KEY (county_id) REFERENCES counties (id),
  ADD FOREIGN KEY (edited_by) REFERENCES users (id),
  ADD FOREIGN KEY (discarded_by) REFERENCES users (id);
CREATE INDEX evv_records_id ON evv_records (id);
CREATE INDEX evv_records_check_in_key ON evv_records (provider_user_id, check_in_key);
CREATE INDEX evv_records_check_out_key ON evv_records (provider_user_id, check_out_key);
CREATE INDEX evv_records_provider_time ON evv_records (provider_user_id, coalesce(check_in_at, check_out_at));
CREATE INDEX evv_records_case_time ON evv_records (case_id, coalesce(check_in_at, check_out_at));
CREATE INDEX evv_records_visit_range ON evv_records USING gist (provider_user_id, visit_range);

CREATE FUNCTION evv_records_keys_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.check_in_key IS NOT NULL
     AND (SELECT count(*) FROM evv_records WHERE provider_user_id = NEW.provider_user_id AND check_in_key = NEW.check_in_key) > 1 THEN
    RAISE EXCEPTION 'check-in tap % of provider % is in two visits', NEW.check_in_key, NEW.provider_user_id
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'evv_records_check_in_key';
  END IF;
  IF NEW.check_out_key IS NOT NULL
     AND (SELECT count(*) FROM evv_records WHERE provider_user_id = NEW.provider_user_id AND check_out_key = NEW.check_out_key) > 1 THEN
    RAISE EXCEPTION 'check-out tap % of provider % is in two visits', NEW.check_out_key, NEW.provider_user_id
      USING ERRCODE = 'unique_violation', CONSTRAINT = 'evv_records_check_out_key';
  END IF;
  RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER evv_records_keys_once AFTER INSERT OR UPDATE OF check_in_key, check_out_key ON evv_records
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION evv_records_keys_once();

-- --- Timesheet days, by the day worked ------------------------------------------------------------------------------
-- Their key (timesheet, day) already holds the day. The foreign key to the timesheet and the trigger that keeps a
-- submitted timesheet's days read-only are the parent's, so every month's partition has them.
SELECT pg_temp.partition_by_month('timesheet_days', 'work_date');
ALTER TABLE timesheet_days
  ADD PRIMARY KEY (timesheet_id, work_date),
  ADD FOREIGN KEY (timesheet_id) REFERENCES timesheets (id) ON DELETE CASCADE,
  ADD FOREIGN KEY (county_id) REFERENCES counties (id);
CREATE TRIGGER timesheet_days_read_only BEFORE INSERT OR UPDATE OR DELETE ON timesheet_days
  FOR EACH ROW EXECUTE FUNCTION timesheet_days_only_in_drafts();

-- --- Notifications, by when they were made --------------------------------------------------------------------------
-- "The same event never notifies a person twice" was UNIQUE (dedupe_key, user_id) with ON CONFLICT DO NOTHING:
-- notification_keys holds each (person, event) once, and a notification whose key is already there is not written,
-- whoever inserts it.
SELECT pg_temp.partition_by_month('notifications', 'created_at');
ALTER TABLE notifications
  ADD PRIMARY KEY (id, created_at),
  ADD FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
  ADD FOREIGN KEY (county_id) REFERENCES counties (id);
CREATE INDEX notifications_user ON notifications (user_id, id DESC);
CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL;

CREATE TABLE notification_keys (
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  dedupe_key  text NOT NULL,
  PRIMARY KEY (user_id, dedupe_key)
);
INSERT INTO notification_keys (user_id, dedupe_key) SELECT user_id, dedupe_key FROM notifications;

CREATE FUNCTION notifications_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO notification_keys (user_id, dedupe_key) VALUES (NEW.user_id, NEW.dedupe_key) ON CONFLICT DO NOTHING;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER notifications_once BEFORE INSERT ON notifications
  FOR EACH ROW EXECUTE FUNCTION notifications_once();
