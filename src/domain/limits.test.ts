import { describe, expect, it } from 'vitest';
import {
  MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES,
  providerWeeklyCapMinutes,
  recipientWeeklyMaximumMinutes,
  usualMonthlyOvertimeMinutes,
  weeklyOvertimeAllowanceMinutes,
} from './limits';

const h = (hours: number, minutes = 0): number => hours * 60 + minutes;

describe('limits, each from its source', () => {
  it.each([
    // [monthly authorised, weekly maximum, source]
    [h(283), h(70, 45), 'ACL 16-01; DRC: 283 / 4 = 70 h 45 min'],
    [h(195), h(48, 45), 'ACL 16-01: monthly / 4 (195 = most a non-severely impaired recipient gets)'],
    [h(160), h(40), 'PASCC: more than 160 monthly hours means overtime on the case'],
    [h(260), h(65), 'DRC: 260 a month -> 65 a week'],
  ])('weekly maximum of %i monthly minutes is %i minutes (%s)', (monthly, weekly) => {
    expect(recipientWeeklyMaximumMinutes(monthly)).toBe(weekly);
  });

  it('rounds a weekly maximum with a fraction of a minute up, never against the provider', () => {
    expect(recipientWeeklyMaximumMinutes(h(100) + 1)).toBe(h(25) + 1);
  });

  it('lets 260 monthly hours carry up to 25 overtime hours a week (DRC "New rules for IHSS overtime")', () => {
    expect(weeklyOvertimeAllowanceMinutes(h(260))).toBe(h(25));
    expect(weeklyOvertimeAllowanceMinutes(h(120))).toBe(0);
  });

  it('caps one recipient at their weekly maximum, several at 66 h, exemptions at 90 h (WIC 12300.4(b)(2), (d); CDSS exemption page)', () => {
    expect(providerWeeklyCapMinutes('none', [h(70, 45)])).toBe(h(70, 45));
    expect(providerWeeklyCapMinutes('none', [h(50), h(30)])).toBe(MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES);
    expect(providerWeeklyCapMinutes('exemption1', [h(50), h(50)])).toBe(h(90));
    expect(providerWeeklyCapMinutes('exemption2', [h(50), h(50)])).toBe(h(90));
  });

  it('takes four usual weeks of overtime as the monthly yardstick of ACL 16-01 condition 2', () => {
    expect(usualMonthlyOvertimeMinutes('none', [h(283)])).toBe(4 * h(30, 45));
    expect(usualMonthlyOvertimeMinutes('none', [h(200), h(200)])).toBe(4 * h(26));
    expect(usualMonthlyOvertimeMinutes('none', [h(100)])).toBe(0);
  });
});
