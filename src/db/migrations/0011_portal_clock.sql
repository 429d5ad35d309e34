-- One clock for the portal (issue #17). The server is given a clock (src/domain/clock.ts): the machine's time moved
-- by a fixed offset, zero in production. Each connection of the app's pool states that offset in the setting
-- `portal.clock_offset_ms`, and every time the database writes or compares ("created at", "expires at", "run at")
-- comes from portal_now(), never now(): so a test or a demo run on another California day sees the same "now" in
-- the server, the database and the browser. Without the setting (psql, a maintenance script) portal_now() is now().
CREATE FUNCTION portal_now() RETURNS timestamptz LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT now() + make_interval(secs => coalesce(nullif(current_setting('portal.clock_offset_ms', true), '')::bigint, 0) / 1000.0)
$$;

-- Every column that defaulted to now() defaults to portal_now(); the test db/clock.int.test.ts keeps it so.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN
    SELECT a.attrelid::regclass AS tbl, a.attname AS col
    FROM pg_attrdef d
    JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
    JOIN pg_class k ON k.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = k.relnamespace
    WHERE n.nspname = current_schema()
      AND pg_get_expr(d.adbin, d.adrelid) = 'now()'
      -- A partition takes its parent's default; altering the parent is enough.
      AND NOT k.relispartition
  LOOP
    EXECUTE format('ALTER TABLE %s ALTER COLUMN %I SET DEFAULT portal_now()', c.tbl, c.col);
  END LOOP;
END;
$$;

-- The audit trail's monthly partitions are made around the portal's today, not the machine's.
CREATE OR REPLACE FUNCTION ensure_audit_partitions(months_ahead integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m date := date_trunc('month', portal_now() AT TIME ZONE 'UTC')::date;
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
