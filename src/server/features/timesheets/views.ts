/** What the provider and the recipient see of a timesheet: its days, the rules engine's findings, the recipient's decision. */
import type { TimesheetSummary, TimesheetView } from '../../../contracts/timesheets.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate, canSubmit } from '../../../domain/index.js';
import { notFound } from '../../errors.js';
import type { Viewer } from '../../lib/viewer.js';
import * as cases from '../cases/service.js';
import { findCountyById } from '../counties/service.js';
import * as visits from '../visits/service.js';
import { evaluateTimesheet, recipientNames, renderFindings, totalsOf, type Evaluated } from './rules-case.js';
import * as store from './store.js';

function decisionView(d: store.DecisionRow | undefined) {
  return d ? { decision: d.decision, reason: d.reason, decidedAt: d.decided_at.toISOString() } : null;
}

export function summaryOf(ts: store.TimesheetRow, d: store.DecisionRow | undefined): TimesheetSummary {
  return {
    id: ts.id,
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    provider: { firstName: ts.provider_first_name, lastName: ts.provider_last_name },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    version: ts.version,
    status: ts.status,
    submittedAt: ts.submitted_at?.toISOString() ?? null,
    workedMinutes: ts.worked_minutes,
    travelMinutes: ts.travel_minutes,
    decision: decisionView(d),
  };
}

/** What the caller's transaction already read of the version: its days and the recipient's decision on it. */
interface Known {
  days: Awaited<ReturnType<typeof store.listDays>>;
  decision: store.DecisionRow | undefined;
}

async function buildView(db: Db, ts: store.TimesheetRow, viewer: Viewer, lang: Language, now: Date, evaluated?: Evaluated, known?: Known): Promise<TimesheetView> {
  const days = known ? known.days : await store.listDays(db, ts.id);
  const decision = known ? known.decision : (await store.findDecisions(db, [ts.id]))[0];
  const county = await findCountyById(db, ts.county_id);
  const forProvider = viewer.role === 'provider';
  const assignments = await cases.listProviderAssignments(db, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end);
  const liveIn = assignments.some((a) => a.id === ts.case_id && a.live_in);
  let findings: TimesheetView['findings'] = [];
  let totals: TimesheetView['totals'] = null;
  let rulesContext: TimesheetView['rulesContext'] = null;
  let ok = true;
  if (forProvider) {
    const e = evaluated ?? (await evaluateTimesheet(db, ts, days, now));
    const names = await recipientNames(db, ts.provider_user_id);
    findings = renderFindings(e.evaluation.findings, lang, names);
    ok = canSubmit(e.evaluation.findings);
    totals = totalsOf(ts, e);
    rulesContext = {
      provider: e.context.provider,
      recipients: e.context.recipients.map((r) => ({ ...r, months: r.months ? [...r.months] : undefined }) as never),
      priorEntries: [...e.context.priorEntries] as never,
      today: californiaDate(now),
      now: now.toISOString(),
    };
  }
  const remaining = ts.status === 'draft' ? await visits.remainingVisits(db, ts.provider_user_id, ts.case_id, ts.pay_period_end, now) : 0;
  return {
    id: ts.id,
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    provider: { firstName: ts.provider_first_name, lastName: ts.provider_last_name },
    county: { code: ts.county_id, slug: county?.slug ?? '', name: county?.name ?? '' },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    version: ts.version,
    status: ts.status,
    supersedesId: ts.supersedes_id,
    supersededById: ts.superseded_by_id ?? null,
    submittedAt: ts.submitted_at?.toISOString() ?? null,
    editable: forProvider && ts.status === 'draft',
    liveIn,
    days: days.map((d) => ({
      date: d.work_date,
      workedMinutes: d.worked_minutes,
      travelMinutes: d.travel_minutes,
      startTime: store.hhmm(d.start_time),
      endTime: store.hhmm(d.end_time),
      location: d.location,
      fromEvv: d.from_evv,
      evvMinutes: d.evv_minutes,
      edited: d.edited,
    })),
    findings,
    canSubmit: forProvider && ts.status === 'draft' && ok,
    totals,
    remainingScheduledVisits: remaining,
    plannedDates: forProvider && ts.status === 'draft' ? await visits.plannedDates(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end) : [],
    decision: decisionView(decision),
    rulesContext,
  };
}

/** A timesheet the viewer may see: the provider's own, or (once submitted) one of the recipient's case. */
export async function visible(db: Db, viewer: Viewer, id: number, lock = false) {
  const ts = await store.findTimesheet(db, id, lock);
  if (!ts) throw notFound();
  if (viewer.role === 'provider' && ts.provider_user_id === viewer.id) return ts;
  if (viewer.role === 'recipient' && ts.recipient_user_id === viewer.id && ts.status !== 'draft') return ts;
  throw notFound();
}

/**
 * A timesheet as its viewer sees it; for the provider, with the rules engine's findings and running totals. The
 * caller passes `evaluated` when it has just judged this version's days (a submission), so the rules case is built once.
 */
export async function getTimesheet(db: Db, viewer: Viewer, id: number, lang: Language, now: Date, evaluated?: Evaluated) {
  return buildView(db, await visible(db, viewer, id), viewer, lang, now, evaluated);
}

/**
 * A version its provider has just submitted, from the row, days and evaluation the submission read under its locks
 * (they are what it committed): no recipient can have decided on it yet.
 */
export function submittedView(db: Db, viewer: Viewer, ts: store.TimesheetRow, days: Known['days'], lang: Language, now: Date, evaluated: Evaluated) {
  return buildView(db, ts, viewer, lang, now, evaluated, { days, decision: undefined });
}
