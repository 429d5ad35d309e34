import { describe, expect, it } from 'vitest';
import { evaluateClaims } from '../domain/index';
import { rulesCase, rulesEvaluation, toEvaluationInput } from './rules';

const example = {
  provider: { exemption: 'none' },
  recipients: [{ id: 'R1', monthlyAuthorizedMinutes: 16980, rateCents: 1964, overtimeException: false }],
  entries: [{ recipientId: 'R1', date: '2026-03-02', workedMinutes: 480, travelMinutes: 0 }],
};

function issues(value: unknown): string[] {
  const result = rulesCase.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('the rules case contract', () => {
  it("accepts the issue's example with its fixed field names", () => {
    expect(issues(example)).toEqual([]);
  });

  it('accepts the optional fields: windows, months, rate changes, prior entries, clock times, today', () => {
    const full = {
      provider: { exemption: 'exemption2', eligible: [{ start: '2020-01-01' }] },
      recipients: [
        {
          ...example.recipients[0],
          assignedMonthlyMinutes: 6000,
          months: [{ month: '2026-03', authorizedMinutes: 12000, claimedByOtherProvidersMinutes: 600 }],
          rateChanges: [{ effective: '2026-07-01', rateCents: 2050 }],
          overtimeException: [{ start: '2026-03-01', end: '2026-03-31' }],
          eligible: [{ start: '2024-01-01' }],
          assigned: [{ start: '2025-01-01' }],
        },
      ],
      entries: [{ recipientId: 'R1', date: '2026-03-02', workedMinutes: 240, startTime: '08:00', endTime: '12:00' }],
      priorEntries: [{ recipientId: 'R1', date: '2026-03-01', workedMinutes: 60 }],
      today: '2026-03-02',
    };
    expect(issues(full)).toEqual([]);
  });

  it('ignores fields it does not know, so newer cases still load', () => {
    expect(issues({ ...example, county: 'Los Angeles' })).toEqual([]);
  });

  it('rejects a start time without an end time, and a window that ends before it starts', () => {
    expect(issues({ ...example, entries: [{ recipientId: 'R1', date: '2026-03-02', workedMinutes: 60, startTime: '08:00' }] })).toEqual([
      'entries.0.endTime: startTime and endTime come together',
    ]);
    expect(issues({ ...example, provider: { exemption: 'none', eligible: [{ start: '2026-03-02', end: '2026-03-01' }] } })).toEqual([
      'provider.eligible.0.end: end must not be before start',
    ]);
  });

  it('rejects a recipient listed twice and an entry for an unlisted recipient', () => {
    const twice = { ...example, recipients: [example.recipients[0], example.recipients[0]] };
    expect(issues(twice)).toEqual(['recipients.1.id: recipient id "R1" is listed twice']);
    const stray = { ...example, priorEntries: [{ recipientId: 'R2', date: '2026-03-01', workedMinutes: 60 }] };
    expect(issues(stray)).toEqual(['priorEntries.0.recipientId: no recipient with id "R2" in "recipients"']);
  });

  it('describes the output the evaluator gives for a case', () => {
    const evaluation = evaluateClaims(toEvaluationInput(rulesCase.parse({ ...example, today: '2026-03-01' })));
    const output = { ...evaluation, findings: evaluation.findings.map((f) => ({ ...f, title: 't', howToFix: 'h' })) };
    expect(rulesEvaluation.safeParse(output).success).toBe(true);
  });
});
