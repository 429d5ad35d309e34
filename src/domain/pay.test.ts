import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countyRateFrom, grossCents, MonthPayAccumulator, overtimeUnits, rateOn, rateSpans, regularUnits, roundUnitsToCents } from './pay';

describe('pay in integer cents', () => {
  it('pays a 45-hour week as 40 regular hours and 5 at 1.5x (WIC 12300.4(c); DRC)', () => {
    expect(grossCents(40 * 60, 5 * 60, 1964)).toBe(40 * 1964 + 5 * 2946);
  });

  it('pays the overtime half-cent exactly: 1 h at $19.65 is 2947.5 cents, rounded half up to 2948', () => {
    expect(grossCents(0, 60, 1965)).toBe(2948);
    expect(grossCents(1, 0, 1964)).toBe(33);
  });

  it('rounds half a cent up and anything less down', () => {
    expect(roundUnitsToCents(59)).toBe(0);
    expect(roundUnitsToCents(60)).toBe(1);
    expect(roundUnitsToCents(179)).toBe(1);
    expect(roundUnitsToCents(180)).toBe(2);
  });

  it('never gains or loses a cent when a month is paid in pieces: the pieces add up to the month rounded once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ regular: fc.nat(600), overtime: fc.nat(300), rate: fc.integer({ min: 1, max: 9999 }) }), {
          maxLength: 40,
        }),
        (pieces) => {
          const month = new MonthPayAccumulator();
          let paid = 0;
          let exact = 0;
          for (const p of pieces) {
            const units = regularUnits(p.regular, p.rate) + overtimeUnits(p.overtime, p.rate);
            exact += units;
            const cents = month.pay(units);
            expect(Math.abs(cents * 120 - units)).toBeLessThan(120);
            paid += cents;
          }
          expect(paid).toBe(roundUnitsToCents(exact));
        },
      ),
    );
  });

  it('uses the rate in effect on each day: the latest change on or before it', () => {
    const changes = [
      { effective: '2026-07-01', rateCents: 2050 },
      { effective: '2026-01-01', rateCents: 2000 },
    ];
    expect(rateOn('2025-12-31', 1900, changes)).toBe(1900);
    expect(rateOn('2026-01-01', 1900, changes)).toBe(2000);
    expect(rateOn('2026-06-30', 1900, changes)).toBe(2000);
    expect(rateOn('2026-07-01', 1900, changes)).toBe(2050);
  });
});

describe("a period's days by hourly rate", () => {
  it('is one span when no rate changes inside, and splits on the day a new rate starts', () => {
    expect(rateSpans('2026-11-16', '2026-11-30', 1800, [{ effective: '2026-11-16', rateCents: 2000 }])).toEqual([{ start: '2026-11-16', end: '2026-11-30', rateCents: 2000 }]);
    expect(rateSpans('2026-11-16', '2026-11-30', 1800, [{ effective: '2026-11-23', rateCents: 2000 }, { effective: '2026-12-01', rateCents: 2100 }])).toEqual([
      { start: '2026-11-16', end: '2026-11-22', rateCents: 1800 },
      { start: '2026-11-23', end: '2026-11-30', rateCents: 2000 },
    ]);
  });
});

describe("a county's wage from a day on", () => {
  const rates = [
    { effective: '2025-01-01', rateCents: 2200 },
    { effective: '2026-03-10', rateCents: 2400 },
    { effective: '2026-07-01', rateCents: 2500 },
  ];

  it('takes the rate in force on the day and keeps every later change', () => {
    expect(countyRateFrom(rates, '2026-03-01')).toEqual({ rateCents: 2200, rateChanges: rates.slice(1), known: true });
    expect(countyRateFrom(rates, '2026-03-10')).toEqual({ rateCents: 2400, rateChanges: rates.slice(2), known: true });
  });

  it("values days before the county's first rate at that first rate, never at zero", () => {
    expect(countyRateFrom(rates, '2024-06-01')).toEqual({ rateCents: 2200, rateChanges: rates, known: true });
  });

  it('says the wage is unknown when the county has no rate', () => {
    expect(countyRateFrom([], '2026-03-01')).toEqual({ rateCents: 0, rateChanges: [], known: false });
  });
});
