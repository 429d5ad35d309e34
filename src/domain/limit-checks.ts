/**
 * Checks of workweek and monthly limits. A limit is reported once, at the first new entry that takes
 * the running total past it (in attribution order), and only when new entries take part.
 */
import type { IsoMonth } from './calendar';
import { firstNewPieceOver, hasNew, placeOf, type ClaimBook, type Piece } from './claim-book';
import type { RecipientCase } from './claims';
import { makeFinding, type Finding } from './findings';
import {
  EXEMPTION_MONTHLY_CAP_MINUTES,
  EXEMPTION_WEEKLY_CAP_MINUTES,
  FIRST_HALF_SHARE_PERCENT,
  MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES,
  OVERTIME_THRESHOLD_MINUTES,
  TRAVEL_WEEKLY_CAP_MINUTES,
  recipientWeeklyMaximumMinutes,
  usualMonthlyOvertimeMinutes,
} from './limits';

const worked = (p: Piece): number => p.worked;
const travel = (p: Piece): number => p.travel;
const overtime = (p: Piece): number => p.overtimeWorked + p.overtimeTravel;

function byRecipient(pieces: readonly Piece[]): Map<string, Piece[]> {
  const groups = new Map<string, Piece[]>();
  for (const p of pieces) {
    const group = groups.get(p.recipientId);
    if (group) group.push(p);
    else groups.set(p.recipientId, [p]);
  }
  return groups;
}

function weekFindings(book: ClaimBook, week: number, pieces: readonly Piece[]): Finding[] {
  const out: Finding[] = [];
  const exempt = book.input.provider.exemption !== 'none';

  const overTravel = firstNewPieceOver(pieces, TRAVEL_WEEKLY_CAP_MINUTES, travel);
  if (overTravel) {
    out.push(
      makeFinding('OVER_TRAVEL_LIMIT', placeOf(overTravel.piece), {
        limitMinutes: TRAVEL_WEEKLY_CAP_MINUTES,
        travelMinutes: overTravel.total,
        overMinutes: overTravel.total - TRAVEL_WEEKLY_CAP_MINUTES,
      }),
    );
  }

  if (exempt) {
    const over = firstNewPieceOver(pieces, EXEMPTION_WEEKLY_CAP_MINUTES, worked);
    if (over) {
      out.push(
        makeFinding('OVER_EXEMPTION_WEEKLY_LIMIT', placeOf(over.piece), {
          limitMinutes: EXEMPTION_WEEKLY_CAP_MINUTES,
          workedMinutes: over.total,
          overMinutes: over.total - EXEMPTION_WEEKLY_CAP_MINUTES,
        }),
      );
    }
  } else if (book.assignedRecipients(book.weekSpan(week)).length >= 2) {
    const over = firstNewPieceOver(pieces, MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES, worked);
    if (over) {
      out.push(
        makeFinding('OVER_66_HOURS', placeOf(over.piece), {
          limitMinutes: MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES,
          workedMinutes: over.total,
          overMinutes: over.total - MULTIPLE_RECIPIENT_WEEKLY_CAP_MINUTES,
        }),
      );
    }
  }

  for (const group of byRecipient(pieces).values()) {
    const recipient = group[0]?.recipient;
    if (recipient) out.push(...recipientWeekFindings(book, week, recipient, group));
  }
  return out;
}

/**
 * Over a recipient's weekly maximum. ACL 16-01 lets the recipient shift hours between the weeks of a
 * month, so going over is only a warning, unless the case is of 40 weekly hours or less and the week
 * goes past 40 for it: that is overtime the county must approve first (ACL 16-01 condition 1; a
 * violation under ACL 16-36). The other two conditions are the monthly overtime and the 66-hour checks.
 */
function recipientWeekFindings(book: ClaimBook, week: number, recipient: RecipientCase, group: readonly Piece[]): Finding[] {
  const weeklyMaximum = book.weeklyMaximum(recipient, week);
  if (weeklyMaximum <= OVERTIME_THRESHOLD_MINUTES) {
    const overForty = firstNewPieceOver(group, OVERTIME_THRESHOLD_MINUTES, worked);
    if (overForty && !book.hasOvertimeException(recipient, overForty.piece.date)) {
      return [
        makeFinding('OVERTIME_WITHOUT_COUNTY_EXCEPTION', placeOf(overForty.piece), {
          weeklyMaximumMinutes: weeklyMaximum,
          workedMinutes: overForty.total,
          overtimeMinutes: overForty.total - OVERTIME_THRESHOLD_MINUTES,
        }),
      ];
    }
  }
  const over = firstNewPieceOver(group, weeklyMaximum, worked);
  if (!over || book.hasOvertimeException(recipient, over.piece.date)) return [];
  return [
    makeFinding('OVER_WEEKLY_MAXIMUM', placeOf(over.piece), {
      weeklyMaximumMinutes: weeklyMaximum,
      workedMinutes: over.total,
      overMinutes: over.total - weeklyMaximum,
    }),
  ];
}

