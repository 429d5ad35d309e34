-- Issue #16: a version's worked and travel minutes, summed once as it leaves draft, instead of over its days on
-- every read of the county's review queue.
--
-- A version's days change only while it is a draft (0002's timesheet_days_only_in_drafts), so the sums taken as it
-- leaves draft stay true for good. The queue shows each item's minutes: summing them on every page (a lateral sum over
-- the month-partitioned days for each of its 51 rows) was a quarter of the page's statement, and a page is what a
-- county worker waits on. The sums are the database's own: a trigger takes them from the days whenever a version
-- is written out of draft, keeps them on a version already out of draft, and keeps a draft's empty, so no writer
-- (the submission, a seed, a test's fixture) can set them apart from its days.
ALTER TABLE timesheets ADD COLUMN worked_minutes integer, ADD COLUMN travel_minutes integer;

UPDATE timesheets t
   SET worked_minutes = coalesce(d.worked, 0), travel_minutes = coalesce(d.travel, 0)
  FROM (SELECT t2.id, sum(d2.worked_minutes)::int AS worked, sum(d2.travel_minutes)::int AS travel
          FROM timesheets t2 LEFT JOIN timesheet_days d2 ON d2.timesheet_id = t2.id
         WHERE t2.status <> 'draft'
         GROUP BY t2.id) d
 WHERE t.id = d.id;

ALTER TABLE timesheets ADD CONSTRAINT timesheets_minutes_once_out_of_draft
  CHECK ((status = 'draft') = (worked_minutes IS NULL) AND (worked_minutes IS NULL) = (travel_minutes IS NULL)
         AND worked_minutes >= 0 AND travel_minutes >= 0);

CREATE FUNCTION timesheet_minutes_out_of_draft() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'draft' THEN
    NEW.worked_minutes := NULL;
    NEW.travel_minutes := NULL;
  ELSIF TG_OP = 'INSERT' OR OLD.status = 'draft' THEN
    SELECT coalesce(sum(d.worked_minutes), 0), coalesce(sum(d.travel_minutes), 0) INTO NEW.worked_minutes, NEW.travel_minutes
      FROM timesheet_days d
     WHERE d.timesheet_id = NEW.id AND d.county_id = NEW.county_id AND d.work_date BETWEEN NEW.pay_period_start AND NEW.pay_period_end;
  ELSE
    NEW.worked_minutes := OLD.worked_minutes;
    NEW.travel_minutes := OLD.travel_minutes;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER timesheets_minutes_out_of_draft BEFORE INSERT OR UPDATE OF status, worked_minutes, travel_minutes ON timesheets
  FOR EACH ROW EXECUTE FUNCTION timesheet_minutes_out_of_draft();
