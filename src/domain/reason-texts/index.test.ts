import { describe, expect, it } from 'vitest';
import type { ClaimEntry, RecipientCase } from '../claims';
import { evaluateClaims } from '../evaluate';
import { checkEvvVisit } from '../evv';
import type { Finding } from '../findings';
import { REASON_CODE_IDS, REASON_CODES, ROUTING_CODES } from '../reason-codes';
import { checkSickLeaveClaim } from '../sick-leave';
import { LANGUAGE_CODES, renderReason } from './index';

const h = (hours: number): number => hours * 60;
const r = (id: string, monthlyHours: number, extra: Partial<RecipientCase> = {}): RecipientCase => ({
  id,
  monthlyAuthorizedMinutes: h(monthlyHours),
  rateCents: 2000,
  ...extra,
});
const e = (recipientId: string, date: string, workedMinutes: number, more: Partial<ClaimEntry> = {}): ClaimEntry => ({
  recipientId,
  date,
  workedMinutes,
  ...more,
});
const week = (recipientId: string, minutes: number, travelMinutes = 0) =>
  ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'].map((d) => e(recipientId, d, minutes, { travelMinutes }));

/** Real findings from every producer: one scenario or more per finding code. */
function producedFindings(): Finding[] {
  const worked = Array.from({ length: 60 }, (_, i) => ({ date: `2025-09-${String((i % 30) + 1).padStart(2, '0')}`, workedMinutes: h(8) }));
  return [
    ...evaluateClaims({
      provider: { exemption: 'none', eligible: [{ start: '2026-03-03' }] },
      recipients: [
        r('R1', 40, { assignedMonthlyMinutes: h(30), eligible: [{ start: '2026-01-01', end: '2026-03-05' }], assigned: [{ start: '2026-01-01', end: '2026-03-06' }] }),
        r('R2', 40),
      ],
      entries: [
        ...week('R1', h(9)),
        ...week('R2', h(6), 100),
        e('R1', '2026-03-09', h(2), { startTime: '08:00', endTime: '09:00', travelMinutes: 30 }),
        e('R2', '2026-03-09', h(1), { startTime: '08:30', endTime: '09:30' }),
        e('R1', '2026-03-08', h(12)),
        e('R2', '2026-03-08', h(12)),
        e('R1', '2026-03-20', h(1)),
        e('R2', '2026-03-21', h(1), { travelMinutes: 20 }),
      ],
      today: '2026-03-15',
    }).findings,
    ...evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [r('R1', 283)],
      entries: ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'].map((d) => e('R1', d, h(11))),
    }).findings,
    ...evaluateClaims({
      provider: { exemption: 'none' },
      recipients: [r('R1', 160), r('R2', 20)],
      entries: [0, 7, 14, 21].flatMap((offset) => week('R1', h(9)).map((x) => ({ ...x, date: `2026-03-${String(Number(x.date.slice(8)) + offset).padStart(2, '0')}` }))),
    }).findings,
    ...evaluateClaims({
      provider: { exemption: 'exemption1' },
      recipients: [r('R1', 283), r('R2', 283)],
      entries: Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`).flatMap((d) => [e('R1', d, h(7)), e('R2', d, h(7))]),
    }).findings,
    ...evaluateClaims({ provider: { exemption: 'none' }, recipients: [r('R1', 40)], entries: [e('R1', '2026-03-10', 0)] }).findings,
    ...checkSickLeaveClaim({ claim: { date: '2025-09-03', minutes: 30 }, worked }),
    ...checkSickLeaveClaim({ claim: { date: '2025-09-20', minutes: 70 }, worked }),
    ...checkSickLeaveClaim({ claim: { date: '2025-10-20', minutes: h(41), noticeGivenAt: '2025-10-19T20:00:00Z' }, worked }),
    ...checkSickLeaveClaim({ claim: { date: '2025-09-14', minutes: 60 }, worked: worked.slice(0, 14) }),
    ...checkEvvVisit({ recipientId: 'R1', checkIn: '2026-03-02T16:00:00Z', checkOut: '2026-03-02T15:00:00Z', locationType: 'home', checkInLocation: { latitude: 35, longitude: -118 } }, { latitude: 34, longitude: -118 }).findings,
  ];
}

describe('reason texts for real findings', () => {
  const findings = producedFindings();

  it('can produce every finding code the catalogue lists', () => {
    const findingCodes = REASON_CODE_IDS.filter((c) => REASON_CODES[c].kind !== 'denial' && !ROUTING_CODES.includes(c));
    expect([...new Set(findings.map((f) => f.code))].sort()).toEqual([...findingCodes].sort());
  });

  it.each(LANGUAGE_CODES)('fills every placeholder of every finding in %s', (language) => {
    for (const finding of findings) {
      const text = renderReason(language, finding.code, finding, { R1: 'Ana', R2: 'Luis' });
      expect(`${text.title} ${text.howToFix}`, finding.code).not.toMatch(/\{\{|undefined|NaN/);
    }
  });
});
