import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEDUCTION_KINDS, type Deduction } from '../../../domain/index.js';
import { DOCUMENT_WORDS, stubLines } from './documents.js';
import { paymentStatements } from './statement.js';
import type { PaymentRow } from './store.js';

/** A payment as stored: gross by kind, each deduction no more than what is left, net the rest (0018's trigger). */
const payment = fc
  .record({
    year: fc.constantFrom('2025', '2026'),
    day: fc.integer({ min: 0, max: 364 }),
    cents: fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 4, maxLength: 4 }),
    shares: fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: DEDUCTION_KINDS.length, maxLength: DEDUCTION_KINDS.length }),
    wages: fc.array(fc.integer({ min: 0, max: 600_000 }), { minLength: 5, maxLength: 5 }),
  })
  .map(({ year, day, cents, shares, wages }) => {
    const [regular, overtime, travel, sick] = cents as [number, number, number, number];
    const gross = regular + overtime + travel + sick;
    let left = gross;
    const deductions: Deduction[] = DEDUCTION_KINDS.map((kind, i) => {
      const taken = Math.min(left, Math.floor((gross * shares[i]!) / 10_000));
      left -= taken;
      return { kind, cents: taken };
    });
    const date = new Date(Date.UTC(Number(year), 0, 1 + day)).toISOString().slice(0, 10);
    return { date: date.startsWith(year) ? date : `${year}-12-31`, regular, overtime, travel, sick, gross, net: left, deductions, wages: wages as [number, number, number, number, number] };
  });

type Payment = typeof payment extends fc.Arbitrary<infer T> ? T : never;

/** The stored row of a generated payment: only what the statement reads is real. */
const rowOf = (p: Payment, id: number) =>
  ({
    id,
    payment_number: `P${p.date.slice(0, 4)}-${String(id).padStart(8, '0')}`,
    kind: 'timesheet',
    timesheet_id: id,
    case_number: '1234567',
    recipient_first_name: 'R',
    recipient_last_name: 'C',
    pay_period_start: p.date,
    pay_period_end: p.date,
    issue_date: p.date,
    status: 'issued',
    paid_on: null,
    returned_on: null,
    return_reason: null,
    rate_cents: 1800,
    regular_minutes: 60,
    overtime_minutes: 0,
    travel_minutes: 0,
    sick_minutes: 0,
    regular_cents: p.regular,
    overtime_cents: p.overtime,
    travel_cents: p.travel,
    sick_cents: p.sick,
    gross_cents: p.gross,
    net_cents: p.net,
    federal_wages_cents: p.wages[0],
    social_security_wages_cents: p.wages[1],
    medicare_wages_cents: p.wages[2],
    state_wages_cents: p.wages[3],
    sdi_wages_cents: p.wages[4],
    tax_year: Number(p.date.slice(0, 4)),
  }) as unknown as PaymentRow;

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe("a payment's year to date", () => {
  it('sums, for each payment, the payments of its calendar year issued up to it, in any order given, and gross less deductions is net', () => {
    fc.assert(
      fc.property(fc.array(payment, { minLength: 1, maxLength: 25 }), fc.array(fc.nat(), { maxLength: 25 }), (payments, shuffle) => {
        const rows = payments.map((p, i) => rowOf(p, i + 1));
        const given = [...rows].sort((a, b) => (shuffle[a.id - 1] ?? 0) - (shuffle[b.id - 1] ?? 0));
        const deductions = new Map(payments.map((p, i) => [i + 1, p.deductions]));
        const statements = paymentStatements(given, deductions);
        expect(statements.map((s) => s.id)).toEqual(given.map((r) => r.id));
        for (const s of statements) {
          const row = rows.find((r) => r.id === s.id)!;
          const upTo = rows.filter((r) => r.issue_date.slice(0, 4) === row.issue_date.slice(0, 4) && (r.issue_date < row.issue_date || (r.issue_date === row.issue_date && r.id <= row.id)));
          expect(s.yearToDate.cents.gross).toBe(sum(upTo.map((r) => r.gross_cents)));
          expect(s.yearToDate.cents.net).toBe(sum(upTo.map((r) => r.net_cents)));
          expect(s.yearToDate.taxableWages.socialSecurity).toBe(sum(upTo.map((r) => r.social_security_wages_cents)));
          for (const [k, d] of s.deductions.entries()) {
            expect(d.kind).toBe(DEDUCTION_KINDS[k]);
            expect(d.yearToDateCents).toBe(sum(upTo.map((r) => deductions.get(r.id)![k]!.cents)));
          }
          expect(s.cents.gross - sum(s.deductions.map((d) => d.cents))).toBe(s.cents.net);
          expect(s.yearToDate.cents.gross - sum(s.deductions.map((d) => d.yearToDateCents))).toBe(s.yearToDate.cents.net);
        }
      }),
    );
  });
});

describe("the pay stub's lines", () => {
  it('add up on paper: pay by kind to the gross, the deductions shown to their total, gross less that total to net, this payment and year to date alike', () => {
    fc.assert(
      fc.property(fc.array(payment, { minLength: 1, maxLength: 12 }), fc.constantFrom(...(['en', 'es', 'zh', 'hy', 'vi', 'tl', 'ru', 'ko'] as const)), (payments, lang) => {
        const rows = payments.map((p, i) => rowOf(p, i + 1));
        const statements = paymentStatements(rows, new Map(payments.map((p, i) => [i + 1, p.deductions])));
        for (const s of statements) {
          const lines = stubLines(s, DOCUMENT_WORDS[lang]);
          const gross = lines.pay.at(-1)!;
          const byKind = lines.pay.slice(0, -1);
          const total = lines.deductions.at(-1)!;
          const shown = lines.deductions.slice(0, -1);
          expect(sum(byKind.map((l) => l.cents))).toBe(gross.cents);
          expect(sum(byKind.map((l) => l.yearToDateCents))).toBe(gross.yearToDateCents);
          expect(sum(shown.map((l) => l.cents))).toBe(total.cents);
          expect(sum(shown.map((l) => l.yearToDateCents))).toBe(total.yearToDateCents);
          expect(gross.cents - total.cents).toBe(lines.net.cents);
          expect(gross.yearToDateCents - total.yearToDateCents).toBe(lines.net.yearToDateCents);
          // A kind never taken this year is left off; one taken is there, with its year to date.
          expect(shown.map((l) => l.label)).toEqual(s.deductions.filter((d) => d.yearToDateCents > 0).map((d) => DOCUMENT_WORDS[lang].deduction[d.kind]));
          expect(lines.wages.map((l) => l.cents)).toEqual([s.taxableWages.federal, s.taxableWages.socialSecurity, s.taxableWages.medicare, s.taxableWages.state, s.taxableWages.sdi]);
        }
      }),
    );
  });
});
