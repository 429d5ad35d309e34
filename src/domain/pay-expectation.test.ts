import { describe, expect, it } from 'vitest';
import { californiaInstant } from './california-time';
import { payExpectation, payRunFor, type PayExpectationInput, type PayStage } from './pay-expectation';

/** A California wall-clock time as an ISO instant. */
const at = (date: string, hh: number, mm = 0) => new Date(californiaInstant(date, hh * 60 + mm)).toISOString();

const base: Omit<PayExpectationInput, 'now' | 'status'> = {
  submittedAt: null,
  recipientDecidedAt: null,
  goesToCounty: false,
  review: null,
  approvedAt: null,
  deniedAt: null,
  payment: null,
  method: 'direct_deposit',
};

const expectOf = (input: Partial<PayExpectationInput> & Pick<PayExpectationInput, 'now' | 'status'>) => payExpectation({ ...base, ...input })!;
const stage = (stages: readonly PayStage[], kind: PayStage['kind']) => stages.find((s) => s.kind === kind);
const plan = (stages: readonly PayStage[]) => stages.map((s) => `${s.kind} ${s.state} ${s.on ?? '-'}`);

describe('the pay run that pays an approval: every business day at 17:00 California time', () => {
  it.each([
    ['a weekday morning: that evening', at('2026-12-02', 10), '2026-12-02'],
    ['16:59: that evening', at('2026-12-02', 16, 59), '2026-12-02'],
    ['17:00, the run has started: the next business day', at('2026-12-02', 17), '2026-12-03'],
    ['a Friday after 17:00: Monday', at('2026-12-04', 18), '2026-12-07'],
    ['a Saturday: Monday', at('2026-12-05', 9), '2026-12-07'],
    ['the Wednesday before Thanksgiving after 17:00: the Monday after (Thursday and Friday are state holidays)', at('2026-11-25', 17, 30), '2026-11-30'],
    ['Thanksgiving: the Monday after', at('2026-11-26', 10), '2026-11-30'],
    ['December 31 before 17:00: that day', at('2026-12-31', 10), '2026-12-31'],
    ['December 31 after 17:00: the first business day of the year (January 1 is a Friday)', at('2026-12-31', 17, 30), '2027-01-04'],
  ])('%s', (_, approvedAt, run) => {
    expect(payRunFor(approvedAt)).toBe(run);
  });
});

