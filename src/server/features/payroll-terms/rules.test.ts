import { describe, expect, it } from 'vitest';
import { addDays, payPeriodOf, type FederalElection, type StateElection } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import {
  electionAppliesFrom,
  electionForPayment,
  exemptionLastPayDate,
  exemptionOf,
  ficaStatus,
  LAPSED_EXEMPTION_FEDERAL,
  LAPSED_EXEMPTION_STATE,
  sdiStatus,
  WAITING_DAYS,
} from './rules.js';

const today = testToday();
/** The start of the pay period after the one `day` is in. */
const nextPeriod = (day: string) => addDays(payPeriodOf(day).end, 1);

describe('the day a withholding election applies from', () => {
  it('is the next pay period after the change once the provider has been in payroll for the waiting period', () => {
    expect(electionAppliesFrom(today, addDays(today, -WAITING_DAYS - 1))).toBe(nextPeriod(today));
    expect(electionAppliesFrom(today, addDays(today, -400))).toBe(nextPeriod(today));
  });

  it('waits for the period after the 90th day from the first payment while the waiting period runs', () => {
    const firstPaid = addDays(today, -30);
    expect(electionAppliesFrom(today, firstPaid)).toBe(nextPeriod(addDays(firstPaid, WAITING_DAYS)));
  });

  it('counts the waiting period from the change for a provider never paid', () => {
    expect(electionAppliesFrom(today, null)).toBe(nextPeriod(addDays(today, WAITING_DAYS)));
  });

  it('is always the 1st or 16th after both the change and the end of the wait, and the first such day', () => {
    for (let change = 0; change < 62; change++) {
      const day = addDays(today, change);
      for (const paidBefore of [null, 0, 1, 45, 89, 90, 91, 200]) {
        const firstPaid = paidBefore === null ? null : addDays(day, -paidBefore);
        const from = electionAppliesFrom(day, firstPaid);
        const waitEnds = addDays(firstPaid ?? day, WAITING_DAYS);
        expect(['01', '16']).toContain(from.slice(8));
        expect(from > day && from > waitEnds).toBe(true);
        // The period before it starts on or before the later of the two: no earlier period start would do.
        const previousStart = payPeriodOf(addDays(from, -1)).start;
        expect(previousStart <= (waitEnds > day ? waitEnds : day)).toBe(true);
      }
    }
  });
});

describe('family exemptions', () => {
  it('exempt a parent or spouse from Social Security and Medicare, and no one else', () => {
    expect((['parent', 'spouse', 'child', 'other'] as const).map(ficaStatus)).toEqual(['exempt', 'exempt', 'withheld', 'withheld']);
  });

  it("leave a child, parent or spouse outside SDI unless they elected it; anyone else's SDI is withheld", () => {
    expect((['parent', 'spouse', 'child', 'other'] as const).map((r) => sdiStatus(r, false))).toEqual(['exempt', 'exempt', 'exempt', 'withheld']);
    expect((['parent', 'spouse', 'child', 'other'] as const).map((r) => sdiStatus(r, true))).toEqual(['elected', 'elected', 'elected', 'withheld']);
  });
});

describe('an exempt claim', () => {
  const year = Number(today.slice(0, 4));
  /** February 15 of the year after `y`, built from today's year. */
  const feb15 = (y: number) => `${y + 1}-02-15`;
  const w4: FederalElection = { filingStatus: 'married_jointly', multipleJobs: true, dependentsCents: 200_000, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: true };
  const de4: StateElection = { filingStatus: 'married', allowances: 3, estimatedDeductionAllowances: 0, extraCents: 0, exempt: true };

  it('covers payments issued up to February 15 of the year after the one it was made in, from any day of that year', () => {
    for (let d = 0; d < 365; d += 7) expect(exemptionLastPayDate(addDays(`${year}-01-01`, d))).toBe(feb15(year));
    expect(exemptionLastPayDate(`${year}-12-31`)).toBe(feb15(year));
    expect(exemptionLastPayDate(`${year + 1}-01-01`)).toBe(feb15(year + 1));
  });

  it('is withheld as on the form through February 15, then as Publication 15 says: Single or Married filing separately with no other entries', () => {
    const inForce = { election: w4, madeOn: addDays(today, -30) };
    const last = exemptionLastPayDate(inForce.madeOn);
    expect(electionForPayment(inForce, last, LAPSED_EXEMPTION_FEDERAL)).toBe(w4);
    expect(electionForPayment(inForce, addDays(last, 1), LAPSED_EXEMPTION_FEDERAL)).toEqual({
      filingStatus: 'single',
      multipleJobs: false,
      dependentsCents: 0,
      otherIncomeCents: 0,
      deductionsCents: 0,
      extraCents: 0,
      exempt: false,
    });
  });

  it('on a DE 4 lapses on the same day, to Single with zero allowances', () => {
    const inForce = { election: de4, madeOn: addDays(today, -30) };
    const last = exemptionLastPayDate(inForce.madeOn);
    expect(electionForPayment(inForce, last, LAPSED_EXEMPTION_STATE)).toBe(de4);
    expect(electionForPayment(inForce, addDays(last, 1), LAPSED_EXEMPTION_STATE)).toEqual({ filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: false });
  });

  it('has lapsed by the first day it governs when that is after its February 15: today for one in force, its own date for one to come', () => {
    expect(exemptionOf(`${year}-07-01`, `${year + 1}-02-15`)).toEqual({ lastPayDate: feb15(year), lapsed: false });
    expect(exemptionOf(`${year}-07-01`, `${year + 1}-02-16`)).toEqual({ lastPayDate: feb15(year), lapsed: true });
    // Made late in a year by a provider still in the waiting period: it would apply only after it ends.
    expect(exemptionOf(`${year}-11-20`, electionAppliesFrom(`${year}-11-20`, null))).toEqual({ lastPayDate: feb15(year), lapsed: true });
  });

  it('is the only kind of election that lapses: one that withholds keeps applying, and none or a stop withholds nothing', () => {
    const withholds = { ...w4, exempt: false };
    const longAfter = addDays(today, 3 * 366);
    expect(electionForPayment({ election: withholds, madeOn: today }, longAfter, LAPSED_EXEMPTION_FEDERAL)).toBe(withholds);
    expect(electionForPayment({ election: null, madeOn: today }, longAfter, LAPSED_EXEMPTION_FEDERAL)).toBeNull();
    expect(electionForPayment(null, longAfter, LAPSED_EXEMPTION_STATE)).toBeNull();
  });
});
