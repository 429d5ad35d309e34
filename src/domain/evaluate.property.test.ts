import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar';
import type { ClaimEntry, EvaluationInput, RecipientCase } from './claims';
import { evaluateClaims, type Evaluation } from './evaluate';
import { OVERTIME_THRESHOLD_MINUTES } from './limits';
import { overtimeUnits, regularUnits, roundUnitsToCents } from './pay';
import { REASON_CODES } from './reason-codes';

const RECIPIENT_IDS = ['R1', 'R2', 'R3'];

/** Six weeks around a month end, a year end and both clock changes are all in reach. */
const anchor = fc.constantFrom('2026-02-20', '2026-03-01', '2026-10-25', '2025-12-20');

const recipientCase = (id: string, sameRate: boolean): fc.Arbitrary<RecipientCase> =>
  fc.record({
    id: fc.constant(id),
    monthlyAuthorizedMinutes: fc.integer({ min: 20 * 60, max: 283 * 60 }),
    rateCents: sameRate ? fc.constant(1964) : fc.integer({ min: 1600, max: 2600 }),
    rateChanges: sameRate
      ? fc.constant(undefined)
      : fc.option(
          fc.array(fc.record({ effective: anchor.map((d) => addDays(d, 10)), rateCents: fc.integer({ min: 1600, max: 2600 }) }), { maxLength: 1 }),
          { nil: undefined },
        ),
    overtimeException: fc.boolean(),
  });

const entry = (start: string, recipients: number): fc.Arbitrary<ClaimEntry> =>
  fc.record({
    recipientId: fc.constantFrom(...RECIPIENT_IDS.slice(0, recipients)),
    date: fc.integer({ min: 0, max: 41 }).map((d) => addDays(start, d)),
    workedMinutes: fc.integer({ min: 0, max: 12 * 60 }),
    travelMinutes: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 90 })),
  });

const claimCase = (sameRate = false): fc.Arbitrary<EvaluationInput> =>
  fc
    .record({ start: anchor, count: fc.integer({ min: 1, max: 3 }), exemption: fc.constantFrom('none', 'exemption1', 'exemption2') as fc.Arbitrary<'none' | 'exemption1' | 'exemption2'> })
    .chain(({ start, count, exemption }) =>
      fc.record({
        provider: fc.constant({ exemption }),
        recipients: fc.tuple(...RECIPIENT_IDS.slice(0, count).map((id) => recipientCase(id, sameRate))),
        entries: fc.array(entry(start, count), { maxLength: 45 }),
      }),
    );

const sum = <T>(items: readonly T[], f: (t: T) => number): number => items.reduce((s, t) => s + f(t), 0);

function totalsByWeek(result: Evaluation): Record<string, [number, number]> {
  return Object.fromEntries(result.workweeks.map((w) => [w.start, [w.workedMinutes + w.travelMinutes, w.claimedOvertimeMinutes]]));
}

function paidCents(results: readonly Evaluation[]): number {
  return sum(results, (r) => sum(r.payPeriods, (l) => l.grossCents));
}

