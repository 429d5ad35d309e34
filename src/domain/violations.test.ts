import { describe, expect, it } from 'vitest';
import { activeViolationCount, assessViolation, completeTraining, countyDisputeResponseDue, type ViolationHistory } from './violations';

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
