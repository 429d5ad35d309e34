/**
 * The provider's submission: a draft becomes a claim.
 *
 * - The rules engine is the authority (timesheets/rules-case.ts): blocking findings refuse the submission with every
 *   reason (ACL 17-76). The evaluation made here is also the one the answer shows, so the rules case is built once.
 * - Submissions of one provider are serialised (an advisory lock), so two timesheets of one week cannot each pass the
 *   66-hour cap alone. A retried submission (same key) returns the first result.
 * - A correction, once submitted, supersedes the version it corrects; the old one is kept (SEIU 2015 ESP guide).
 */
import type { Db } from '../../../db/connection.js';
import { canSubmit, CORRECTABLE_STATES, RECIPIENT_DECISION_DAYS } from '../../../domain/index.js';
import { enqueue } from '../../../jobs/queue.js';
import { AppError } from '../../errors.js';
import * as idempotency from '../../lib/idempotency.js';
import type { Viewer } from '../../lib/viewer.js';
import { auditRow, recordAudit } from '../audit/service.js';
import * as timesheets from '../timesheets/service.js';
import { assertNotSuspended } from '../violations/service.js';
import * as visits from '../visits/service.js';
import * as store from './store.js';
import { moveClaim, submitClaim } from './transitions.js';
import type { Client } from '../../lib/client.js';

/** The delayed job enqueued at each submission; its handler lives in recipient-review. */
export const RECIPIENT_NO_ACTION_JOB = 'timesheet.recipient_no_action';

export async function submit(
  db: Db,
  viewer: Viewer,
  id: number,
  input: { idempotencyKey: string; acknowledgeScheduledVisits?: boolean | undefined },
  client: Client,
  now: Date,
) {
  const key = { userId: viewer.id, key: input.idempotencyKey, operation: 'timesheet.submit', request: { ...input, timesheetId: id } };
  const done = (first: idempotency.Outcome) => ({ kind: 'submitted' as const, id: (first as { id: number }).id, answer: undefined });
  const submitOnce = () =>
    db.transaction().execute(async (trx) => {
      const first = await idempotency.firstOutcomeLocking(trx, key, store.providerClaimsLock(viewer.id));
      if (first !== undefined) return done(first);
      const ts = await timesheets.visible(trx, viewer, id, true);
      if (ts.status !== 'draft') {
        // A twin under this key may have submitted it while this request waited for the locks.
        const twin = await idempotency.firstOutcome(trx, key);
        if (twin !== undefined) return done(twin);
        throw new AppError(409, 'timesheetReadOnly');
      }
      const days = await timesheets.listTimesheetDays(trx, ts.id);
      if (!days.some((d) => d.worked_minutes > 0 || d.travel_minutes > 0)) throw new AppError(400, 'timesheetEmpty');
      await assertNotSuspended(trx, ts.provider_user_id, days.filter((d) => d.worked_minutes > 0 || d.travel_minutes > 0).map((d) => d.work_date), client.lang);
      const remaining = await visits.remainingVisits(trx, ts.provider_user_id, ts.case_id, ts.pay_period_end, now);
      if (remaining > 0 && !input.acknowledgeScheduledVisits) {
        throw new AppError(409, 'timesheetVisitsStillScheduled', { count: remaining }, { remainingScheduledVisits: remaining });
      }
      const e = await timesheets.evaluateTimesheet(trx, ts, days, now);
      const base = { ip: client.ip, userAgent: client.userAgent, actorUserId: viewer.id, subjectUserId: viewer.id, countyId: ts.county_id };
      if (!canSubmit(e.evaluation.findings)) {
        const blocking = e.evaluation.findings.filter((f) => f.kind === 'blocking');
        await recordAudit(trx, { ...base, action: 'timesheet.submit_refused', outcome: 'denied', details: { timesheetId: ts.id, codes: blocking.map((f) => f.code) } });
        return { kind: 'refused' as const, findings: blocking };
      }
      const totals = timesheets.totalsOf(ts, e);
      await submitClaim(trx, ts, viewer.id, {
        submittedAt: now,
        submissionKey: input.idempotencyKey,
        findings: JSON.stringify(e.evaluation.findings),
        grossCents: totals.expectedGrossCents,
      });
      // "No recipient action after 2 days" (ACIN I-17-22): one delayed job per submitted version; its handler
      // (recipient-review) notifies only if the version is still waiting for the recipient then.
      await enqueue(trx, {
        kind: RECIPIENT_NO_ACTION_JOB,
        dedupeKey: `${RECIPIENT_NO_ACTION_JOB}:${ts.id}`,
        payload: { timesheetId: ts.id },
        delaySeconds: RECIPIENT_DECISION_DAYS * 86_400,
      });
      if (ts.supersedes_id !== null) {
        const old = await timesheets.findTimesheetRow(trx, ts.supersedes_id, true);
        if (old && CORRECTABLE_STATES.includes(old.status)) await moveClaim(trx, old, 'supersede', { kind: 'provider', userId: viewer.id }, { note: `v${ts.version}` });
      }
      const audit = auditRow({
        ...base,
        action: 'timesheet.submitted',
        outcome: 'success',
        details: {
          timesheetId: ts.id,
          version: ts.version,
          caseNumber: ts.case_number,
          periodStart: ts.pay_period_start,
          workedMinutes: totals.workedMinutes,
          travelMinutes: totals.travelMinutes,
          supersedes: ts.supersedes_id,
          findings: e.evaluation.findings.map((f) => f.code),
          scheduledVisitsAcknowledged: remaining,
        },
      });
      await trx
        .with('audit', (qc) => qc.insertInto('audit_events').values(audit))
        .insertInto('idempotency_keys')
        .values({ ...idempotency.keyRow(key), outcome: JSON.stringify({ id: ts.id }) })
        .execute();
      // The answer is what this transaction read and wrote: the version's row (now submitted), days and evaluation.
      return { kind: 'submitted' as const, id: ts.id, answer: { ts: { ...ts, submitted_at: now }, days, evaluated: e } };
    });
  // Another request under this key that committed while this one waited answers as the key's first outcome does (or 422).
  const outcome = await idempotency.orTwinsOutcome(db, key, submitOnce, (_trx, first) => done(first));
  if (outcome.kind === 'refused') {
    const findings = timesheets.renderFindings(outcome.findings, client.lang, await timesheets.recipientNames(db, viewer.id));
    throw new AppError(422, 'timesheetBlocked', { count: findings.length }, { findings });
  }
  if (outcome.answer) {
    const a = outcome.answer;
    return timesheets.submittedView(db, viewer, a.ts, a.days, client.lang, now, a.evaluated);
  }
  return timesheets.getTimesheet(db, viewer, outcome.id, client.lang, now);
}
