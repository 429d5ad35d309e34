/**
 * A finding: something the rules found in a claim, with where it applies and the data its message
 * needs. Durations in `data` are minutes (keys end in `Minutes`), dates are `YYYY-MM-DD`.
 */
import type { IsoDate, IsoMonth } from './calendar';
import { kindOf, type FindingCode, type FindingKind } from './reason-codes';

export type FindingData = Readonly<Record<string, string | number>>;

export interface Finding {
  readonly code: FindingCode;
  readonly kind: FindingKind;
  readonly workweekStart?: IsoDate;
  readonly payPeriodStart?: IsoDate;
  readonly month?: IsoMonth;
  readonly date?: IsoDate;
  readonly recipientId?: string;
  readonly data: FindingData;
}

export interface FindingPlace {
  readonly workweekStart?: IsoDate | undefined;
  readonly payPeriodStart?: IsoDate | undefined;
  readonly month?: IsoMonth | undefined;
  readonly date?: IsoDate | undefined;
  readonly recipientId?: string | undefined;
}

export function makeFinding(code: FindingCode, place: FindingPlace, data: FindingData = {}): Finding {
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = { code, kind: kindOf(code), data };
  if (place.workweekStart !== undefined) finding.workweekStart = place.workweekStart;
  if (place.payPeriodStart !== undefined) finding.payPeriodStart = place.payPeriodStart;
  if (place.month !== undefined) finding.month = place.month;
  if (place.date !== undefined) finding.date = place.date;
  if (place.recipientId !== undefined) finding.recipientId = place.recipientId;
  return finding;
}

const KIND_ORDER: Record<FindingKind, number> = { blocking: 0, violation: 1, exception: 2, warning: 3 };

/** Most serious first, then by date and code, so the same claim always lists findings the same way. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    cmp(a.date ?? a.workweekStart ?? a.month ?? '', b.date ?? b.workweekStart ?? b.month ?? '') ||
    cmp(a.code, b.code) ||
    cmp(a.recipientId ?? '', b.recipientId ?? '') ||
    cmp(JSON.stringify(a.data), JSON.stringify(b.data))
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function canSubmit(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.kind !== 'blocking');
}