describe('where is my pay: each step with its day', () => {
  it('a submission on the Friday before a holiday weekend: the recipient decides by Sunday, the pay run is on Tuesday after Martin Luther King Jr. Day, the bank two business days later', () => {
    const e = expectOf({ status: 'submitted', submittedAt: at('2027-01-15', 10), now: at('2027-01-15', 10, 5) });
    expect(plan(e.stages)).toEqual([
      'recipient now 2027-01-17', // 2 calendar days, not business days (ACIN I-17-22)
      'approved next 2027-01-17',
      'pay_run next 2027-01-19', // Monday the 18th is a state holiday
      'deposit next 2027-01-21',
    ]);
    expect(e).toMatchObject({ stage: 'recipient', method: 'direct_deposit', expectedOn: '2027-01-21', arrived: false, late: null, mailedOn: null });
    expect(stage(e.stages, 'pay_run')!.dueOn).toBe('2027-02-01'); // 10 business days from Sunday the 17th: the 19th to the 29th, then Monday Feb 1
  });

  it('an approval after 17:00 on the Wednesday before Thanksgiving is paid the Monday after, in the bank on Wednesday', () => {
    const e = expectOf({
      status: 'approved',
      submittedAt: at('2026-11-24', 9),
      recipientDecidedAt: at('2026-11-25', 17, 30),
      approvedAt: at('2026-11-25', 17, 30),
      now: at('2026-11-26', 12),
    });
    expect(plan(e.stages)).toEqual(['recipient done 2026-11-25', 'approved done 2026-11-25', 'pay_run now 2026-11-30', 'deposit next 2026-12-02']);
    expect(e.stage).toBe('pay_run');
    expect(e.expectedOn).toBe('2026-12-02');
  });

  it('an approval on December 31 before 17:00 is paid that evening and in the bank on January 5 (New Year’s Day and the weekend skipped)', () => {
    const e = expectOf({ status: 'approved', submittedAt: at('2026-12-30', 9), recipientDecidedAt: at('2026-12-31', 10), approvedAt: at('2026-12-31', 10), now: at('2026-12-31', 11) });
    expect(stage(e.stages, 'pay_run')!.on).toBe('2026-12-31');
    expect(e.expectedOn).toBe('2027-01-05');
  });

  it('a warrant is mailed on its issue date, expected 5 business days later and missing after 10', () => {
    const issued = { issueDate: '2027-01-04', method: 'warrant' as const, paidOn: null, returnedOn: null };
    const e = expectOf({ status: 'payment_issued', submittedAt: at('2026-12-30', 9), recipientDecidedAt: at('2026-12-31', 18), approvedAt: at('2026-12-31', 18), payment: issued, now: at('2027-01-05', 9) });
    expect(plan(e.stages)).toEqual(['recipient done 2026-12-31', 'approved done 2026-12-31', 'pay_run done 2027-01-04', 'mail now 2027-01-11']);
    expect(e).toMatchObject({ stage: 'mail', method: 'warrant', mailedOn: '2027-01-04', expectedOn: '2027-01-11', late: null });
    expect(stage(e.stages, 'mail')!.dueOn).toBe('2027-01-19'); // Martin Luther King Jr. Day, the 18th, skipped
    // Past the 5th business day it is still on its way (expected today), and late only past the 10th.
    expect(expectOf({ status: 'payment_issued', payment: issued, approvedAt: at('2026-12-31', 18), now: at('2027-01-14', 9) }).expectedOn).toBe('2027-01-14');
    const missing = expectOf({ status: 'payment_issued', payment: issued, approvedAt: at('2026-12-31', 18), now: at('2027-01-21', 9) });
    expect(missing.late).toEqual({ stage: 'mail', dueOn: '2027-01-19', daysLate: 2 });
  });

  it('takes the method a payment was made by over the destination of a payment still to come', () => {
    const e = expectOf({ status: 'payment_issued', approvedAt: at('2026-12-02', 9), payment: { issueDate: '2026-12-02', method: 'direct_deposit', paidOn: null, returnedOn: null }, method: 'warrant', now: at('2026-12-03', 9) });
    expect(e).toMatchObject({ method: 'direct_deposit', stage: 'deposit', expectedOn: '2026-12-04', mailedOn: null });
  });

  it('a deposit the bank acknowledged has arrived: every step done, the bank’s day is the money’s day', () => {
    const e = expectOf({ status: 'paid', approvedAt: at('2026-12-01', 9), payment: { issueDate: '2026-12-01', method: 'direct_deposit', paidOn: '2026-12-02', returnedOn: null }, now: at('2026-12-04', 9) });
    expect(e.stages.every((s) => s.state === 'done')).toBe(true);
    expect(e).toMatchObject({ stage: 'deposit', arrived: true, expectedOn: '2026-12-02', late: null });
  });
});

describe('where is my pay: county review', () => {
  it('a version whose findings the county checks shows the review before the approval, expected one business day after the recipient', () => {
    const e = expectOf({ status: 'submitted', goesToCounty: true, submittedAt: at('2026-12-01', 9), now: at('2026-12-01', 10) });
    expect(plan(e.stages)).toEqual(['recipient now 2026-12-03', 'county_review next 2026-12-04', 'approved next 2026-12-04', 'pay_run next 2026-12-07', 'deposit next 2026-12-09']);
  });

  it('in review: expected by the escalation, late past the 10 business days from the recipient’s approval', () => {
    const review = { escalateAt: at('2026-12-02', 9), decidedAt: null };
    const inReview = { status: 'in_county_review' as const, submittedAt: at('2026-11-30', 9), recipientDecidedAt: at('2026-12-01', 9), review };
    const e = expectOf({ ...inReview, now: at('2026-12-01', 10) });
    expect(plan(e.stages)).toEqual(['recipient done 2026-12-01', 'county_review now 2026-12-02', 'approved next 2026-12-02', 'pay_run next 2026-12-02', 'deposit next 2026-12-04']);
    expect(stage(e.stages, 'county_review')!.dueOn).toBe('2026-12-15');
    // Past the escalation but within the promise: expected today, not late.
    expect(expectOf({ ...inReview, now: at('2026-12-08', 10) })).toMatchObject({ stage: 'county_review', late: null, expectedOn: '2026-12-10' });
    const late = expectOf({ ...inReview, now: at('2026-12-18', 10) });
    expect(late.late).toEqual({ stage: 'county_review', dueOn: '2026-12-15', daysLate: 3 });
    expect(stage(late.stages, 'county_review')!.on).toBe('2026-12-15');
    expect(late.expectedOn).toBe('2026-12-22'); // decided today at the earliest: paid tonight, in the bank on the 22nd
  });

  it('after the county approved: the review is done on its day and the pay run follows', () => {
    const e = expectOf({
      status: 'approved',
      submittedAt: at('2026-11-30', 9),
      recipientDecidedAt: at('2026-12-01', 9),
      review: { escalateAt: at('2026-12-03', 9), decidedAt: at('2026-12-03', 16) },
      approvedAt: at('2026-12-03', 16),
      now: at('2026-12-03', 16, 30),
    });
    expect(plan(e.stages)).toEqual(['recipient done 2026-12-01', 'county_review done 2026-12-03', 'approved done 2026-12-03', 'pay_run now 2026-12-03', 'deposit next 2026-12-07']);
  });
});

