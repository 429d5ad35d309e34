/**
 * Evaluates a provider's claimed time: workweek totals and overtime, pay per pay period and recipient,
 * and every finding. Pure: the same input always gives the same output, whatever the order of entries.
 *
 * Overtime is the time past 40 hours in a workweek, for all recipients together, travel included
 * (WIC 12300.4(b)(2)(B), (c); see limits.ts). It is attributed in time order: the minutes that come
 * after the 40th hour are the overtime ones, so a workweek split over two pay periods pays the same
 * overtime in total as the whole week would. Within an entry the travel comes first, since it is the
 * trip to the recipient whose time follows. Earlier timesheets (`priorEntries`) are attributed before
 * the new entries, because they have been paid already: the new entries get what the whole adds up to
 * less what was paid, which keeps two timesheets of one week (one per recipient) from paying more or
 * less overtime than one would.
 */
import { payPeriodOf, type IsoDate } from './calendar';
import { ClaimBook, hasNew, type Piece } from './claim-book';
import type { EvaluationInput, PayPeriodLine, WorkweekResult, WorkweekRecipient } from './claims';
import { entryFindings } from './entry-checks';
import { compareFindings, type Finding } from './findings';
import { limitFindings } from './limit-checks';
import { OVERTIME_THRESHOLD_MINUTES, providerWeeklyCapMinutes } from './limits';
import { MonthPayAccumulator, overtimeUnits, rateOn, regularUnits } from './pay';

export interface Evaluation {
  readonly workweeks: readonly WorkweekResult[];
  readonly payPeriods: readonly PayPeriodLine[];
  readonly findings: readonly Finding[];
}

function attributeOvertime(book: ClaimBook): void {
  for (const pieces of book.byWeek.values()) {
    let counted = 0;
    for (const piece of pieces) {
      const regularRoom = Math.max(0, OVERTIME_THRESHOLD_MINUTES - counted);
      piece.regularTravel = Math.min(piece.travel, regularRoom);
      piece.overtimeTravel = piece.travel - piece.regularTravel;
      piece.regularWorked = Math.min(piece.worked, regularRoom - piece.regularTravel);
      piece.overtimeWorked = piece.worked - piece.regularWorked;
      counted += piece.travel + piece.worked;
    }
  }
}

function summarizeWeek(book: ClaimBook, week: number, pieces: readonly Piece[]): WorkweekResult {
  let worked = 0;
  let travel = 0;
  let overtime = 0;
  let claimedOvertime = 0;
  const perRecipient = new Map<string, { worked: number; travel: number }>();
  for (const p of pieces) {
    worked += p.worked;
    travel += p.travel;
    const ot = p.overtimeWorked + p.overtimeTravel;
    overtime += ot;
    if (!p.prior) claimedOvertime += ot;
    const r = perRecipient.get(p.recipientId);
    if (r) {
      r.worked += p.worked;
      r.travel += p.travel;
    } else perRecipient.set(p.recipientId, { worked: p.worked, travel: p.travel });
  }
  const recipients: WorkweekRecipient[] = [...perRecipient]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([recipientId, r]) => {
      const recipient = book.recipients.get(recipientId);
      return {
        recipientId,
        workedMinutes: r.worked,
        travelMinutes: r.travel,
        weeklyMaximumMinutes: recipient ? book.weeklyMaximum(recipient, week) : 0,
      };
    });
  const span = book.weekSpan(week);
  const assigned = book.assignedRecipients(span);
  return {
    start: span.start,
    end: span.end,
    workedMinutes: worked,
    travelMinutes: travel,
    regularMinutes: worked + travel - overtime,
    overtimeMinutes: overtime,
    claimedOvertimeMinutes: claimedOvertime,
    weeklyCapMinutes: providerWeeklyCapMinutes(
      book.input.provider.exemption,
      assigned.map((r) => book.weeklyMaximum(r, week)),
    ),
    recipients,
  };
}

interface LineBuilder {
  start: IsoDate;
  recipientId: string;
  worked: number;
  travel: number;
  regular: number;
  overtime: number;
  units: number;
  byRate: Map<number, { regular: number; overtime: number }>;
}

function compareLines(a: LineBuilder, b: LineBuilder): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.recipientId < b.recipientId ? -1 : a.recipientId > b.recipientId ? 1 : 0;
}

/** Pay lines for the new entries, rounded by the rule in pay.ts. */
function payLines(book: ClaimBook): PayPeriodLine[] {
  const priorUnits = new Map<string, number>();
  // By pay period, then recipient: a joined string key would be built and hashed for every piece.
  const periods = new Map<IsoDate, Map<string, LineBuilder>>();
  const lines: LineBuilder[] = [];
  for (const p of book.pieces) {
    const recipient = p.recipient;
    if (!recipient) continue;
    const rate = rateOn(p.date, recipient.rateCents, recipient.rateChanges);
    const regular = p.regularWorked + p.regularTravel;
    const overtime = p.overtimeWorked + p.overtimeTravel;
    const units = regularUnits(regular, rate) + overtimeUnits(overtime, rate);
    if (p.prior) {
      priorUnits.set(p.month, (priorUnits.get(p.month) ?? 0) + units);
      continue;
    }
    let period = periods.get(p.payPeriodStart);
    if (!period) {
      period = new Map();
      periods.set(p.payPeriodStart, period);
    }
    let line = period.get(p.recipientId);
    if (!line) {
      line = { start: p.payPeriodStart, recipientId: p.recipientId, worked: 0, travel: 0, regular: 0, overtime: 0, units: 0, byRate: new Map() };
      period.set(p.recipientId, line);
      lines.push(line);
    }
    line.worked += p.worked;
    line.travel += p.travel;
    line.regular += regular;
    line.overtime += overtime;
    line.units += units;
    const atRate = line.byRate.get(rate);
    if (atRate) {
      atRate.regular += regular;
      atRate.overtime += overtime;
    } else line.byRate.set(rate, { regular, overtime });
  }
  const months = new Map<string, MonthPayAccumulator>();
  return lines.sort(compareLines).map((l) => {
    const month = l.start.slice(0, 7);
    let pay = months.get(month);
    if (!pay) {
      pay = new MonthPayAccumulator(priorUnits.get(month));
      months.set(month, pay);
    }
    return {
      start: l.start,
      end: payPeriodOf(l.start).end,
      recipientId: l.recipientId,
      workedMinutes: l.worked,
      travelMinutes: l.travel,
      regularMinutes: l.regular,
      overtimeMinutes: l.overtime,
      grossCents: pay.pay(l.units),
      byRate: [...l.byRate]
        .sort(([a], [b]) => a - b)
        .map(([rateCents, m]) => ({ rateCents, regularMinutes: m.regular, overtimeMinutes: m.overtime })),
    };
  });
}

/** The one entry point: everything the portal decides about a provider's claimed time. */
export function evaluateClaims(input: EvaluationInput): Evaluation {
  const book = new ClaimBook(input);
  attributeOvertime(book);
  const workweeks: WorkweekResult[] = [];
  for (const [week, pieces] of [...book.byWeek].sort(([a], [b]) => a - b)) {
    if (hasNew(pieces)) workweeks.push(summarizeWeek(book, week, pieces));
  }
  const findings = [...entryFindings(book), ...limitFindings(book)].sort(compareFindings);
  return { workweeks, payPeriods: payLines(book), findings };
}
