/**
 * From `payment issued` to `paid` (issue #5): the bank's acknowledgement, recorded by payroll staff.
 *
 * The State Controller's Office issues IHSS pay by direct deposit or warrant; "issued" is our side, "paid" is the
 * bank's word that the money reached the provider. Payroll staff record the acknowledgement file
 * (`settlement-file.ts`), and an import is all or nothing, in one transaction:
 * - every line is read first; then the payments it names are locked (only the staff member's county's: a number
 *   of another county reads as unknown, so a file cannot probe other counties);
 * - a line is refused when its payment is unknown, its amount is not the payment's gross to the cent, its date is
 *   before the issue date or after today (California), or the payment is already paid on another day;
 * - a payment the bank returned (`returned`, ADR 0007) is paid again by the State Controller's reissued payment: its
 *   line is accepted on any day from the return on (not before it), and records the new paid date;
 * - one refused line refuses the file, with every line's problem listed, and nothing changes;
 * - a payment already paid on the same day counts as `already`: importing a file twice records it once, and a
 *   retried request changes nothing more.
 * Each payment recorded moves to `paid` with the bank's date, its claim (if it pays one) takes the `mark_paid` step
 * (`mark_paid_again` for a reissued payment; by the system: the bank said so), the provider is told, and the audit
 * trail has a row per payment and one for the import.
 */
import { createHash } from 'node:crypto';
import { MAX_SETTLEMENT_LINES, SETTLEMENT_HEADER, type SettlementResult } from '../../../contracts/payments.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate } from '../../../domain/index.js';
import { FieldError, FieldErrors } from '../../errors.js';
import { recordAudit, recordSystemAudit } from '../audit/service.js';
import type { Client, Viewer } from '../cases/service.js';
import { nowInDb } from '../cases/service.js';
import { notify } from '../notifications/service.js';
import * as timesheets from '../timesheets/service.js';
import { parseSettlementFile, type LineProblem, type SettlementLine } from './settlement-file.js';
import { dollars as formatDollars } from './documents.js';
import { payrollScope } from './service.js';
import * as store from './store.js';

/** Lines listed in a refusal (of an acknowledgement or a returns file): enough to fix a file, not a megabyte of JSON. */
const MAX_PROBLEMS_LISTED = 200;

function refuse(problems: readonly LineProblem[]): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  throw new FieldErrors(
    'settlementProblems',
    { count: sorted.length },
    sorted.slice(0, MAX_PROBLEMS_LISTED).map((p) => ({ path: `content.line.${p.line}`, code: p.code, params: p.params })),
  );
}

/**
 * Each line of a file checked: the lines to record and the count already recorded; any problem (of shape, or of a
 * check) refuses the whole file with every problem listed. The acknowledgement and the returns file alike.
 */
export function sortLines<L>(parsed: { lines: readonly L[]; problems: readonly LineProblem[] }, verdictOf: (line: L) => LineProblem | 'already' | 'record') {
  const problems = [...parsed.problems];
  const toRecord: L[] = [];
  let already = 0;
  for (const line of parsed.lines) {
    const verdict = verdictOf(line);
    if (verdict === 'already') already += 1;
    else if (verdict === 'record') toRecord.push(line);
    else problems.push(verdict);
  }
  if (problems.length > 0) refuse(problems);
  return { toRecord, already };
}

export type Locked = Awaited<ReturnType<typeof store.lockPaymentsByNumber>>[number];

/** The payment's claim (sick leave paid alone has none) takes a step of the bank's, by the system, noting the payment. */
export async function claimStep(trx: Db, p: Locked, action: 'mark_paid' | 'mark_paid_again' | 'payment_returned', reasonCodes: readonly string[] = []) {
  if (p.timesheet_id === null) return;
  const ts = await timesheets.findTimesheetRow(trx, p.timesheet_id, true);
  if (!ts) throw new Error(`payment ${p.id} has no timesheet ${p.timesheet_id}`);
  await timesheets.applyTransition(trx, ts, action, { kind: 'system', userId: null }, { note: p.payment_number, reasonCodes });
}

/** What the file says of each payment it names, checked against the payment: a problem, `already`, or to record. */
function check(line: SettlementLine, p: Locked | undefined, today: string): LineProblem | 'already' | 'record' {
  const at = { line: line.line, number: line.paymentNumber };
  if (!p) return { line: line.line, code: 'settlementUnknownPayment', params: at };
  if (line.amountCents !== p.gross_cents) {
    return { line: line.line, code: 'settlementAmountDiffers', params: { ...at, expected: formatDollars(p.gross_cents), amount: formatDollars(line.amountCents) } };
  }
  if (line.paidOn < p.issue_date) return { line: line.line, code: 'settlementBeforeIssue', params: { ...at, issueDate: p.issue_date, paidOn: line.paidOn } };
  if (line.paidOn > today) return { line: line.line, code: 'settlementInFuture', params: { ...at, paidOn: line.paidOn } };
  if (p.status === 'paid') return p.paid_on === line.paidOn ? 'already' : { line: line.line, code: 'settlementPaidOtherDay', params: { ...at, paidOn: p.paid_on } };
  if (p.returned_on !== null && line.paidOn < p.returned_on) return { line: line.line, code: 'settlementBeforeReturn', params: { ...at, returnedOn: p.returned_on, paidOn: line.paidOn } };
  return 'record';
}

