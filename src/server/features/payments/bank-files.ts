/**
 * What recording either of payroll's bank files shares (the State Controller's acknowledgement, settlements.ts; the
 * bank's returns file, returns.ts): all lines or none, in one transaction. The file is read first (a file that
 * cannot be read is refused whole); then the payments it names are locked, only the staff member's county's (a
 * number of another county reads as unknown, so a file cannot probe other counties); each line is judged against its
 * payment; one problem refuses the file with every problem listed; otherwise the file's record, each line's change
 * and the import's audit row are written together.
 */
import { createHash } from 'node:crypto';
import type { MessageKey } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { FieldError, FieldErrors } from '../../errors.js';
import { recordAudit } from '../audit/service.js';
import type { Viewer } from '../cases/service.js';
import type { Client } from '../../lib/client.js';
import { nowInDb } from '../cases/service.js';
import { moveClaim } from '../claim-life/transitions.js';
import * as timesheets from '../timesheets/service.js';
import { payrollScope } from './service.js';
import { centsToAmount, type FileLine, type LineProblem, type Parsed } from './settlement-file.js';
import * as store from './store.js';

export type Locked = Awaited<ReturnType<typeof store.lockPaymentsByNumber>>[number];
export type Verdict = LineProblem | 'already' | 'record';

/** Lines listed in a refusal: enough to fix a file, not a megabyte of JSON. */
const MAX_PROBLEMS_LISTED = 200;

function refuse(problems: readonly LineProblem[]): never {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  throw new FieldErrors(
    'settlementProblems',
    { count: sorted.length },
    sorted.slice(0, MAX_PROBLEMS_LISTED).map((p) => ({ path: `content.line.${p.line}`, code: p.code, params: p.params })),
  );
}

/** Each line judged: the lines to record and the count already recorded; any problem (of shape or of a check) refuses the file. */
function sortLines<L>(parsed: { lines: readonly L[]; problems: readonly LineProblem[] }, verdictOf: (line: L) => Verdict) {
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

/** How the import of each kind is written down in the audit trail. */
const AUDIT: Record<store.ImportKind, { action: string; idKey: string }> = {
  settlements: { action: 'payment.settlement_recorded', idKey: 'settlementId' },
  returns: { action: 'payment.returns_recorded', idKey: 'importId' },
};

export interface BankFileSpec<L extends FileLine> {
  kind: store.ImportKind;
  parsed: Parsed<L, MessageKey>;
  /**
   * In the import's transaction, once the file's payments are locked (by number): how to judge a line against its
   * payment, and how to record one that passed, against the import's id.
   */
  open(trx: Db, found: ReadonlyMap<string, Locked>, now: Date): Promise<{ verdictOf(line: L): Verdict; record(line: L, importId: number): Promise<void> }>;
}

/** Records a bank file: every line or none (see the module comment). Returns what the staff member is told. */
export async function importBankFile<L extends FileLine>(db: Db, viewer: Viewer, client: Client, file: { fileName: string; content: string }, spec: BankFileSpec<L>) {
  const { parsed } = spec;
  if (!parsed.ok) throw new FieldError('content', parsed.code);
  const countyId = payrollScope(viewer);
  return db.transaction().execute(async (trx) => {
    const now = await nowInDb(trx);
    const found = new Map((await store.lockPaymentsByNumber(trx, parsed.lines.map((l) => l.paymentNumber), countyId)).map((p) => [p.payment_number, p]));
    const { verdictOf, record } = await spec.open(trx, found, now);
    const { toRecord, already } = sortLines(parsed, verdictOf);
    const fileSha256 = createHash('sha256').update(file.content).digest('hex');
    const counts = { lines: parsed.lines.length, recorded: toRecord.length, already };
    const id = await store.insertImport(trx, spec.kind, { countyId, fileName: file.fileName, fileSha256, ...counts, importedBy: viewer.id });
    for (const line of toRecord) await record(line, id);
    const audit = AUDIT[spec.kind];
    await recordAudit(trx, { ...client, action: audit.action, outcome: 'success', actorUserId: viewer.id, countyId, details: { [audit.idKey]: id, fileName: file.fileName, fileSha256, ...counts } });
    return { id, fileName: file.fileName, ...counts };
  });
}

/** The payment's claim (sick leave paid alone has none) takes a step of the bank's, by the system, noting the payment. */
export async function claimStep(trx: Db, p: Locked, action: 'mark_paid' | 'mark_paid_again' | 'payment_returned', reasonCodes: readonly string[] = []) {
  if (p.timesheet_id === null) return;
  const ts = await timesheets.findTimesheetRow(trx, p.timesheet_id, true);
  if (!ts) throw new Error(`payment ${p.id} has no timesheet ${p.timesheet_id}`);
  await moveClaim(trx, ts, action, { kind: 'system', userId: null }, { note: p.payment_number, reasonCodes });
}

/** What a demo button answers when there is nothing for its file to record (no file is recorded). */
export const NOTHING_RECORDED = { id: 0, fileName: '', lines: 0, recorded: 0, already: 0 } as const;

/** Demo only: the bank's file, dated today, of these payments at their net (what the bank moves), a line each (with `extra` fields). */
export function demoFile(name: string, header: string, today: string, payments: readonly { payment_number: string; net_cents: number }[], ...extra: string[]) {
  const lines = payments.map((p) => [p.payment_number, today, centsToAmount(p.net_cents), ...extra].join(','));
  return { fileName: `demo-${name}-${today}.csv`, content: [header, ...lines].join('\n') };
}