function recipientMonthFindings(book: ClaimBook, month: IsoMonth, recipient: RecipientCase, group: readonly Piece[]): Finding[] {
  const out: Finding[] = [];
  const facts = book.monthFacts(recipient, month);
  const claimed = group.reduce((sum, p) => sum + (p.prior ? 0 : p.worked), 0);
  const priorWorked = group.reduce((sum, p) => sum + (p.prior ? p.worked : 0), 0);

  const overAuthorized = firstNewPieceOver(group, facts.authorizedMinutes, worked, facts.claimedByOthersMinutes);
  if (overAuthorized) {
    out.push(
      makeFinding('OVER_MONTHLY_AUTHORIZED', { ...placeOf(overAuthorized.piece), month }, {
        authorizedMinutes: facts.authorizedMinutes,
        remainingMinutes: Math.max(0, facts.authorizedMinutes - facts.claimedByOthersMinutes - priorWorked),
        claimedMinutes: claimed,
        overMinutes: overAuthorized.total - facts.authorizedMinutes,
      }),
    );
  }
  if (facts.assignedIsSet) {
    const overAssigned = firstNewPieceOver(group, facts.assignedMinutes, worked);
    if (overAssigned) {
      out.push(
        makeFinding('OVER_ASSIGNED_HOURS', { ...placeOf(overAssigned.piece), month }, {
          assignedMinutes: facts.assignedMinutes,
          remainingMinutes: Math.max(0, facts.assignedMinutes - priorWorked),
          claimedMinutes: claimed,
          overMinutes: overAssigned.total - facts.assignedMinutes,
        }),
      );
    }
  }

  const firstHalf = group.filter((p) => p.payPeriodStart.endsWith('-01'));
  const limit = Math.floor((facts.assignedMinutes * FIRST_HALF_SHARE_PERCENT) / 100);
  const overShare = firstNewPieceOver(firstHalf, limit, worked);
  if (overShare && overShare.total * 100 > facts.assignedMinutes * FIRST_HALF_SHARE_PERCENT) {
    out.push(
      makeFinding('OVER_70_PERCENT_FIRST_HALF', { ...placeOf(overShare.piece), month }, {
        monthlyMinutes: facts.assignedMinutes,
        firstHalfMinutes: overShare.total,
        limitMinutes: limit,
      }),
    );
  }
  return out;
}

function providerMonthFindings(book: ClaimBook, month: IsoMonth, pieces: readonly Piece[]): Finding[] {
  const exemption = book.input.provider.exemption;
  if (exemption !== 'none') {
    const over = firstNewPieceOver(pieces, EXEMPTION_MONTHLY_CAP_MINUTES, worked);
    if (!over) return [];
    return [
      makeFinding('OVER_EXEMPTION_MONTHLY_LIMIT', { ...placeOf(over.piece), month }, {
        limitMinutes: EXEMPTION_MONTHLY_CAP_MINUTES,
        workedMinutes: over.total,
        overMinutes: over.total - EXEMPTION_MONTHLY_CAP_MINUTES,
      }),
    ];
  }
  const assigned = book.assignedRecipients(book.monthSpan(month));
  const only = assigned.length === 1 ? assigned[0] : undefined;
  if (only && recipientWeeklyMaximumMinutes(book.monthFacts(only, month).authorizedMinutes) <= OVERTIME_THRESHOLD_MINUTES) {
    // A single case of 40 weekly hours or less: its overtime is already judged week by week.
    return [];
  }
  const usual = usualMonthlyOvertimeMinutes(
    exemption,
    assigned.map((r) => book.monthFacts(r, month).assignedMinutes),
  );
  const over = firstNewPieceOver(pieces, usual, overtime);
  if (!over || book.hasOvertimeException(over.piece.recipient, over.piece.date)) return [];
  return [
    makeFinding('OVER_USUAL_MONTHLY_OVERTIME', { ...placeOf(over.piece), month }, {
      usualOvertimeMinutes: usual,
      overtimeMinutes: over.total,
      overMinutes: over.total - usual,
    }),
  ];
}

export function limitFindings(book: ClaimBook): Finding[] {
  const out: Finding[] = [];
  for (const [week, pieces] of book.byWeek) {
    if (hasNew(pieces)) out.push(...weekFindings(book, week, pieces));
  }
  for (const [month, pieces] of book.byMonth) {
    if (!hasNew(pieces)) continue;
    out.push(...providerMonthFindings(book, month, pieces));
    for (const group of byRecipient(pieces).values()) {
      const recipient = group[0]?.recipient;
      if (recipient && hasNew(group)) out.push(...recipientMonthFindings(book, month, recipient, group));
    }
  }
  return out;
}
