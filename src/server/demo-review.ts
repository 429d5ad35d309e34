import { RANDOM_HOLD_LIMITS } from '../contracts/county-settings.js';
import type { Db } from '../db/connection.js';
import type { DemoSeedDeps } from '../db/seed/demo.js';
import {
  DEMO_REVIEW_SCENARIOS,
  demoReviewDone,
  markDemoReviewDone,
  nextTimesheetIdHeldAt,
  seedDemoReviewPeople,
  setDemoRandomHoldRate,
  type DemoReviewScenario,
} from '../db/seed/demo-review.js';
import { addDays, californiaDate, type IsoDate } from '../domain/index.js';
import { recordRecipientDecision } from './features/claim-life/service.js';
import { submit } from './features/claim-life/submission.js';
import * as timesheets from './features/timesheets/service.js';
import type { Client } from './lib/client.js';
import type { Viewer } from './lib/viewer.js';

/** The demo's own requests, as the audit trail records them. */
const DEMO_CLIENT: Client = { ip: null, userAgent: 'demo seed', lang: 'en' };

/** The last 1st-15th pay period wholly past on `today`: the over-70 % check is a first-half rule. */
export function lastPastFirstHalf(today: IsoDate): IsoDate {
  return Number(today.slice(8)) > 15 ? `${today.slice(0, 8)}01` : `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`;
}

/**
 * The demo county's review queue (issue #12), once: each scenario's provider fills in and submits a timesheet and
 * the recipient approves it, through the portal's services at `now`, and the rules send it to the county. Each step
 * picks up where it stands (a start interrupted half-way finishes on the next), and the marker is written last.
 */
export async function seedDemoCountyReview(db: Db, deps: DemoSeedDeps, now: Date): Promise<boolean> {
  if (await demoReviewDone(db)) return false;
  const periodStart = lastPastFirstHalf(californiaDate(now));
  const people = await seedDemoReviewPeople(db, deps, periodStart);
  if (!people) return false;
  for (const [i, scenario] of DEMO_REVIEW_SCENARIOS.entries()) await throughToReview(db, scenario, people[i]!, periodStart, now);
  await markDemoReviewDone(db);
  return true;
}

async function throughToReview(db: Db, s: DemoReviewScenario, ids: { providerId: number; recipientId: number }, periodStart: IsoDate, now: Date) {
  const provider: Viewer = { id: ids.providerId, role: 'provider', countyId: null };
  const recipient: Viewer = { id: ids.recipientId, role: 'recipient', countyId: null };
  const caseNumber = s.recipient.loginId;
  const random = s.reason === 'RANDOM_HOLD';
  // The clean timesheet is the one the county's check picks at its highest rate: its draft takes such an id.
  if (random) await nextTimesheetIdHeldAt(db, RANDOM_HOLD_LIMITS.max);
  let ts = await timesheets.openTimesheet(db, provider, caseNumber, periodStart, DEMO_CLIENT, now);
  if (ts.status === 'draft') {
    const start = 9 * 60;
    const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
    const days = s.workedDays.map((d) => ({
      date: addDays(periodStart, d - 1),
      workedMinutes: s.minutesADay,
      travelMinutes: 0,
      startTime: clock(start),
      endTime: clock(start + s.minutesADay),
    }));
    await timesheets.saveDays(db, provider, ts.id, days, DEMO_CLIENT, now);
    ts = await submit(db, provider, ts.id, { idempotencyKey: `demo-review-${caseNumber}-${periodStart}`, acknowledgeScheduledVisits: true }, DEMO_CLIENT, now);
  }
  if (ts.status !== 'submitted') return;
  // The check runs at the rate the county has when the recipient approves; the demo county's stays as it was.
  const rateBefore = random ? await setDemoRandomHoldRate(db, RANDOM_HOLD_LIMITS.max) : undefined;
  try {
    await recordRecipientDecision(db, recipient, ts.id, { decision: 'approve' }, DEMO_CLIENT, now);
  } finally {
    if (rateBefore !== undefined) await setDemoRandomHoldRate(db, rateBefore);
  }
}
