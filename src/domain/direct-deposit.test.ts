import { describe, expect, it } from 'vitest';
import { depositStage, depositTimeline, isCancellable, isRoutingNumber, PRENOTE_WAIT_BANKING_DAYS } from './direct-deposit';

/**
 * Routing numbers that banks publish on their own sites and checks for direct deposit (and the Federal Reserve's
 * E-Payments Routing Directory lists), and near misses of them: one digit mistyped, neighbours swapped, a digit too
 * few or too many, a letter, a district no bank is in.
 */
const PUBLISHED = [
  ['021000021', 'JPMorgan Chase Bank, New York'],
  ['322271627', 'JPMorgan Chase Bank, California'],
  ['121000358', 'Bank of America, California'],
  ['111000025', 'Bank of America (the check-digit example of the ABA routing number article)'],
  ['121000248', 'Wells Fargo Bank, California'],
  ['021000089', 'Citibank, New York'],
  ['122235821', 'U.S. Bank, California'],
  ['256074974', 'Navy Federal Credit Union (a thrift: district 21-32)'],
  ['011000015', 'Federal Reserve Bank of Boston'],
] as const;

const NEAR_MISSES = [
  ['021000022', 'the check digit one off'],
  ['121000359', 'the check digit one off'],
  ['121001358', 'one digit mistyped in the middle'],
  ['322217627', 'neighbours swapped (7 and 1)'],
  ['121000385', 'neighbours swapped (5 and 8)'],
  ['12100035', 'eight digits'],
  ['1210003580', 'ten digits'],
  ['12100035O', 'a letter O for a zero'],
  ['121 000 358', 'spaces (the contract strips them before this check)'],
  ['', 'nothing'],
  ['000000000', 'district 00 (the U.S. Government), though its check digit adds up'],
  ['130000006', 'district 13: none, though its check digit adds up'],
  ['500000005', 'district 50: none, though its check digit adds up'],
  ['800000006', "district 80 (traveler's checks), though its check digit adds up"],
] as const;

describe('the routing number check: ABA 3-7-1 check digit and a Federal Reserve district', () => {
  it.each(PUBLISHED)('takes %s (%s)', (digits) => {
    expect(isRoutingNumber(digits)).toBe(true);
  });

  it.each(NEAR_MISSES)('refuses %s (%s)', (digits) => {
    expect(isRoutingNumber(digits)).toBe(false);
  });

  it('takes an electronic (ACH-only) routing number, district 61-72, whose check digit adds up', () => {
    expect(isRoutingNumber('610000005')).toBe(true);
  });

  it('catches every single mistyped digit of a published number', () => {
    for (const [digits] of PUBLISHED) {
      for (let i = 0; i < 9; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === digits[i]) continue;
          expect(isRoutingNumber(`${digits.slice(0, i)}${d}${digits.slice(i + 1)}`), `${digits} position ${i + 1} -> ${d}`).toBe(false);
        }
      }
    }
  });
});

describe('the dates of a change of where pay goes', () => {
  it('holds a deposit change for the business days the county set, then waits for the pre-note', () => {
    // Monday 2026-12-07, held 3 business days: through Thursday the 10th; the pre-note settles Friday the 11th; live
    // entries from the third banking day after: Wednesday the 16th.
    expect(depositTimeline('direct_deposit', '2026-12-07', 3)).toEqual({ holdEndsOn: '2026-12-10', prenoteSettlesOn: '2026-12-11', liveFrom: '2026-12-16' });
    expect(PRENOTE_WAIT_BANKING_DAYS).toBe(3);
  });

  it('counts business days over weekends and state holidays', () => {
    // Tuesday 2026-11-24: Thanksgiving and the day after are holidays. Hold: Wed 25th, Mon 30th, Tue Dec 1st; pre-note
    // settles Wed Dec 2nd; live from Mon Dec 7th (Thu 3rd, Fri 4th, Mon 7th).
    expect(depositTimeline('direct_deposit', '2026-11-24', 3)).toEqual({ holdEndsOn: '2026-12-01', prenoteSettlesOn: '2026-12-02', liveFrom: '2026-12-07' });
    // A change made on a Saturday starts counting on Monday.
    expect(depositTimeline('direct_deposit', '2026-12-05', 1).holdEndsOn).toBe('2026-12-07');
  });

  it('uses a warrant from the first business day after the hold: no pre-note', () => {
    expect(depositTimeline('warrant', '2026-12-07', 3)).toEqual({ holdEndsOn: '2026-12-10', prenoteSettlesOn: null, liveFrom: '2026-12-11' });
  });

  it('moves through held, pending and active by the date alone', () => {
    const c = { ...depositTimeline('direct_deposit', '2026-12-07', 3), cancelled: false, replaced: false };
    expect(depositStage(c, '2026-12-07', false)).toBe('held');
    expect(depositStage(c, '2026-12-10', false)).toBe('held');
    expect(depositStage(c, '2026-12-11', false)).toBe('pending');
    expect(depositStage(c, '2026-12-15', false)).toBe('pending');
    expect(depositStage(c, '2026-12-16', false)).toBe('active');
    expect(depositStage(c, '2027-03-01', true)).toBe('replaced');
    expect(depositStage({ ...c, cancelled: true }, '2026-12-16', false)).toBe('cancelled');
    expect(depositStage({ ...c, replaced: true }, '2026-12-08', false)).toBe('replaced');
  });

  it('can be cancelled only during the hold', () => {
    const c = { ...depositTimeline('direct_deposit', '2026-12-07', 3), cancelled: false, replaced: false };
    expect(isCancellable(c, '2026-12-10')).toBe(true);
    expect(isCancellable(c, '2026-12-11')).toBe(false);
    expect(isCancellable({ ...c, cancelled: true }, '2026-12-08')).toBe(false);
  });
});
