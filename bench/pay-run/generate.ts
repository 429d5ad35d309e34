/**
 * A seeded book of one past pay period for the pay-run benchmark: providers, each with one approved timesheet
 * per recipient, so every run and every machine pays the same data. The mix (illustrative, not data): most
 * providers work a few hours on the same weekdays for one recipient and stay under 40 hours a week; some work
 * six long days a week for one recipient (overtime past the 40th hour, within the recipient's weekly maximum);
 * some serve two recipients with a travel agreement and claim travel on the days they see both; one in ten
 * also has sick leave the recipient confirmed on a day off in the period. Every book is claimable: the rules
 * engine finds nothing blocking (generate.test.ts checks it).
 */
import { addDays, payPeriodOf, recipientWeeklyMaximumMinutes, weekday, type IsoDate } from '../../src/domain/index';
import { seededRandom } from '../rules/generate';

export type ProviderKind = 'regular' | 'overtime' | 'two_recipients';

export interface BookDay {
  readonly date: IsoDate;
  readonly workedMinutes: number;
  readonly travelMinutes: number;
}

/** A recipient's case and the provider's one timesheet for it in the period. */
export interface BookRecipient {
  readonly caseNumber: string;
  readonly monthlyAuthorizedMinutes: number;
  readonly days: readonly BookDay[];
}

export interface BookProvider {
  readonly loginId: string;
  readonly countyId: number;
  readonly kind: ProviderKind;
  readonly recipients: readonly BookRecipient[];
  /** Confirmed sick leave for the first recipient, on a day off; paid with that recipient's timesheet. */
  readonly sickLeave: readonly { readonly caseNumber: string; readonly date: IsoDate; readonly minutes: number }[];
}

export interface BookOptions {
  readonly seed: number;
  readonly count: number;
  /** The 1st or the 16th of a month: the pay period every timesheet is for. */
  readonly periodStart: IsoDate;
}

export const LOS_ANGELES = 19;
const HOUR = 60;

/** The period's days falling on the given weekdays (0 = Sunday). */
function daysOn(dates: readonly IsoDate[], weekdays: ReadonlySet<number>, minutes: (date: IsoDate) => number, travel = () => 0): BookDay[] {
  return dates.filter((d) => weekdays.has(weekday(d))).map((date) => ({ date, workedMinutes: minutes(date), travelMinutes: travel() }));
}

const quarterHours = (minutes: number) => Math.floor(minutes / 15) * 15;

/** Up to 40 hours a week within the recipient's weekly maximum, on 2 to 6 weekdays. */
function regular(random: () => number, caseNumber: string, dates: readonly IsoDate[]): BookRecipient {
  const authorized = Math.min(283, Math.round(20 + random() * random() * 263)) * HOUR;
  const weekly = Math.min(recipientWeeklyMaximumMinutes(authorized), 40 * HOUR);
  const perWeek = Math.min(2 + Math.floor(random() * 5), Math.floor(weekly / HOUR));
  const weekdays = new Set<number>();
  while (weekdays.size < perWeek) weekdays.add(1 + Math.floor(random() * 6));
  const perDay = Math.max(HOUR, Math.min(8 * HOUR, quarterHours((weekly * 0.9) / perWeek)));
  // Some days a quarter or half hour shorter, never longer: the week stays within its limits.
  const days = daysOn(dates, weekdays, () => Math.max(HOUR, perDay - 15 * Math.floor(random() * 3)));
  return { caseNumber, monthlyAuthorizedMinutes: authorized, days };
}

/** Monday to Saturday, 9 to 10 hours a day: 54 to 60 hours a week, within a 240-283 hour case's weekly maximum. */
function overtime(random: () => number, caseNumber: string, dates: readonly IsoDate[]): BookRecipient {
  const authorized = (240 + Math.floor(random() * 44)) * HOUR;
  const perDay = 9 * HOUR + 30 * Math.floor(random() * 3);
  return { caseNumber, monthlyAuthorizedMinutes: authorized, days: daysOn(dates, new Set([1, 2, 3, 4, 5, 6]), () => perDay) };
}

/** Mornings for one recipient on weekdays; afternoons for another on Monday, Wednesday and Friday, with travel there. */
function twoRecipients(random: () => number, caseNumbers: readonly [string, string], dates: readonly IsoDate[]): BookRecipient[] {
  const first = (80 + Math.floor(random() * 81)) * HOUR;
  const second = (60 + Math.floor(random() * 61)) * HOUR;
  const firstDay = Math.min(4 * HOUR, quarterHours(recipientWeeklyMaximumMinutes(first) / 5));
  const secondDay = Math.min(3 * HOUR, quarterHours(recipientWeeklyMaximumMinutes(second) / 3));
  return [
    { caseNumber: caseNumbers[0], monthlyAuthorizedMinutes: first, days: daysOn(dates, new Set([1, 2, 3, 4, 5]), () => firstDay) },
    {
      caseNumber: caseNumbers[1],
      monthlyAuthorizedMinutes: second,
      days: daysOn(dates, new Set([1, 3, 5]), () => secondDay, () => 15 * (1 + Math.floor(random() * 3))),
    },
  ];
}

export function generatePayRunBook(options: BookOptions): BookProvider[] {
  const random = seededRandom(options.seed);
  const period = payPeriodOf(options.periodStart);
  if (period.start !== options.periodStart) throw new RangeError(`${options.periodStart} does not start a pay period`);
  const dates: IsoDate[] = [];
  for (let d = period.start; d <= period.end; d = addDays(d, 1)) dates.push(d);
  let nextCase = 1_000_000;
  const caseNumber = () => String(nextCase++);
  const out: BookProvider[] = [];
  for (let p = 0; p < options.count; p++) {
    const roll = random();
    const kind: ProviderKind = roll < 0.78 ? 'regular' : roll < 0.9 ? 'overtime' : 'two_recipients';
    const countyId = random() < 0.4 ? LOS_ANGELES : 1 + Math.floor(random() * 58);
    const recipients =
      kind === 'regular' ? [regular(random, caseNumber(), dates)] : kind === 'overtime' ? [overtime(random, caseNumber(), dates)] : twoRecipients(random, [caseNumber(), caseNumber()], dates);
    const first = recipients[0]!;
    const worked = new Set(first.days.map((d) => d.date));
    const off = dates.filter((d) => !worked.has(d));
    const sickLeave =
      random() < 0.1 && off.length > 0 ? [{ caseNumber: first.caseNumber, date: off[Math.floor(random() * off.length)]!, minutes: HOUR + 30 * Math.floor(random() * 15) }] : [];
    out.push({ loginId: String(100_000_000 + p), countyId, kind, recipients, sickLeave });
  }
  return out;
}

/** How many rows of each kind a book makes. */
export function bookSize(book: readonly BookProvider[]) {
  const timesheets = book.flatMap((p) => p.recipients);
  return {
    providers: book.length,
    timesheets: timesheets.length,
    days: timesheets.reduce((s, t) => s + t.days.length, 0),
    sickLeave: book.reduce((s, p) => s + p.sickLeave.length, 0),
    kinds: Object.fromEntries((['regular', 'overtime', 'two_recipients'] as const).map((k) => [k, book.filter((p) => p.kind === k).length])) as Record<ProviderKind, number>,
  };
}