describe('where is my pay: late steps and steps with no day', () => {
  it('a recipient past the decide-by day is late by the calendar days since, and the rest moves on from today', () => {
    const e = expectOf({ status: 'submitted', submittedAt: at('2026-12-01', 9), now: at('2026-12-07', 9) });
    expect(e.late).toEqual({ stage: 'recipient', dueOn: '2026-12-03', daysLate: 4 });
    expect(plan(e.stages)).toEqual(['recipient now 2026-12-03', 'approved next 2026-12-07', 'pay_run next 2026-12-08', 'deposit next 2026-12-10']);
  });

  it('an approved version the pay runs missed is expected in the next run, and late past the 10 business days', () => {
    const approved = { status: 'approved' as const, recipientDecidedAt: at('2026-12-01', 9), approvedAt: at('2026-12-01', 9) };
    expect(expectOf({ ...approved, now: at('2026-12-04', 18) })).toMatchObject({ stage: 'pay_run', late: null, expectedOn: '2026-12-09' });
    expect(expectOf({ ...approved, now: at('2026-12-16', 9) }).late).toEqual({ stage: 'pay_run', dueOn: '2026-12-15', daysLate: 1 });
  });

  it('a deposit not in the bank two business days after its issue is late', () => {
    const e = expectOf({ status: 'payment_issued', approvedAt: at('2026-12-01', 9), payment: { issueDate: '2026-12-01', method: 'direct_deposit', paidOn: null, returnedOn: null }, now: at('2026-12-07', 9) });
    expect(e.late).toEqual({ stage: 'deposit', dueOn: '2026-12-03', daysLate: 4 });
  });

  it('a deposit the bank returned: the money has no day until the State pays it again', () => {
    const e = expectOf({ status: 'paid', approvedAt: at('2026-12-01', 9), payment: { issueDate: '2026-12-01', method: 'direct_deposit', paidOn: '2026-12-03', returnedOn: '2026-12-07' }, now: at('2026-12-08', 9) });
    expect(plan(e.stages).slice(-2)).toEqual(['deposit done 2026-12-03', 'returned now 2026-12-07']);
    expect(e).toMatchObject({ stage: 'returned', arrived: false, expectedOn: null, late: null });
  });

  it('a version sent back has no pay on its way; a draft or a replaced version has no expectation', () => {
    expect(expectOf({ status: 'rejected_by_recipient', recipientDecidedAt: at('2026-12-02', 9), now: at('2026-12-03', 9) })).toMatchObject({
      stage: 'sent_back',
      expectedOn: null,
      stages: [{ kind: 'sent_back', state: 'now', on: '2026-12-02', dueOn: null, daysLate: 0 }],
    });
    expect(expectOf({ status: 'denied', deniedAt: at('2026-12-04', 9), now: at('2026-12-04', 10) }).stages[0]!.on).toBe('2026-12-04');
    expect(payExpectation({ ...base, status: 'draft', now: at('2026-12-04', 9) })).toBeNull();
    expect(payExpectation({ ...base, status: 'superseded', now: at('2026-12-04', 9) })).toBeNull();
  });
});
