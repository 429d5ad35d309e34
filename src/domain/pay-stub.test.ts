import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PayPeriodLine } from './claims';
import { grossCents } from './pay';
import { payStubOf, type PayStubInput } from './pay-stub';

const RATE = 2000;

function line(regularMinutes: number, overtimeMinutes: number, travelMinutes = 0, rateCents = RATE): PayPeriodLine {
  return {
    start: '2026-03-01',
    end: '2026-03-15',
    recipientId: '1234567',
    workedMinutes: regularMinutes + overtimeMinutes - travelMinutes,
    travelMinutes,
    regularMinutes,
    overtimeMinutes,
    grossCents: grossCents(regularMinutes, overtimeMinutes, rateCents),
    byRate: [{ rateCents, regularMinutes, overtimeMinutes }],
  };
}

const input = (rest: Partial<PayStubInput>): PayStubInput => ({ lines: [], travel: [], sickLeave: [], rateCents: RATE, periodEnd: '2026-03-15', ...rest });

describe("a payment's pay stub", () => {
  it('pays a 45-hour week as 40 regular hours and 5 overtime hours at 1.5x the rate (WIC 12300.4(c))', () => {
    const stub = payStubOf(input({ lines: [line(40 * 60, 5 * 60)] }));
    expect(stub.minutes).toEqual({ regular: 40 * 60, overtime: 5 * 60, travel: 0, sick: 0 });
    expect(stub.cents).toEqual({ regular: 40 * RATE, overtime: 5 * 3000, travel: 0, sick: 0, gross: 40 * RATE + 5 * 3000 });
  });

  it('shows travel inside regular time on its own line at its day’s rate, taken out of the regular line', () => {
    const stub = payStubOf(input({ lines: [line(40 * 60, 0, 120)], travel: [{ date: '2026-03-03', minutes: 120 }] }));
    expect(stub.minutes).toEqual({ regular: 40 * 60 - 120, overtime: 0, travel: 120, sick: 0 });
    expect(stub.cents).toMatchObject({ travel: 2 * RATE, regular: 38 * RATE, gross: 40 * RATE });
  });

  it('pays travel past the regular minutes inside overtime: the travel line holds at most the regular minutes', () => {
    const stub = payStubOf(input({ lines: [line(60, 600, 120)], travel: [{ date: '2026-03-03', minutes: 120 }] }));
    expect(stub.minutes).toEqual({ regular: 0, overtime: 600, travel: 60, sick: 0 });
    expect(stub.cents).toMatchObject({ travel: RATE, regular: 0, overtime: 10 * 3000 });
  });

  it('pays travel at the rate in force on its day when the county’s rate changes inside the period', () => {
    const changes = [{ effective: '2026-03-10', rateCents: 2400 }];
    const lines = [{ ...line(600, 0, 120), grossCents: 20000 + 2 * 400, byRate: [{ rateCents: RATE, regularMinutes: 480, overtimeMinutes: 0 }, { rateCents: 2400, regularMinutes: 120, overtimeMinutes: 0 }] }];
    const stub = payStubOf(input({ lines, travel: [{ date: '2026-03-12', minutes: 120 }], rateChanges: changes }));
    expect(stub.cents).toMatchObject({ travel: 2 * 2400, regular: 8 * RATE, gross: 20800 });
    expect(stub.rateCents).toBe(2400);
  });

  it('pays sick leave at its day’s rate, rounded once, on top of worked time and never as overtime (ACL 18-01)', () => {
    const stub = payStubOf(input({ lines: [line(40 * 60, 60, 0, 1965)], sickLeave: [{ date: '2026-03-02', minutes: 30 }, { date: '2026-03-04', minutes: 30 }], rateCents: 1965 }));
    // 30 minutes at $19.65 is 982.5 cents: rounded per day it would be 1966 cents, rounded once it is 1965.
    expect(stub.minutes).toMatchObject({ overtime: 60, sick: 60 });
    expect(stub.cents.sick).toBe(1965);
    expect(stub.cents.gross).toBe(grossCents(40 * 60, 60, 1965) + 1965);
  });

  it('pays sick leave alone, with no time worked, at the rate of the period’s last day on the stub', () => {
    const stub = payStubOf(input({ sickLeave: [{ date: '2026-03-02', minutes: 120 }], rateChanges: [{ effective: '2026-03-10', rateCents: 2100 }] }));
    expect(stub).toEqual({
      rateCents: 2100,
      minutes: { regular: 0, overtime: 0, travel: 0, sick: 120 },
      cents: { regular: 0, overtime: 0, travel: 0, sick: 2 * RATE, gross: 2 * RATE },
    });
  });

  it("adds regular, overtime and travel up to the engine's gross to the cent, whatever the minutes and rate", () => {
    fc.assert(
      fc.property(fc.nat(4000), fc.nat(1500), fc.nat(420), fc.integer({ min: 1, max: 9999 }), (regular, overtime, travel, rate) => {
        const l = line(regular, overtime, Math.min(travel, regular + overtime), rate);
        const stub = payStubOf(input({ lines: [l], travel: [{ date: '2026-03-03', minutes: l.travelMinutes }], rateCents: rate }));
        expect(stub.cents.regular + stub.cents.overtime + stub.cents.travel).toBe(l.grossCents);
        expect(Math.min(stub.cents.regular, stub.cents.overtime, stub.cents.travel)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
