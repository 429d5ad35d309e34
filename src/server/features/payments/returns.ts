/**
 * A direct deposit the provider's bank returned (ADR 0007; docs/rules.md, "Returned deposits").
 *
 * A bank that cannot credit a deposit (the account closed, no such account, a wrong account number, the account
 * frozen, the holder deceased, the deposit refused...) sends it back through the ACH network with a NACHA return
 * reason code (Nacha's return codes, as listed by Q2 Helix and Galileo's ACH credit-return codes). The State
 * Controller's Office then has the money back and pays it again: for the State's own payroll it takes the employee
 * off direct deposit and reissues a paper warrant (the SCO's practice as CSU Fullerton's and CSU San Bernardino's
 * payroll FAQs describe it); no published IHSS page says otherwise, so the portal tells the provider a paper check
 * usually follows by mail, and records it as paid again when its acknowledgement arrives (settlements.ts).
 *
 * Payroll staff record the bank's returns file (`parseReturnsFile`), all lines or none, in one transaction, like the
 * acknowledgement file:
 * - the payments named are locked, only the staff member's county's (another county's number reads as unknown);
 * - a line is refused when its payment is unknown, not `paid` (an issued payment has reached no bank yet), its
 *   amount is not the payment's gross to the cent, its date is before the paid date or after today (California),
 *   or the payment is already returned on another day or for another reason;
 * - a line whose return is already recorded (the same deposit, day and reason) counts as `already`: a repeated file
 *   records nothing twice, even after the payment was paid again;
 * - one refused line refuses the file with every line's problem named, and nothing changes.
 * Each return recorded: the payment becomes `returned` (with the bank's date and reason), a `payment_returns` row
 * keeps it for good, its claim takes `payment_returned` (by the system, with the reason), the provider is told
 * (`payment_returned`, once per return), and the audit trail has a row per payment and one for the import.
 */
import { RETURN_HEADER, type ReturnImportResult, type ReturnReason } from '../../../contracts/payments.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate } from '../../../domain/index.js';
import { recordSystemAudit } from '../audit/service.js';
import type { Viewer } from '../cases/service.js';
import type { Client } from '../../lib/client.js';
import { nowInDb } from '../cases/service.js';
import { notify } from '../notifications/service.js';
import { dollars } from './documents.js';
import { claimStep, demoFile, importBankFile, NOTHING_RECORDED, type Locked, type Verdict } from './bank-files.js';
import { payrollScope } from './service.js';
import { parseReturnsFile, type LineProblem, type ReturnLine } from './settlement-file.js';
import * as store from './store.js';

type Recorded = Awaited<ReturnType<typeof store.returnsOf>>[number];

/** What the file says of each deposit it names, checked against the payment and its returns: a problem, `already`, or to record. */
function check(line: ReturnLine, p: Locked | undefined, earlier: readonly Recorded[], today: string): Verdict {
  const at = { line: line.line, number: line.paymentNumber };
  const problem = (code: LineProblem['code'], params: Record<string, unknown> = {}): LineProblem => ({ line: line.line, code, params: { ...at, ...params } });
  if (!p) return problem('settlementUnknownPayment');
  if (line.amountCents !== p.net_cents) return problem('settlementAmountDiffers', { expected: dollars(p.net_cents), amount: dollars(line.amountCents) });
  if (earlier.some((r) => r.returned_on === line.returnedOn && r.reason === line.reason)) return 'already';
  if (p.status === 'returned') return problem('returnsOtherReturn', { returnedOn: p.returned_on, reason: p.return_reason });
  if (p.status !== 'paid' || p.paid_on === null) return problem('returnsNotPaid');
  if (line.returnedOn < p.paid_on) return problem('returnsBeforePaid', { paidOn: p.paid_on, returnedOn: line.returnedOn });
  if (line.returnedOn > today) return problem('returnsInFuture', { returnedOn: line.returnedOn });
  return 'record';
}

async function recordReturn(trx: Db, p: Locked, line: ReturnLine, importId: number) {
  const returnId = await store.markReturned(trx, { id: p.id, countyId: p.county_id, paidOn: p.paid_on!, settlementId: p.settlement_id! }, { returnedOn: line.returnedOn, reason: line.reason, importId });
  await claimStep(trx, p, 'payment_returned', [line.reason]);
  await notify(trx, {
    event: 'payment_returned',
    key: `payment_returned:return:${returnId}`,
    userIds: [p.provider_user_id],
    data: { amount: dollars(p.net_cents), returnedOn: line.returnedOn, reason: line.reason, paymentNumber: p.payment_number, payPeriodStart: p.pay_period_start, payPeriodEnd: p.pay_period_end, paymentId: p.id },
  });
  await recordSystemAudit(trx, { action: 'payment.returned', subjectUserId: p.provider_user_id, countyId: p.county_id, details: { paymentId: p.id, paymentNumber: p.payment_number, paidOn: p.paid_on, returnedOn: line.returnedOn, reason: line.reason, returnId, importId } });
}

/** Records the bank's returns file: every line or none (see the module comment). */
export function importReturns(db: Db, viewer: Viewer, client: Client, file: { fileName: string; content: string }): Promise<ReturnImportResult> {
  return importBankFile(db, viewer, client, file, {
    kind: 'returns',
    parsed: parseReturnsFile(file.content),
    open: async (trx, found, now) => {
      const today = californiaDate(now);
      const returns = new Map<number, Recorded[]>();
      for (const r of await store.returnsOf(trx, [...found.values()].map((p) => p.id))) returns.set(r.payment_id, [...(returns.get(r.payment_id) ?? []), r]);
      return {
        verdictOf: (line) => {
          const p = found.get(line.paymentNumber);
          return check(line, p, p ? (returns.get(p.id) ?? []) : [], today);
        },
        record: (line, id) => recordReturn(trx, found.get(line.paymentNumber)!, line, id),
      };
    },
  });
}

/** The demo's return: the account closed, the commonest reason a deposit comes back. */
const DEMO_REASON: ReturnReason = 'R02';

/**
 * Demo only: the bank returns the deposit of the county's payment paid most recently (the state admin: any county's),
 * account closed, today, recorded as a real returns file would be, so the provider's screens can be seen with a
 * returned deposit. (In production the file comes from the State Controller's Office.)
 */
export async function returnLatestForDemo(db: Db, viewer: Viewer, client: Client): Promise<ReturnImportResult> {
  const today = californiaDate(await nowInDb(db));
  const latest = await store.latestPaidPayment(db, payrollScope(viewer));
  if (!latest) return NOTHING_RECORDED;
  return importReturns(db, viewer, client, demoFile('returns', RETURN_HEADER, today, [latest], DEMO_REASON));
}
