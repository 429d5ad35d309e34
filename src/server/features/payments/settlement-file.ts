/**
 * The bank's acknowledgement file, read line by line before anything is looked up: the State Controller's Office
 * tells payroll which payments reached the provider (a direct deposit settled, a warrant cashed) and when. The shape:
 *
 *   payment_number,paid_on,amount
 *   P2026-00000012,2026-11-20,1234.56
 *
 * A line's fields may be quoted ("…"), blank lines are skipped, a byte-order mark and Windows line ends are
 * accepted. Amounts are dollars with at most 2 decimals, read into cents without floating point.
 */
import { MAX_SETTLEMENT_LINES, SETTLEMENT_HEADER } from '../../../contracts/payments.js';
import type { MessageKey } from '../../../contracts/messages/index.js';
import { isIsoDate } from '../../../domain/index.js';

export interface SettlementLine {
  /** 1-based line number in the file, as a spreadsheet shows it. */
  line: number;
  paymentNumber: string;
  paidOn: string;
  amountCents: number;
}

export interface LineProblem {
  line: number;
  code: MessageKey;
  params: Record<string, unknown>;
}

export type ParsedSettlement =
  | { ok: true; lines: SettlementLine[]; problems: LineProblem[] }
  | { ok: false; code: 'settlementHeader' | 'settlementEmpty' | 'settlementTooLong' };

const PAYMENT_NUMBER = /^P\d{4}-\d{8,}$/;
const AMOUNT = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

const unquote = (field: string) => {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).trim() : f;
};

/** Dollars as written ("1234.5", "1234.56", "1234") to cents; undefined when it is not such a number. */
export function amountToCents(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** Reads the file: its lines, and each line's problem of shape or repetition (lookups come later). */
export function parseSettlementFile(content: string): ParsedSettlement {
  const rows = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0]?.split(',').map(unquote).join(',').toLowerCase();
  if (header !== SETTLEMENT_HEADER) return { ok: false, code: 'settlementHeader' };
  const lines: SettlementLine[] = [];
  const problems: LineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  rows.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const fields = raw.split(',').map(unquote);
    const [paymentNumber = '', paidOn = '', amount = ''] = fields;
    const amountCents = amountToCents(amount);
    if (fields.length !== 3 || !PAYMENT_NUMBER.test(paymentNumber) || !isIsoDate(paidOn) || amountCents === undefined) {
      problems.push({ line, code: 'settlementLineShape', params: { line } });
      return;
    }
    const first = firstLineOf.get(paymentNumber);
    if (first !== undefined) {
      problems.push({ line, code: 'settlementDuplicate', params: { line, number: paymentNumber, first } });
      return;
    }
    firstLineOf.set(paymentNumber, line);
    lines.push({ line, paymentNumber, paidOn, amountCents });
  });
  if (lines.length + problems.length === 0) return { ok: false, code: 'settlementEmpty' };
  if (lines.length + problems.length > MAX_SETTLEMENT_LINES) return { ok: false, code: 'settlementTooLong' };
  return { ok: true, lines, problems };
}
