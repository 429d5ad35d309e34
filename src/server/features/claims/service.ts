/**
 * What people see of claims (issue #5): the provider's claims and each one's timeline, and county payroll's queue and
 * its items. The moves themselves (routing, the county's decisions) are the claim-life feature's (claim-life/service.ts,
 * through claim-life/transitions.ts); this feature sits above it and above payments, whose returns a timeline shows.
 */
import { QUEUE_PAGE, type ClaimEvent, type ClaimTimeline, type ReviewDecisionRequest, type ReviewItem, type ReviewQueue } from '../../../contracts/claims.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import type { TimesheetStatus } from '../../../db/schema.js';
import {
  addDays,
  addMonths,
  californiaBusinessDaysBetween,
  californiaDate,
  californiaInstant,
  CORRECTABLE_STATES,
  DENIAL_REASON_CODES,
  latestDateBusinessDaysBefore,
  type ClaimAction,
} from '../../../domain/index.js';
import { notFound } from '../../errors.js';
import type { Viewer } from '../../lib/viewer.js';
import { findUserByLoginId } from '../accounts/service.js';
import * as cases from '../cases/service.js';
import * as claimLife from '../claim-life/service.js';
import { findCountyById } from '../counties/service.js';
import * as evv from '../evv/service.js';
import * as payments from '../payments/service.js';
import * as timesheets from '../timesheets/service.js';
import type { Client } from '../../lib/client.js';
import { payOfVersions } from './pay.js';
import { queuePage } from './queue-store.js';
import { renderCode, returnReasonView } from './reason-words.js';
import { storiesOf } from './story.js';

type Row = timesheets.TimesheetRow;
const findingsOf = claimLife.findingsOf;

// --- Views -------------------------------------------------------------------------------------------------

const name = (first: string | null, last: string | null) => (first === null ? null : `${first} ${last ?? ''}`.trim());

/**
 * The notes each reader sees: a person's own words on their decision. The provider reads the recipient's and the
 * county's decision notes; a hold's or a release's stays with county staff (their form says so). The portal's own
 * steps show no note, the action says it (older automatic approvals carry an English one): a replaced version's
 * successor is `replacedByVersion` (from the versions) and a payment's number `paymentNumber`, which the screen words.
 */
const NOTES_FOR = {
  provider: ['recipient_approve', 'recipient_reject', 'county_approve', 'county_deny'],
  county: ['recipient_approve', 'recipient_reject', 'county_approve', 'county_deny', 'hold', 'release'],
} as const satisfies Record<string, readonly ClaimAction[]>;
const PAYMENT_ACTIONS: readonly string[] = ['issue_payment', 'mark_paid', 'payment_returned', 'mark_paid_again'] satisfies ClaimAction[];

/**
 * The bank's date of each `payment_returned` step: the payment's returns and a claim's return steps are written in the
 * same transaction, one each, so the n-th step of a version is its payment's n-th return.
 */
async function returnDates(db: Db, rows: readonly claimLife.ClaimEventRow[]) {
  const steps = rows.filter((e) => e.action === 'payment_returned');
  const dates = new Map<number, string>();
  if (steps.length === 0) return dates;
  const returns = await payments.returnsOfClaims(db, [...new Set(steps.map((e) => e.timesheet_id))]);
  for (const id of new Set(steps.map((e) => e.timesheet_id))) {
    const ofVersion = returns.filter((r) => r.timesheet_id === id);
    steps.filter((e) => e.timesheet_id === id).forEach((e, i) => ofVersion[i] && dates.set(e.id, ofVersion[i].returned_on));
  }
  return dates;
}

async function eventViews(db: Db, lang: Language, rows: readonly claimLife.ClaimEventRow[], versions: readonly Row[], reader: keyof typeof NOTES_FOR): Promise<ClaimEvent[]> {
  const byId = new Map(versions.map((v) => [v.id, v]));
  const notes: readonly string[] = NOTES_FOR[reader];
  const returnedOn = await returnDates(db, rows);
  return rows.map((e) => {
    const v = byId.get(e.timesheet_id)!;
    return {
      id: e.id,
      timesheetId: e.timesheet_id,
      version: v.version,
      action: e.action,
      from: e.from_status as TimesheetStatus | null,
      to: e.to_status as TimesheetStatus,
      actorKind: e.actor_kind,
      actorName: name(e.actor_first_name, e.actor_last_name),
      reasons: e.reason_codes.map((c) => (e.action === 'payment_returned' ? returnReasonView(lang, c) : renderCode(lang, c, v, findingsOf(v), e.action === 'county_deny' ? 'denial' : 'finding'))),
      note: notes.includes(e.action) ? e.note : null,
      replacedByVersion: e.action === 'supersede' ? (versions.find((x) => x.supersedes_id === v.id)?.version ?? null) : null,
      paymentNumber: PAYMENT_ACTIONS.includes(e.action) ? e.note : null,
      returnedOn: returnedOn.get(e.id) ?? null,
      at: e.at.toISOString(),
    };
  });
}

