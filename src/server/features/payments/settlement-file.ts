/**
 * Payroll's files from the State Controller's Office, read line by line before anything is looked up.
 *
 * The acknowledgement file tells payroll which payments reached the provider (a direct deposit settled, a warrant
 * cashed) and when:
 *
 *   payment_number,paid_on,amount
 *   P2026-00000012,2026-11-20,1234.56
 *
 * The returns file tells which deposits the provider's bank sent back, when, and why (a NACHA return reason code,
 * ADR 0007):
 *
 *   payment_number,returned_on,amount,reason
 *   P2026-00000012,2026-11-21,1234.56,R02
 *
 * Both: a line's fields may be quoted ("…"), blank lines are skipped, a byte-order mark and Windows line ends are
 * accepted, a payment is named once a file. Amounts are dollars with at most 2 decimals, read into cents without
 * floating point.
 */
import { isReturnReason, MAX_RETURN_LINES, MAX_SETTLEMENT_LINES, RETURN_HEADER, SETTLEMENT_HEADER, type ReturnReason } from '../../../contracts/payments.js';
import type { MessageKey } from '../../../contracts/messages/index.js';
import { isIsoDate } from '../../../domain/index.js';

export interface FileLine {
  /** 1-based line number in the file, as a spreadsheet shows it. */
  line: number;
  paymentNumber: string;
  amountCents: number;
}

export interface SettlementLine extends FileLine {
  paidOn: string;
}

export interface ReturnLine extends FileLine {
  returnedOn: string;
  reason: ReturnReason;
}

export interface LineProblem {
  line: number;
  code: MessageKey;
  params: Record<string, unknown>;
}

export type Parsed<L, Refusal extends MessageKey> = { ok: true; lines: L[]; problems: LineProblem[] } | { ok: false; code: Refusal };
export type ParsedSettlement = Parsed<SettlementLine, 'settlementHeader' | 'settlementEmpty' | 'settlementTooLong'>;
export type ParsedReturns = Parsed<ReturnLine, 'returnsHeader' | 'returnsEmpty' | 'settlementTooLong'>;

const PAYMENT_NUMBER = /^P\d{4}-\d{8,}$/;
const AMOUNT = /^(\d{1,9})(?:\.(\d{1,2}))?$/;

const unquote = (field: string) => {
  const f = field.trim();
  return f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).trim() : f;
};

/** Cents as a bank file writes the amount: 1234.56. */
export const centsToAmount = (cents: number) => (cents / 100).toFixed(2);

/** Dollars as written ("1234.5", "1234.56", "1234") to cents; undefined when it is not such a number. */
export function amountToCents(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

interface FileSpec<L extends FileLine, Refusal extends MessageKey> {
  header: string;
  maxLines: number;
  refusals: { header: Refusal; empty: Refusal; tooLong: Refusal };
  /** The problem of a line not shaped like the file's lines. */
  shape: MessageKey;
  /** A line's fields after the payment number and the amount checked: the line, or its problem (undefined: shape). */
  read: (fields: readonly string[], at: FileLine) => L | LineProblem | undefined;
}

/** Reads a file: its lines, and each line's problem of shape or repetition (lookups come later). */
function readFile<L extends FileLine, Refusal extends MessageKey>(content: string, spec: FileSpec<L, Refusal>): Parsed<L, Refusal> {
  const rows = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = rows[0]?.split(',').map(unquote).join(',').toLowerCase();
  if (header !== spec.header) return { ok: false, code: spec.refusals.header };
  const width = spec.header.split(',').length;
  const lines: L[] = [];
  const problems: LineProblem[] = [];
  const firstLineOf = new Map<string, number>();
  rows.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const fields = raw.split(',').map(unquote);
    const paymentNumber = fields[0] ?? '';
    const amountCents = amountToCents(fields[2] ?? '');
    const read = fields.length === width && PAYMENT_NUMBER.test(paymentNumber) && amountCents !== undefined ? spec.read(fields, { line, paymentNumber, amountCents }) : undefined;
    if (read === undefined || 'code' in read) {
      problems.push(read ?? { line, code: spec.shape, params: { line } });
      return;
    }
    const first = firstLineOf.get(paymentNumber);
    if (first !== undefined) {
      problems.push({ line, code: 'settlementDuplicate', params: { line, number: paymentNumber, first } });
      return;
    }
    firstLineOf.set(paymentNumber, line);
    lines.push(read);
  });
  if (lines.length + problems.length === 0) return { ok: false, code: spec.refusals.empty };
  if (lines.length + problems.length > spec.maxLines) return { ok: false, code: spec.refusals.tooLong };
  return { ok: true, lines, problems };
}

/** The acknowledgement file (see the module comment). */
export function parseSettlementFile(content: string): ParsedSettlement {
  return readFile<SettlementLine, 'settlementHeader' | 'settlementEmpty' | 'settlementTooLong'>(content, {
    header: SETTLEMENT_HEADER,
    maxLines: MAX_SETTLEMENT_LINES,
    refusals: { header: 'settlementHeader', empty: 'settlementEmpty', tooLong: 'settlementTooLong' },
    shape: 'settlementLineShape',
    read: ([, paidOn = ''], at) => (isIsoDate(paidOn) ? { ...at, paidOn } : undefined),
  });
}

/** The bank's returns file (see the module comment): a reason outside RETURN_REASONS is named as such. */
export function parseReturnsFile(content: string): ParsedReturns {
  return readFile<ReturnLine, 'returnsHeader' | 'returnsEmpty' | 'settlementTooLong'>(content, {
    header: RETURN_HEADER,
    maxLines: MAX_RETURN_LINES,
    refusals: { header: 'returnsHeader', empty: 'returnsEmpty', tooLong: 'settlementTooLong' },
    shape: 'returnsLineShape',
    read: ([, returnedOn = '', , raw = ''], at) => {
      if (!isIsoDate(returnedOn) || !/^R\d{2}$/i.test(raw)) return undefined;
      const reason = raw.toUpperCase();
      return isReturnReason(reason) ? { ...at, returnedOn, reason } : { line: at.line, code: 'returnsUnknownReason', params: { line: at.line, reason } };
    },
  });
}
