/**
 * A payment as its provider reads it (issue #15): hours and gross by kind, each deduction with its year-to-date total,
 * net pay, and the year to date of the gross, the taxable wages of each tax and the net. The pay stub (PDF), the
 * Payments page and the payment history (CSV) all show these figures, so they are figured once, here.
 *
 * Year to date is the calendar year of the issue date, as the State Controller's Office reports wages: by the date a
 * payment was issued, whatever pay period it paid ("The Form W-2 reflects wages paid by warrants/direct deposit
 * payments that are issued during the ... tax year, regardless of the pay period in which the wages were earned": SCO,
 * "What wages are reflected on the Form W-2?"). A returned payment counts too (ADR 0007: wages issued, paid again by
 * the reissued payment). Sums are of integer cents, so they are exact.
 */
import type { PaymentStatement, PaymentView, TaxableWagesView } from '../../../contracts/payments.js';
import { DEDUCTION_KINDS, type Deduction } from '../../../domain/index.js';
import type { PaymentRow } from './store.js';

export function paymentView(p: PaymentRow): PaymentView {
  return {
    id: p.id,
    paymentNumber: p.payment_number,
    kind: p.kind,
    timesheetId: p.timesheet_id,
    caseNumber: p.case_number,
    recipient: { firstName: p.recipient_first_name, lastName: p.recipient_last_name },
    payPeriod: { start: p.pay_period_start, end: p.pay_period_end },
    issueDate: p.issue_date,
    status: p.status,
    paidOn: p.paid_on,
    returned: p.returned_on !== null && p.return_reason !== null ? { on: p.returned_on, reason: p.return_reason } : null,
    rateCents: p.rate_cents,
    ...(p.paid_by ? { paidTo: { method: p.paid_by, last4: p.deposit_last4 } } : {}),
    minutes: { regular: p.regular_minutes, overtime: p.overtime_minutes, travel: p.travel_minutes, sickLeave: p.sick_minutes },
    cents: { regular: p.regular_cents, overtime: p.overtime_cents, travel: p.travel_cents, sickLeave: p.sick_cents, gross: p.gross_cents, net: p.net_cents },
  };
}

export const taxableWagesOf = (p: PaymentRow): TaxableWagesView => ({
  federal: p.federal_wages_cents,
  socialSecurity: p.social_security_wages_cents,
  medicare: p.medicare_wages_cents,
  state: p.state_wages_cents,
  sdi: p.sdi_wages_cents,
});

const NO_WAGES: TaxableWagesView = { federal: 0, socialSecurity: 0, medicare: 0, state: 0, sdi: 0 };
const addWages = (a: TaxableWagesView, b: TaxableWagesView): TaxableWagesView => ({
  federal: a.federal + b.federal,
  socialSecurity: a.socialSecurity + b.socialSecurity,
  medicare: a.medicare + b.medicare,
  state: a.state + b.state,
  sdi: a.sdi + b.sdi,
});

/**
 * Each payment with its year to date. `rows` must hold, for every calendar year they touch, every payment of the
 * provider in that year up to the latest one given (a whole year, or a year up to one payment); any order. Answered
 * in the order given.
 */
export function paymentStatements(rows: readonly PaymentRow[], deductions: ReadonlyMap<number, readonly Deduction[]>): PaymentStatement[] {
  const ordered = [...rows].sort((a, b) => (a.issue_date < b.issue_date ? -1 : a.issue_date > b.issue_date ? 1 : a.id - b.id));
  const byId = new Map<number, PaymentStatement>();
  let year = '';
  let ytd = { regular: 0, overtime: 0, travel: 0, sickLeave: 0, gross: 0, net: 0 };
  let ytdWages = NO_WAGES;
  let ytdDeductions: number[] = DEDUCTION_KINDS.map(() => 0);
  for (const p of ordered) {
    if (p.issue_date.slice(0, 4) !== year) {
      year = p.issue_date.slice(0, 4);
      ytd = { regular: 0, overtime: 0, travel: 0, sickLeave: 0, gross: 0, net: 0 };
      ytdWages = NO_WAGES;
      ytdDeductions = DEDUCTION_KINDS.map(() => 0);
    }
    const view = paymentView(p);
    const own = deductions.get(p.id) ?? [];
    const cents = DEDUCTION_KINDS.map((kind) => own.find((d) => d.kind === kind)?.cents ?? 0);
    ytdDeductions = ytdDeductions.map((sum, i) => sum + cents[i]!);
    ytd = {
      regular: ytd.regular + view.cents.regular,
      overtime: ytd.overtime + view.cents.overtime,
      travel: ytd.travel + view.cents.travel,
      sickLeave: ytd.sickLeave + view.cents.sickLeave,
      gross: ytd.gross + view.cents.gross,
      net: ytd.net + view.cents.net,
    };
    const wages = taxableWagesOf(p);
    ytdWages = addWages(ytdWages, wages);
    byId.set(p.id, {
      ...view,
      taxYear: p.tax_year,
      deductions: DEDUCTION_KINDS.map((kind, i) => ({ kind, cents: cents[i]!, yearToDateCents: ytdDeductions[i]! })),
      taxableWages: wages,
      yearToDate: { cents: ytd, taxableWages: ytdWages },
    });
  }
  return rows.map((p) => byId.get(p.id)!);
}
