import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { minutesOf, type RecipientDecisionRow as DecisionRow, type TimesheetRow } from '../timesheets/service.js';

/** The timesheets feature's lists give at most this many rows (timesheets/store.ts `listTimesheets`). */
export const LIST_LIMIT = 200;

export interface DashboardTimesheet {
  row: TimesheetRow;
  decision: DecisionRow | undefined;
  /** Among the provider's LIST_LIMIT latest versions (every claim: the billing region). */
  latest: boolean;
  /** Submitted before `submittedBefore` and still waiting for the recipient. */
  awaiting: boolean;
}

/**
 * Every timesheet version a provider's dashboard shows, in one round trip, with the recipient's decision: the latest
 * LIST_LIMIT versions, and those of the pay period, sent back, denied or waiting since `submittedBefore` for the
 * recipient wherever they fall. Only the versions picked get their days summed (once for both sums) and their successor looked up. Oldest
 * pay period last, in the order of the timesheets feature's lists, so each list is these rows filtered.
 */
export async function providerTimesheets(db: Db, providerId: number, periodStart: string, submittedBefore: Date): Promise<DashboardTimesheet[]> {
  const { rows } = await sql<TimesheetRow & { latest: boolean; awaiting: boolean; d_decision: DecisionRow['decision'] | null; d_reason: string | null; d_decided_at: Date | null; d_decided_by: number | null }>`
    WITH picked AS (
      SELECT * FROM (
        SELECT t.id, t.pay_period_start, c.case_number, t.version, t.status, t.submitted_at,
               row_number() OVER (ORDER BY t.pay_period_start DESC, c.case_number, t.version DESC) <= ${LIST_LIMIT} AS latest,
               coalesce(t.status = 'submitted' AND t.submitted_at < ${submittedBefore}, false) AS awaiting
        FROM timesheets t JOIN cases c ON c.id = t.case_id
        WHERE t.provider_user_id = ${providerId}
      ) mine
      WHERE latest OR awaiting OR pay_period_start = ${periodStart} OR status IN ('rejected_by_recipient', 'denied')
    )
    SELECT t.id, t.provider_user_id, t.case_id, t.county_id, t.pay_period_start, t.pay_period_end, t.version, t.status, t.supersedes_id,
           t.submitted_at, t.submission_key, t.gross_cents, t.findings, u.login_id AS provider_login_id, c.case_number,
           c.first_name AS recipient_first_name, c.last_name AS recipient_last_name, c.recipient_user_id,
           u.first_name AS provider_first_name, u.last_name AS provider_last_name,
           (SELECT next.id FROM timesheets next WHERE next.supersedes_id = t.id) AS superseded_by_id,
           ${minutesOf('t', 'worked_minutes')} AS worked_minutes, ${minutesOf('t', 'travel_minutes')} AS travel_minutes,
           picked.latest, picked.awaiting, d.decision AS d_decision, d.reason AS d_reason, d.decided_at AS d_decided_at, d.decided_by AS d_decided_by
    FROM picked
    JOIN timesheets t ON t.id = picked.id
    JOIN cases c ON c.id = t.case_id
    JOIN users u ON u.id = t.provider_user_id
    LEFT JOIN LATERAL (SELECT decision, reason, decided_at, decided_by FROM timesheet_decisions
                       WHERE timesheet_decisions.timesheet_id = t.id AND stage = 'recipient' LIMIT 1) d ON true
    ORDER BY picked.pay_period_start DESC, picked.case_number, picked.version DESC`.execute(db);
  return rows.map(({ latest, awaiting, d_decision, d_reason, d_decided_at, d_decided_by, ...row }) => ({
    row,
    latest,
    awaiting,
    decision: d_decision === null ? undefined : { timesheet_id: row.id, decision: d_decision, reason: d_reason, decided_at: d_decided_at!, decided_by: d_decided_by! },
  }));
}
