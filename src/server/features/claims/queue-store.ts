import type { Db } from '../../../db/connection.js';
import * as claimLife from '../claim-life/service.js';
import { minutesOf } from '../timesheets/service.js';

/**
 * A page of the county's review queue in one statement within the county: each open item (claim-life's page, oldest
 * first) with what the queue shows of its timesheet (the claim, its recipient and provider, its minutes as the
 * database summed them when it left draft: `minutesOf`), and how many items match on every page. The count is an
 * uncorrelated subquery, run once however many rows the page has; an empty page carries no count, and the caller
 * counts alone.
 */
export function queuePage(db: Db, f: claimLife.QueueFilter, page: { limit: number; after?: number | undefined }) {
  const countyId = f.countyId;
  return db
    .with('page', () => claimLife.openItemsPage(db, f, page))
    .selectFrom('page')
    .innerJoin('timesheets', 'timesheets.id', 'page.timesheet_id')
    .innerJoin('cases', (join) => join.onRef('cases.id', '=', 'timesheets.case_id').on('cases.county_id', '=', countyId))
    .innerJoin('users', 'users.id', 'timesheets.provider_user_id')
    .select([
      'page.reason_codes',
      'page.entered_at',
      'page.escalate_at',
      'page.on_hold',
      'page.hold_note',
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
      minutesOf('timesheets', 'worked_minutes').as('worked_minutes'),
      minutesOf('timesheets', 'travel_minutes').as('travel_minutes'),
    ])
    .select(claimLife.openItemsCount(db, f).as('total'))
    .where('timesheets.county_id', '=', countyId)
    .orderBy('page.entered_at')
    .orderBy('page.timesheet_id')
    .execute();
}
export type QueuePageRow = Awaited<ReturnType<typeof queuePage>>[number];
