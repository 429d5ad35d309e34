/**
 * Where each generated claim stands now, and the moments of every step that brought it there, in the order the
 * claim's life allows (src/domain/claim-life.ts) and on the portal's schedule:
 * - a pay period's timesheets are submitted from the morning after its last day;
 * - the recipient approves or rejects (ACIN I-17-22); an approval is routed at once: to the county's queue when the
 *   county's random signature check picks the version (`randomHoldPicks`, the portal's own rule), else approved by
 *   the system; the county approves or denies what its queue holds;
 * - the daily pay run (business days at PAY_RUN_MINUTE, `payRunFor`) pays what was approved before it;
 * - the bank's acknowledgement is recorded by payroll a few business days after the issue date, in the morning.
 * A claim's final state is drawn first (its share depends on how long ago its period ended); then its moments are
 * drawn backwards from now, so every state can be reached whatever day the generator runs. A state whose moments do
 * not fit before now (a period that ended last night cannot be paid yet) falls back to the last one that fits.
 * `approved_by_recipient` is never a final state: routing happens in the recipient's approval's own transaction, so
 * only its events show it.
 */
import { addBusinessDays, addDays, californiaInstant, isBusinessDay, PAY_RUN_MINUTE, payRunFor, type IsoDate } from '../../src/domain/index';
import { int, pick } from './people';

export type Target = 'draft' | 'submitted' | 'rejected' | 'corrected' | 'in_county_review' | 'denied' | 'approved' | 'payment_issued' | 'paid';

/** Shares of final states for the period before last (ended two weeks or more ago) and the last one. */
export const OLDER_PERIOD: readonly (readonly [Target, number])[] = [
  ['paid', 84], ['payment_issued', 6], ['approved', 1], ['submitted', 1.5], ['rejected', 1.5], ['corrected', 3], ['draft', 1.5],
];
export const LAST_PERIOD: readonly (readonly [Target, number])[] = [
  ['paid', 15], ['payment_issued', 25], ['approved', 12], ['submitted', 22], ['rejected', 2], ['corrected', 2], ['draft', 15],
];
/** Of the versions the random check sends to the county: waiting in the queue, denied, or approved by staff. */
const COUNTY_QUEUE: readonly (readonly ['in_county_review' | 'denied' | 'approved', number])[] = [['in_county_review', 30], ['denied', 10], ['approved', 60]];

/** The morning after a period's last day: when its timesheets can be submitted. */
export const submissionOpens = (periodEnd: IsoDate) => californiaInstant(addDays(periodEnd, 1), 6 * 60);
const PAYROLL_IMPORT_MINUTE = 10 * 60;
const MINUTE = 60_000;

export interface Plan {
  final: 'draft' | 'submitted' | 'rejected_by_recipient' | 'in_county_review' | 'denied' | 'approved' | 'payment_issued' | 'paid';
  submittedAt?: number;
  decidedAt?: number;
  decision?: 'approved' | 'rejected';
  routed: boolean;
  countyAt?: number;
  countyDecision?: 'approved' | 'denied';
  approvedAt?: number;
  runDate?: IsoDate;
  paidAt?: number;
  paidOn?: IsoDate;
}

/** Pay run dates whose run started by `now`, oldest first. */
export function payRunDates(from: IsoDate, now: number): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; californiaInstant(d, PAY_RUN_MINUTE) <= now; d = addDays(d, 1)) if (isBusinessDay(d)) out.push(d);
  return out;
}
export const runInstant = (date: IsoDate) => californiaInstant(date, PAY_RUN_MINUTE);

/** `n` moments in (lo, hi), in order, a second or more apart. */
function moments(random: () => number, lo: number, hi: number, n: number): number[] {
  const xs = Array.from({ length: n }, () => lo + 1000 + Math.floor(random() * Math.max(0, hi - lo - 2000 * (n + 1)))).sort((a, b) => a - b);
  for (let i = 1; i < n; i++) if (xs[i]! <= xs[i - 1]!) xs[i] = xs[i - 1]! + 1000;
  return xs;
}

/**
 * The plan of one version: `opens` is when it can first be submitted, `routed` whether the random check picks it,
 * `runs` the pay runs held so far.
 */
export function planClaim(random: () => number, target: Exclude<Target, 'corrected'>, opens: number, now: number, routed: boolean, runs: readonly IsoDate[]): Plan {
  const room = now - opens;
  if (target === 'draft' || room < 30 * MINUTE) return { final: 'draft', routed: false };
  if (target === 'submitted') {
    return { final: 'submitted', routed: false, submittedAt: moments(random, opens, now, 1)[0]! };
  }
  if (target === 'rejected') {
    const [s, r] = moments(random, opens, now, 2) as [number, number];
    return { final: 'rejected_by_recipient', routed: false, submittedAt: s, decidedAt: r, decision: 'rejected' };
  }
  const countyTarget = routed ? pick(random, COUNTY_QUEUE) : 'approved';
  if (routed && countyTarget !== 'approved') {
    const [s, r, c] = moments(random, opens, now, 3) as [number, number, number];
    const base: Plan = { final: 'in_county_review', routed, submittedAt: s, decidedAt: r, decision: 'approved' };
    return countyTarget === 'denied' ? { ...base, final: 'denied', countyAt: c, countyDecision: 'denied' } : base;
  }
  // Approved at `a`: then paid by the first run after it, if that run has been held.
  const approvedBy = (a: number, lo: number): Plan => {
    const [s, r] = moments(random, lo, a, 2) as [number, number];
    return routed
      ? { final: 'approved', routed, submittedAt: s, decidedAt: r, decision: 'approved', countyAt: a, countyDecision: 'approved', approvedAt: a }
      : { final: 'approved', routed, submittedAt: s, decidedAt: a, decision: 'approved', approvedAt: a };
  };
  const heldRuns = runs.filter((d) => runInstant(d) > opens + 10 * MINUTE);
  if (target === 'approved' || heldRuns.length === 0) {
    const lastRun = runs.length > 0 ? runInstant(runs.at(-1)!) : 0;
    const lo = Math.max(opens, lastRun);
    if (now - lo < 10 * MINUTE) return planClaim(random, 'submitted', opens, now, routed, runs);
    return approvedBy(moments(random, lo + 5 * MINUTE, now, 1)[0]!, opens);
  }
  // Most claims are paid by one of the first runs after their period ends.
  const k = Math.min(heldRuns.length - 1, Math.floor(random() * random() * Math.min(heldRuns.length, 6)));
  const runDate = heldRuns[k]!;
  const before = runs[runs.indexOf(runDate) - 1];
  const lo = Math.max(opens, before !== undefined ? runInstant(before) : 0);
  const a = moments(random, lo + 4 * MINUTE, runInstant(runDate), 1)[0]!;
  if (payRunFor(a) !== runDate) throw new Error(`approval at ${new Date(a).toISOString()} is not paid on ${runDate}`);
  const issued: Plan = { ...approvedBy(a, opens), final: 'payment_issued', runDate };
  if (target === 'payment_issued') return issued;
  for (let n = int(random, 2, 4); n >= 1; n--) {
    const paidOn = addBusinessDays(runDate, n);
    const at = californiaInstant(paidOn, PAYROLL_IMPORT_MINUTE);
    if (at < now) return { ...issued, final: 'paid', paidOn, paidAt: at };
  }
  return issued;
}
