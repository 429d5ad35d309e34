import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

/**
 * What a page of the county's review queue shows of its timesheets, in one read within the county: the claim, its
 * recipient and provider, and its minutes summed over its days in one pass (the timesheets feature's lists sum
 * each kind of minutes apart and also read the recipient's decisions, which the queue does not show).
 */
export function queuePageTimesheets(db: Db, countyId: number, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('timesheets')
    .innerJoin('cases', (join) => join.onRef('cases.id', '=', 'timesheets.case_id').on('cases.county_id', '=', countyId))
    .innerJoin('users', 'users.id', 'timesheets.provider_user_id')
    .innerJoinLateral(
      (eb) =>
        eb
          .selectFrom('timesheet_days')
          .select([sql<number>`coalesce(sum(worked_minutes), 0)::int`.as('worked_minutes'), sql<number>`coalesce(sum(travel_minutes), 0)::int`.as('travel_minutes')])
          .whereRef('timesheet_days.timesheet_id', '=', 'timesheets.id')
          .where('timesheet_days.county_id', '=', countyId)
          .as('days'),
      (join) => join.onTrue(),
    )
    .select([
      'timesheets.id',
      'timesheets.version',
      'timesheets.pay_period_start',
      'timesheets.pay_period_end',
      'timesheets.gross_cents',
      'cases.case_number',
      'cases.first_name as recipient_first_name',
      'cases.last_name as recipient_last_name',
      'users.login_id as provider_login_id',
      'users.first_name as provider_first_name',
      'users.last_name as provider_last_name',
      'days.worked_minutes',
      'days.travel_minutes',
    ])
    .where('timesheets.county_id', '=', countyId)
    .where('timesheets.id', 'in', ids)
    .execute();
}
export type QueuePageTimesheet = Awaited<ReturnType<typeof queuePageTimesheets>>[number];