describe('evaluation properties', () => {
  it('splits every minute into regular or overtime: regular + overtime = worked + travel, per week and per pay line', () => {
    fc.assert(
      fc.property(claimCase(), (input) => {
        const result = evaluateClaims(input);
        for (const w of result.workweeks) {
          expect(w.regularMinutes + w.overtimeMinutes).toBe(w.workedMinutes + w.travelMinutes);
        }
        for (const l of result.payPeriods) {
          expect(l.regularMinutes + l.overtimeMinutes).toBe(l.workedMinutes + l.travelMinutes);
          expect(sum(l.byRate, (r) => r.regularMinutes + r.overtimeMinutes)).toBe(l.workedMinutes + l.travelMinutes);
        }
      }),
    );
  });

  it('never gives negative overtime, and gives exactly the minutes past 40 hours in each workweek', () => {
    fc.assert(
      fc.property(claimCase(), (input) => {
        for (const w of evaluateClaims(input).workweeks) {
          expect(w.overtimeMinutes).toBeGreaterThanOrEqual(0);
          expect(w.overtimeMinutes).toBe(Math.max(0, w.workedMinutes + w.travelMinutes - OVERTIME_THRESHOLD_MINUTES));
        }
      }),
    );
  });

  it('gives the same result whatever the order of the entries', () => {
    fc.assert(
      fc.property(
        claimCase().chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray([...input.entries], { minLength: input.entries.length }))),
        ([input, shuffled]) => {
          expect(evaluateClaims({ ...input, entries: shuffled })).toEqual(evaluateClaims(input));
        },
      ),
    );
  });

  it('pays the same overtime and the same cents when the time is split into two pay periods at any date', () => {
    fc.assert(
      fc.property(claimCase(), fc.integer({ min: 0, max: 42 }), (input, cutDay) => {
        const cut = addDays(input.entries[0]?.date ?? '2026-03-01', cutDay - 21);
        const first = input.entries.filter((e) => e.date < cut);
        const second = input.entries.filter((e) => e.date >= cut);
        const whole = evaluateClaims(input);
        const a = evaluateClaims({ ...input, entries: first });
        const b = evaluateClaims({ ...input, entries: second, priorEntries: first });
        expect(sum(a.workweeks, (w) => w.claimedOvertimeMinutes) + sum(b.workweeks, (w) => w.claimedOvertimeMinutes)).toBe(
          sum(whole.workweeks, (w) => w.overtimeMinutes),
        );
        expect(paidCents([a, b])).toBe(paidCents([whole]));
      }),
    );
  });

  it('pays the same overtime in total when a week is claimed on one timesheet per recipient, in any order', () => {
    fc.assert(
      fc.property(claimCase(true), fc.constantFrom(...RECIPIENT_IDS), (input, firstRecipient) => {
        const split = (entries: readonly ClaimEntry[]) => {
          const first = entries.filter((e) => e.recipientId === firstRecipient);
          const rest = entries.filter((e) => e.recipientId !== firstRecipient);
          return [evaluateClaims({ ...input, entries: first }), evaluateClaims({ ...input, entries: rest, priorEntries: first })];
        };
        const whole = evaluateClaims(input);
        const [a, b] = split(input.entries) as [Evaluation, Evaluation];
        const overtime = (r: Evaluation) => sum(r.workweeks, (w) => w.claimedOvertimeMinutes);
        expect(overtime(a) + overtime(b)).toBe(overtime(whole));
        const weeks = totalsByWeek(whole);
        for (const w of b.workweeks) expect(w.workedMinutes + w.travelMinutes).toBe(weeks[w.start]?.[0]);
        // With one rate for every recipient, which timesheet carries the overtime changes no cent of a
        // month. (Across two months it may: a split can move overtime minutes from one month to the
        // other, and each month is rounded on its own.)
        const month = input.entries[0]?.date.slice(0, 7);
        const oneMonth = input.entries.filter((e) => e.date.slice(0, 7) === month);
        expect(paidCents(split(oneMonth))).toBe(paidCents([evaluateClaims({ ...input, entries: oneMonth })]));
      }),
    );
  });

  it("never loses a cent to rounding: each month pays the provider's exact amount rounded once", () => {
    fc.assert(
      fc.property(claimCase(), (input) => {
        const result = evaluateClaims(input);
        const months = new Map<string, { cents: number; units: number }>();
        for (const l of result.payPeriods) {
          const key = l.start.slice(0, 7);
          const m = months.get(key) ?? { cents: 0, units: 0 };
          m.cents += l.grossCents;
          m.units += sum(l.byRate, (r) => regularUnits(r.regularMinutes, r.rateCents) + overtimeUnits(r.overtimeMinutes, r.rateCents));
          months.set(key, m);
          // No single line is a cent or more away from its own exact value.
          const units = sum(l.byRate, (r) => regularUnits(r.regularMinutes, r.rateCents) + overtimeUnits(r.overtimeMinutes, r.rateCents));
          expect(Math.abs(l.grossCents * 120 - units)).toBeLessThan(120);
        }
        for (const m of months.values()) expect(m.cents).toBe(roundUnitsToCents(m.units));
      }),
    );
  });

  it('reports findings only for kinds the catalogue gives their code, and with the data keys it declares', () => {
    fc.assert(
      fc.property(claimCase(), (input) => {
        for (const f of evaluateClaims(input).findings) {
          expect(f.kind).toBe(REASON_CODES[f.code].kind);
          expect(Object.keys(f.data).sort()).toEqual([...REASON_CODES[f.code].data].sort());
        }
      }),
    );
  });
});
