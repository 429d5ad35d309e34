import { describe, expect, it } from 'vitest';
import { addDays, payPeriodOf } from '../../../domain/index.js';
import { testToday } from '../../testing/clock.js';
import { electionAppliesFrom, ficaStatus, sdiStatus, WAITING_DAYS } from './rules.js';

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
