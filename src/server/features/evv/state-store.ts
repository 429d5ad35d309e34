import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { EvvRow } from './store.js';

/** How many visits to fix the state lists at most, the oldest first. */
export const TO_FIX_LIMIT = 50;

export interface StateRow extends EvvRow {
  /** The provider's check-in waiting for its check-out (the latest, when there are several). */
  is_open: boolean;
  /** Among the first TO_FIX_LIMIT visits that may need the provider's fix (open, without check-in, spanning midnight and never edited, or overlapping). */
  to_fix: boolean;
}

/**
 * The EVV state's rows in one round trip: the open check-in and the visits that may need a fix. The provider's visits
 * are read once; whether each overlaps another comes from its neighbours in start order (a visit overlaps an earlier
 * one when some earlier visit ends after it starts, a later one when the next starts before it ends), instead of a
 * search of the provider's visits for each of them; only a visit that overlaps lists which ones. The same round trip
 * gives the case numbers of the provider's live-in assignments on `today` (exempt from EVV), by case number, on a row
 * of their own when there is no visit to list.
 */
export async function openAndToFix(db: Db, providerId: number, today: string): Promise<{ rows: StateRow[]; exemptCases: string[] }> {
  const { rows } = await sql<(Omit<StateRow, 'overlaps_with'> & { overlaps_with: (string | number)[]; exempt_cases: string[] }) | { id: null; exempt_cases: string[] }>`
    WITH mine AS MATERIALIZED (
      SELECT r.id, r.provider_user_id, r.case_id, r.county_id, r.service_type, r.check_in_key, r.check_out_key, r.check_in_at,
             r.check_out_at, r.location_type, r.location_status, r.capture_method, r.far_from_home, r.edited_by, r.edited_at,
             r.edit_reason, r.left_open, r.discarded_at, r.visit_range,
             coalesce(max(coalesce(upper(r.visit_range), 'infinity')) OVER before > lower(r.visit_range), false)
               OR coalesce(lead(lower(r.visit_range)) OVER by_start < coalesce(upper(r.visit_range), 'infinity'), false) AS overlaps
      FROM evv_records r
      WHERE r.provider_user_id = ${providerId}
      WINDOW by_start AS (PARTITION BY isempty(r.visit_range) ORDER BY lower(r.visit_range), r.id),
             before AS (by_start ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
    ),
    ranked AS (
      SELECT m.*,
             row_number() OVER (ORDER BY coalesce(m.check_in_at, m.check_out_at), m.id) <= ${TO_FIX_LIMIT} AS to_fix,
             (m.check_in_at IS NOT NULL AND m.check_out_at IS NULL AND NOT m.left_open)
               AND row_number() OVER (PARTITION BY (m.check_in_at IS NOT NULL AND m.check_out_at IS NULL AND NOT m.left_open) ORDER BY m.check_in_at DESC, m.id DESC) = 1 AS is_open
      FROM mine m
      WHERE m.discarded_at IS NULL
        AND (m.check_in_at IS NULL OR m.check_out_at IS NULL OR m.overlaps
             OR (m.edited_at IS NULL AND (m.check_in_at AT TIME ZONE 'America/Los_Angeles')::date <> (m.check_out_at AT TIME ZONE 'America/Los_Angeles')::date))
    ),
    picked AS (
      SELECT ranked.id, ranked.provider_user_id, ranked.case_id, ranked.county_id, ranked.service_type, ranked.check_in_key, ranked.check_out_key,
             ranked.check_in_at, ranked.check_out_at, ranked.location_type, ranked.location_status, ranked.capture_method, ranked.far_from_home,
             ranked.edited_by, ranked.edited_at, ranked.edit_reason, ranked.left_open, ranked.discarded_at, ranked.to_fix, ranked.is_open,
             cases.case_number, cases.first_name, cases.last_name,
             CASE WHEN ranked.overlaps
                  THEN ARRAY(SELECT o.id FROM mine o WHERE o.id <> ranked.id AND o.visit_range && ranked.visit_range ORDER BY lower(o.visit_range), o.id)
                  ELSE '{}' END AS overlaps_with
      FROM ranked JOIN cases ON cases.id = ranked.case_id
      WHERE ranked.to_fix OR ranked.is_open
    )
    SELECT picked.*, exempt.exempt_cases
    FROM (SELECT ARRAY(SELECT DISTINCT c.case_number FROM assignments a JOIN cases c ON c.id = a.case_id
                       WHERE a.provider_user_id = ${providerId} AND a.live_in AND a.start_date <= ${today} AND (a.end_date IS NULL OR a.end_date >= ${today})
                       ORDER BY c.case_number) AS exempt_cases) exempt
    LEFT JOIN picked ON true
    ORDER BY coalesce(picked.check_in_at, picked.check_out_at), picked.id`.execute(db);
  return {
    rows: rows.flatMap(({ exempt_cases: _, ...r }) => (r.id === null ? [] : [{ ...r, overlaps_with: r.overlaps_with.map(Number) }])),
    exemptCases: rows[0]!.exempt_cases,
  };
}

/**
 * The check-ins of some cases in [from, to), oldest first, with only what a planned visit needs to know it was checked
 * in and out: no overlaps worked out and no recipient names, as the visits views read every check-in of their window.
 */
export function checkInsOfCases(db: Db, caseIds: readonly number[], from: Date, to: Date) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('evv_records')
    .innerJoin('cases', 'cases.id', 'evv_records.case_id')
    .select(['evv_records.provider_user_id', 'evv_records.check_in_at', 'evv_records.check_out_at', 'cases.case_number'])
    .where('evv_records.case_id', 'in', caseIds)
    .where('evv_records.discarded_at', 'is', null)
    .where('evv_records.check_in_at', 'is not', null)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '>=', from)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '<', to)
    .orderBy(sql`coalesce(evv_records.check_in_at, evv_records.check_out_at)`)
    .orderBy('evv_records.id')
    .execute();
}
