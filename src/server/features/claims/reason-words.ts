import type { Language } from '../../../contracts/messages/index.js';
import { isReturnReason } from '../../../contracts/payments.js';
import { isReasonCode, renderDenialReason, renderReason, type Finding } from '../../../domain/index.js';
import { returnReasonWords } from '../payments/service.js';
import type * as timesheets from '../timesheets/service.js';

/**
 * A reason code in words: as a finding (why a version went to the county) or as the county's denial (what to change
 * in the correction; the finding's figures in the title when the version had that finding).
 */
export function renderCode(
  lang: Language,
  code: string,
  ts: Pick<timesheets.TimesheetRow, 'case_number' | 'recipient_first_name' | 'recipient_last_name'>,
  findings: readonly Finding[] = [],
  as: 'finding' | 'denial' = 'finding',
) {
  if (!isReasonCode(code)) return { code, title: code, howToFix: '' };
  const finding = findings.find((f) => f.code === code);
  const names = { [ts.case_number]: `${ts.recipient_first_name} ${ts.recipient_last_name}` };
  const text =
    as === 'denial' ? renderDenialReason(lang, code, { finding, recipientId: ts.case_number }, names) : renderReason(lang, code, finding ?? { recipientId: ts.case_number }, names);
  return { code, ...text };
}

/** A returned deposit's NACHA reason in words, with what the provider should do (ADR 0007). */
export function returnReasonView(lang: Language, code: string) {
  if (!isReturnReason(code)) return { code, title: code, howToFix: '' };
  const words = returnReasonWords(lang, code);
  return { code, title: words.why, howToFix: words.whatToDo };
}
