/**
 * A version's story (issue #12): where it stands, who decided, why, and the next step, told once here for the
 * timesheet page, the claim page and the correction. A returned timesheet names who returned it: the recipient
 * (with their reason) or the county (with its reason codes in words, each placed on the day or workweek of the
 * finding it names, so the correction can show it there).
 */
import type { ClaimStory, PlacedReason } from '../../../contracts/claims.js';
import type { Language } from '../../../contracts/messages/index.js';
import { recipientDecisionDue, workweekOf, type Finding } from '../../../domain/index.js';
import type * as claimLife from '../claim-life/service.js';
import type * as timesheets from '../timesheets/service.js';
import { renderCode } from './reason-words.js';

type Row = timesheets.TimesheetRow;

/** Where a finding sits: its day, else its workweek; a month's finding (it carries `month`) sits on no one day. */
function placeOf(finding: Finding | undefined) {
  if (!finding || finding.month !== undefined) return { date: null, weekStart: null };
  return { date: finding.date ?? null, weekStart: finding.workweekStart ?? (finding.date ? workweekOf(finding.date).start : null) };
}

/** The county's denial reasons in words, with what to change, each placed where the version's finding was. */
export function denialReasons(lang: Language, codes: readonly string[], ts: Row, findings: readonly Finding[]): PlacedReason[] {
  return codes.map((code) => ({ ...renderCode(lang, code, ts, findings, 'denial'), ...placeOf(findings.find((f) => f.code === code)) }));
}

const DECISIONS: Record<string, 'recipient' | 'county'> = {
  recipient_approve: 'recipient',
  recipient_reject: 'recipient',
  county_approve: 'county',
  county_deny: 'county',
};

function nextStepOf(v: Row, correction: Row | undefined): ClaimStory['nextStep'] {
  switch (v.status) {
    case 'draft':
      return 'submit';
    case 'submitted':
      return 'wait_recipient';
    case 'approved_by_recipient':
    case 'in_county_review':
      return 'wait_county';
    case 'rejected_by_recipient':
    case 'denied':
      return correction ? 'correcting' : 'correct';
    case 'approved':
      return 'wait_payment';
    case 'payment_issued':
      return 'wait_bank';
    case 'paid':
      return 'paid';
    case 'superseded':
      return 'replaced';
  }
}

/** The story of each version, in the order given. `countyName` names the county when it decided. */
export function storiesOf(
  lang: Language,
  versions: readonly Row[],
  events: readonly claimLife.ClaimEventRow[],
  countyName: string,
  findingsOf: (v: Row) => readonly Finding[],
): Map<number, ClaimStory> {
  const stories = new Map<number, ClaimStory>();
  for (const v of versions) {
    const decision = events.filter((e) => e.timesheet_id === v.id && DECISIONS[e.action] !== undefined).at(-1);
    const by = decision ? DECISIONS[decision.action]! : null;
    const correction = versions.find((x) => x.supersedes_id === v.id && x.status === 'draft');
    stories.set(v.id, {
      decidedBy: by,
      deciderName: by === 'recipient' ? `${v.recipient_first_name} ${v.recipient_last_name}` : by === 'county' ? countyName : null,
      decidedAt: decision?.at.toISOString() ?? null,
      returned: decision?.action === 'recipient_reject' || decision?.action === 'county_deny',
      note: decision?.note ?? null,
      reasons: decision?.action === 'county_deny' ? denialReasons(lang, decision.reason_codes, v, findingsOf(v)) : [],
      nextStep: nextStepOf(v, correction),
      correctionId: correction?.id ?? null,
      recipientDecideBy: v.status === 'submitted' && v.submitted_at ? recipientDecisionDue(v.submitted_at) : null,
    });
  }
  return stories;
}
