import { describe, expect, it } from 'vitest';
import { activeViolationCount, assessViolation, completeTraining, countyDisputeResponseDue, isDisputeOpen, suspensionAfter, violationOccurredOn, type ViolationHistory } from './violations';

const none: ViolationHistory = { records: [] };

function record(occurredOn: string, noticeDate = occurredOn) {
  return { occurredOn, noticeDate };
}

describe('the violation ladder (ACL 16-36; caregiver handbook; SF HSA; Fresno County)', () => {
  it.each([
    [[], 1, 'notice', 0],
    [['2026-01-10'], 2, 'notice-and-training-offer', 0],
    [['2026-01-10', '2026-02-10'], 3, 'suspension-90-days', 90],
    [['2026-01-10', '2026-02-10', '2026-03-10'], 4, 'ineligible-365-days', 365],
  ] as const)('after %j, a violation in April is number %i: %s, %i days off work', (earlier, number, consequence, suspensionDays) => {
    const decision = assessViolation({ records: earlier.map((d) => record(d)) }, { occurredOn: '2026-04-08', noticeDate: '2026-04-20' });
    expect(decision).toMatchObject({ recorded: true, number, consequence, suspensionDays });
  });

  it('records at most one violation per calendar month', () => {
    const decision = assessViolation({ records: [record('2026-04-02')] }, { occurredOn: '2026-04-30', noticeDate: '2026-05-05' });
    expect(decision).toEqual({ recorded: false, reason: 'already-recorded-this-month', month: '2026-04' });
    expect(assessViolation({ records: [record('2026-04-02')] }, { occurredOn: '2026-05-01', noticeDate: '2026-05-05' }).recorded).toBe(true);
  });

  it('gives 10 calendar days to dispute from the notice (SOC 2272), and state review only for a 3rd or 4th (SOC 2273)', () => {
    const first = assessViolation(none, { occurredOn: '2026-04-08', noticeDate: '2026-04-20' });
    expect(first).toMatchObject({ disputeDeadline: '2026-04-30', stateReviewAvailable: false });
    const third = assessViolation({ records: [record('2026-01-10'), record('2026-02-10')] }, { occurredOn: '2026-04-08', noticeDate: '2026-04-20' });
    expect(third).toMatchObject({ stateReviewAvailable: true });
  });

  it('has the county answer a dispute within 10 business days', () => {
    expect(countyDisputeResponseDue('2026-04-24')).toBe('2026-05-08');
  });

  it('skips California state holidays in the 10 business days: Thanksgiving 2026 and the day after', () => {
    expect(countyDisputeResponseDue('2026-11-24')).toBe('2026-12-10'); // weekends only would give Dec 8
    expect(countyDisputeResponseDue('2026-12-18')).toBe('2027-01-05'); // Christmas (Fri) and New Year's Day (Fri)
  });

  it('drops the count by one after each 12 months without a new violation', () => {
    const history = { records: [record('2025-01-15'), record('2025-03-15')] };
    expect(activeViolationCount(history, '2026-03-14')).toBe(2);
    expect(activeViolationCount(history, '2026-03-15')).toBe(1);
    expect(activeViolationCount(history, '2027-03-15')).toBe(0);
    expect(assessViolation(history, { occurredOn: '2026-06-01', noticeDate: '2026-06-10' })).toMatchObject({ number: 2 });
  });

  it('removes a 2nd violation once, when training is done within 14 days of its notice; the next 2nd stays', () => {
    const history = { records: [record('2026-01-10'), record('2026-02-10', '2026-02-20')] };
    expect(assessViolation({ records: [record('2026-01-10')] }, { occurredOn: '2026-02-10', noticeDate: '2026-02-20' })).toMatchObject({
      trainingDeadline: '2026-03-06',
    });
    expect(completeTraining(history, '2026-03-07').removed).toBe(false);
    const done = completeTraining(history, '2026-03-06');
    expect(done.removed).toBe(true);
    expect(activeViolationCount(done.history, '2026-03-10')).toBe(1);

    const again = assessViolation(done.history, { occurredOn: '2026-04-08', noticeDate: '2026-04-20' });
    expect(again).toMatchObject({ number: 2, consequence: 'notice' });
    expect(again).not.toHaveProperty('trainingDeadline');
    const withAgain = { ...done.history, records: [...done.history.records, record('2026-04-08', '2026-04-20')] };
    expect(completeTraining(withAgain, '2026-04-25').removed).toBe(false);
  });

  it('keeps a 4th violation at the top of the ladder', () => {
    const four = { records: ['2026-01-10', '2026-02-10', '2026-03-10', '2026-04-10'].map((d) => record(d)) };
    expect(assessViolation(four, { occurredOn: '2026-05-08', noticeDate: '2026-05-20' })).toMatchObject({ number: 4, consequence: 'ineligible-365-days' });
  });
});

describe('the days a violation keeps a provider from work', () => {
  it('suspends a 3rd for 90 days and makes a 4th ineligible for 365, from the day after the given day, both ends counted (ACL 16-36)', () => {
    expect(suspensionAfter('suspension-90-days', '2026-04-30')).toEqual({ start: '2026-05-01', end: '2026-07-29' });
    expect(suspensionAfter('ineligible-365-days', '2026-04-30')).toEqual({ start: '2026-05-01', end: '2027-04-30' });
  });

  it('keeps a provider at work after a 1st or 2nd violation', () => {
    expect(suspensionAfter('notice', '2026-04-30')).toBeNull();
    expect(suspensionAfter('notice-and-training-offer', '2026-04-30')).toBeNull();
  });

  it("counts a violation on the earliest day of the time that broke a limit, a week's first day when no day is named", () => {
    expect(violationOccurredOn([{ date: '2026-04-09' }, { workweekStart: '2026-04-05' }, { date: '2026-04-20' }], '2026-04-01')).toBe('2026-04-05');
    expect(violationOccurredOn([{}], '2026-04-16')).toBe('2026-04-16');
  });

  it('takes a dispute until the 10th calendar day after the notice (SOC 2272), never of a rescinded notice', () => {
    const notice = assessViolation(none, { occurredOn: '2026-04-08', noticeDate: '2026-04-20' });
    if (!notice.recorded) throw new Error('recorded');
    expect(isDisputeOpen({ disputeDeadline: notice.disputeDeadline, rescinded: false }, '2026-04-30')).toBe(true);
    expect(isDisputeOpen({ disputeDeadline: notice.disputeDeadline, rescinded: false }, '2026-05-01')).toBe(false);
    expect(isDisputeOpen({ disputeDeadline: notice.disputeDeadline, rescinded: true }, '2026-04-21')).toBe(false);
  });
});