function claimSummaryOf(t: { row: Row; decision: timesheets.RecipientDecisionRow | undefined }) {
  return { ...timesheets.summaryOf(t.row, t.decision), grossCents: t.row.gross_cents };
}

// --- The provider's claims ------------------------------------------------------------------------------------

export async function listClaims(db: Db, viewer: Viewer, q: { status?: TimesheetStatus | undefined; caseNumber?: string | undefined; from?: string | undefined; to?: string | undefined }) {
  const rows = await timesheets.timesheetsFor(db, {
    providerId: viewer.id,
    ...(q.status ? { statuses: [q.status] } : {}),
    ...(q.caseNumber ? { caseNumber: q.caseNumber } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
  });
  const claims = rows.filter((t) => q.status === 'draft' || t.row.status !== 'draft');
  const returned = await payments.depositsReturnedNow(db, claims.map((t) => t.row.id));
  // A returned deposit leaves the claim paid (ADR 0007), but the list must not let "Paid" stand alone.
  return claims.map((t) => ({ ...claimSummaryOf(t), depositReturnedOn: returned.get(t.row.id) ?? null }));
}

/** Every version of the provider's claim (a recipient and pay period) and every change of each, in one timeline, with where each one's pay stands. */
export async function timeline(db: Db, viewer: Viewer, id: number, lang: Language, now: Date): Promise<ClaimTimeline> {
  const ts = await timesheets.findTimesheetRow(db, id);
  if (!ts || viewer.role !== 'provider' || ts.provider_user_id !== viewer.id) throw notFound();
  const versions = await timesheets.listVersions(db, ts.provider_user_id, ts.case_id, ts.pay_period_start);
  const rows = await claimLife.listClaimEvents(db, versions.map((v) => v.id));
  const events = await eventViews(db, lang, rows, versions, 'provider');
  const county = await findCountyById(db, ts.county_id);
  const stories = storiesOf(lang, versions, rows, county?.name ?? '', findingsOf);
  const pay = await payOfVersions(db, lang, versions, now);
  const latest = versions[versions.length - 1]!;
  return {
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    versions: versions.map((v) => ({
      id: v.id,
      version: v.version,
      status: v.status,
      submittedAt: v.submitted_at?.toISOString() ?? null,
      grossCents: v.gross_cents,
      story: stories.get(v.id)!,
      pay: pay.get(v.id) ?? null,
    })),
    events,
    denialReasons: latest.status === 'denied' ? stories.get(latest.id)!.reasons : [],
    canCorrect: CORRECTABLE_STATES.includes(latest.status),
  };
}

// --- The county's queue ----------------------------------------------------------------------------------------

type SummaryRow = Pick<
  Row,
  'id' | 'version' | 'case_number' | 'recipient_first_name' | 'recipient_last_name' | 'provider_first_name' | 'provider_last_name' | 'provider_login_id' | 'pay_period_start' | 'pay_period_end' | 'worked_minutes' | 'travel_minutes' | 'gross_cents'
>;

function itemSummary(item: Pick<claimLife.ReviewItemRow, 'reason_codes' | 'entered_at' | 'escalate_at' | 'on_hold' | 'hold_note'>, ts: SummaryRow, now: Date) {
  return {
    timesheetId: ts.id,
    version: ts.version,
    caseNumber: ts.case_number,
    recipient: { firstName: ts.recipient_first_name, lastName: ts.recipient_last_name },
    provider: { firstName: ts.provider_first_name, lastName: ts.provider_last_name, providerId: ts.provider_login_id },
    payPeriod: { start: ts.pay_period_start, end: ts.pay_period_end },
    reasonCodes: item.reason_codes,
    enteredAt: item.entered_at.toISOString(),
    ageBusinessDays: californiaBusinessDaysBetween(item.entered_at, now),
    escalated: item.escalate_at.getTime() <= now.getTime(),
    onHold: item.on_hold,
    holdNote: item.hold_note,
    workedMinutes: ts.worked_minutes,
    travelMinutes: ts.travel_minutes,
    grossCents: ts.gross_cents,
  };
}

/**
 * The county's queue (or the supervisor's escalated view), oldest first, QUEUE_PAGE items at a time, with how many
 * match in all: a county's queue runs to tens of thousands of items, and a worker must know there are more than
 * one page shows. "Waiting N business days or more" is a cut-off on the entry time, so it counts on every page.
 */
export async function listQueue(
  db: Db,
  viewer: Viewer,
  q: { reason?: string | undefined; minAgeDays?: number | undefined; provider?: string | undefined; onHold?: 'true' | 'false' | undefined; after?: number | undefined },
  now: Date,
  opts: { escalatedOnly?: boolean } = {},
): Promise<ReviewQueue> {
  const countyId = claimLife.payrollCounty(viewer);
  if (opts.escalatedOnly && viewer.role !== 'county_admin') throw notFound();
  let providerId: number | undefined;
  if (q.provider) {
    const u = await findUserByLoginId(db, q.provider);
    if (!u || u.role !== 'provider') return { items: [], total: 0, next: null };
    providerId = u.id;
  }
  const filter: claimLife.QueueFilter = {
    countyId,
    reason: q.reason,
    providerId,
    onHold: q.onHold === undefined ? undefined : q.onHold === 'true',
    ...(q.minAgeDays === undefined ? {} : { enteredBefore: new Date(californiaInstant(addDays(latestDateBusinessDaysBefore(californiaDate(now), q.minAgeDays), 1), 0)) }),
    ...(opts.escalatedOnly ? { escalatedAt: now } : {}),
  };
  const found = await queuePage(db, filter, { limit: QUEUE_PAGE + 1, after: q.after });
  const items = found.slice(0, QUEUE_PAGE);
  return {
    items: items.map((row) => itemSummary(row, row, now)),
    total: found[0]?.total ?? (await claimLife.countOpenItems(db, filter)),
    next: found.length > QUEUE_PAGE ? items.at(-1)!.id : null,
  };
}

export async function getItem(db: Db, viewer: Viewer, id: number, lang: Language, now: Date): Promise<ReviewItem> {
  const { ts, item } = await claimLife.reviewable(db, viewer, id);
  const names = { [ts.case_number]: `${ts.recipient_first_name} ${ts.recipient_last_name}` };
  const findings = timesheets.renderFindings(findingsOf(ts), lang, names);
  const days = await timesheets.listTimesheetDays(db, ts.id);
  const records = await evv.recordsForTimesheet(db, ts.provider_user_id, ts.case_id, ts.pay_period_start, ts.pay_period_end);
  const evvByDate = new Map<string, typeof records>();
  for (const r of records) {
    const at = r.check_in_at ?? r.check_out_at;
    if (!at) continue;
    const d = californiaDate(at.toISOString());
    evvByDate.set(d, [...(evvByDate.get(d) ?? []), r]);
  }
  const dates = [...new Set([...days.map((d) => d.work_date), ...evvByDate.keys()])].sort();
  const history = (await timesheets.timesheetsFor(db, { providerId: ts.provider_user_id, from: addMonths(ts.pay_period_start, -6) }))
    .filter((t) => t.row.id !== ts.id && t.row.status !== 'draft')
    .map(claimSummaryOf);
  const versions = await timesheets.listVersions(db, ts.provider_user_id, ts.case_id, ts.pay_period_start);
  const assignments = await cases.listProviderAssignments(db, ts.provider_user_id, ts.pay_period_start, ts.pay_period_end);
  return {
    ...itemSummary(item, ts, now),
    liveIn: assignments.some((a) => a.id === ts.case_id && a.live_in),
    findings,
    days: dates.map((date) => {
      const d = days.find((x) => x.work_date === date);
      return {
        date,
        workedMinutes: d?.worked_minutes ?? 0,
        travelMinutes: d?.travel_minutes ?? 0,
        startTime: d?.start_time?.slice(0, 5) ?? null,
        endTime: d?.end_time?.slice(0, 5) ?? null,
        edited: d?.edited ?? false,
        evvMinutes: d?.evv_minutes ?? null,
        evv: (evvByDate.get(date) ?? []).map((r) => ({
          id: r.id,
          checkInAt: r.check_in_at?.toISOString() ?? null,
          checkOutAt: r.check_out_at?.toISOString() ?? null,
          minutes: r.check_in_at && r.check_out_at ? Math.round((r.check_out_at.getTime() - r.check_in_at.getTime()) / 60_000) : null,
          locationType: r.location_type,
          farFromHome: r.far_from_home,
        })),
      };
    }),
    history,
    events: await eventViews(db, lang, await claimLife.listClaimEvents(db, versions.map((v) => v.id)), versions, 'county'),
    denialCodes: [...DENIAL_REASON_CODES],
  };
}

/** The county's decision on an item (claim-life), answered with the item as it now stands. */
export async function decide(db: Db, viewer: Viewer, id: number, req: ReviewDecisionRequest, client: Client, now: Date) {
  await claimLife.decideInCounty(db, viewer, id, req, client, now);
  return getItem(db, viewer, id, client.lang, now);
}