async function recordPaid(trx: Db, p: Locked, line: SettlementLine, settlementId: number, now: Date) {
  const again = p.status === 'returned';
  await store.markPaid(trx, p.id, { paidOn: line.paidOn, settlementId, at: now });
  await claimStep(trx, p, again ? 'mark_paid_again' : 'mark_paid');
  await notify(trx, {
    event: 'payment_paid',
    // A reissued payment is paid on another day than the deposit that came back: a notice of its own.
    key: again ? `payment_paid:payment:${p.id}:${line.paidOn}` : `payment_paid:payment:${p.id}`,
    userIds: [p.provider_user_id],
    data: { amount: formatDollars(p.gross_cents), paidOn: line.paidOn, paymentNumber: p.payment_number, payPeriodStart: p.pay_period_start, payPeriodEnd: p.pay_period_end, paymentId: p.id },
  });
  await recordSystemAudit(trx, { action: 'payment.paid', subjectUserId: p.provider_user_id, countyId: p.county_id, details: { paymentId: p.id, paymentNumber: p.payment_number, paidOn: line.paidOn, settlementId, ...(again ? { reissued: true } : {}) } });
}

/**
 * What recording either bank file ends with, once every line passed: the file's record (who, its SHA-256, the
 * counts), each line recorded against it, and the import's audit row. Returns what the staff member is told.
 */
export async function recordFileImport<L>(
  trx: Db,
  o: {
    table: 'payment_settlements' | 'payment_return_imports';
    auditAction: string;
    auditIdKey: string;
    viewer: Viewer;
    client: Client;
    countyId: number | null;
    file: { fileName: string; content: string };
    lines: number;
    sorted: { toRecord: readonly L[]; already: number };
  },
  record: (line: L, importId: number) => Promise<void>,
) {
  const fileSha256 = createHash('sha256').update(o.file.content).digest('hex');
  const counts = { lines: o.lines, recorded: o.sorted.toRecord.length, already: o.sorted.already };
  const id = await store.insertImport(trx, o.table, { countyId: o.countyId, fileName: o.file.fileName, fileSha256, ...counts, importedBy: o.viewer.id });
  for (const line of o.sorted.toRecord) await record(line, id);
  await recordAudit(trx, {
    ...o.client,
    action: o.auditAction,
    outcome: 'success',
    actorUserId: o.viewer.id,
    countyId: o.countyId,
    details: { [o.auditIdKey]: id, fileName: o.file.fileName, fileSha256, ...counts },
  });
  return { id, fileName: o.file.fileName, ...counts };
}

/** Records an acknowledgement file: every line or none (see the module comment). */
export async function importSettlement(db: Db, viewer: Viewer, client: Client, file: { fileName: string; content: string }): Promise<SettlementResult> {
  const parsed = parseSettlementFile(file.content);
  if (!parsed.ok) throw new FieldError('content', parsed.code);
  const countyId = payrollScope(viewer);
  return db.transaction().execute(async (trx) => {
    const now = await nowInDb(trx);
    const today = californiaDate(now);
    const found = new Map((await store.lockPaymentsByNumber(trx, parsed.lines.map((l) => l.paymentNumber), countyId)).map((p) => [p.payment_number, p]));
    const sorted = sortLines(parsed, (line) => check(line, found.get(line.paymentNumber), today));
    return recordFileImport(
      trx,
      { table: 'payment_settlements', auditAction: 'payment.settlement_recorded', auditIdKey: 'settlementId', viewer, client, countyId, file, lines: parsed.lines.length, sorted },
      (line, id) => recordPaid(trx, found.get(line.paymentNumber)!, line, id, now),
    );
  });
}

/**
 * Demo only: the bank's file for every issued payment of the staff member's county, paid today, recorded as a
 * real file would be. (In production the file comes from the State Controller's Office.)
 */
export async function settleIssuedForDemo(db: Db, viewer: Viewer, client: Client): Promise<SettlementResult> {
  const today = californiaDate(await nowInDb(db));
  const issued = await store.issuedPayments(db, payrollScope(viewer), MAX_SETTLEMENT_LINES);
  if (issued.length === 0) return NOTHING_RECORDED;
  return importSettlement(db, viewer, client, demoFile('acknowledgement', SETTLEMENT_HEADER, today, issued));
}

/** What a demo button answers when there is nothing for its file to record (no file is recorded). */
export const NOTHING_RECORDED = { id: 0, fileName: '', lines: 0, recorded: 0, already: 0 } as const;

/** Demo only: the bank's file, dated today, of these payments at their gross, a line each (with `extra` fields). */
export function demoFile(name: string, header: string, today: string, payments: readonly { payment_number: string; gross_cents: number }[], ...extra: string[]) {
  const lines = payments.map((p) => [p.payment_number, today, (p.gross_cents / 100).toFixed(2), ...extra].join(','));
  return { fileName: `demo-${name}-${today}.csv`, content: [header, ...lines].join('\n') };
}
