/**
 * From `payment issued` to `paid` (issue #5): the bank's acknowledgement, recorded by payroll staff.
 *
 * The State Controller's Office issues IHSS pay by direct deposit or warrant; "issued" is our side, "paid" is the
 * bank's word that the money reached the provider. Payroll staff record the acknowledgement file
 * (`settlement-file.ts`), and an import is all or nothing, in one transaction (the mechanics both bank files share are
 * in `bank-files.ts`):
 * - every line is read first; then the payments it names are locked (only the staff member's county's: a number
 *   of another county reads as unknown, so a file cannot probe other counties);
 * - a line is refused when its payment is unknown, its amount is not the payment's net (what the bank paid: gross
 *   less deductions, issue #15) to the cent, its date is
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
import { MAX_SETTLEMENT_LINES, SETTLEMENT_HEADER, type SettlementResult } from '../../../contracts/payments.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate } from '../../../domain/index.js';
import { recordSystemAudit } from '../audit/service.js';
import type { Viewer } from '../cases/service.js';
import type { Client } from '../../lib/client.js';
import { nowInDb } from '../cases/service.js';
import { notify } from '../notifications/service.js';
import { claimStep, demoFile, importBankFile, NOTHING_RECORDED, type Locked, type Verdict } from './bank-files.js';
import { dollars as formatDollars } from './documents.js';
import { payrollScope } from './service.js';
import { parseSettlementFile, type SettlementLine } from './settlement-file.js';
import * as store from './store.js';

/** What the file says of each payment it names, checked against the payment: a problem, `already`, or to record. */
function check(line: SettlementLine, p: Locked | undefined, today: string): Verdict {
  const at = { line: line.line, number: line.paymentNumber };
  if (!p) return { line: line.line, code: 'settlementUnknownPayment', params: at };
  if (line.amountCents !== p.net_cents) {
    return { line: line.line, code: 'settlementAmountDiffers', params: { ...at, expected: formatDollars(p.net_cents), amount: formatDollars(line.amountCents) } };
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
    data: { amount: formatDollars(p.net_cents), paidOn: line.paidOn, paymentNumber: p.payment_number, payPeriodStart: p.pay_period_start, payPeriodEnd: p.pay_period_end, paymentId: p.id },
  });
  await recordSystemAudit(trx, { action: 'payment.paid', subjectUserId: p.provider_user_id, countyId: p.county_id, details: { paymentId: p.id, paymentNumber: p.payment_number, paidOn: line.paidOn, settlementId, ...(again ? { reissued: true } : {}) } });
}

/** Records an acknowledgement file: every line or none (see the module comment). */
export function importSettlement(db: Db, viewer: Viewer, client: Client, file: { fileName: string; content: string }): Promise<SettlementResult> {
  return importBankFile(db, viewer, client, file, {
    kind: 'settlements',
    parsed: parseSettlementFile(file.content),
    open: async (trx, found, now) => {
      const today = californiaDate(now);
      return {
        verdictOf: (line) => check(line, found.get(line.paymentNumber), today),
        record: (line, id) => recordPaid(trx, found.get(line.paymentNumber)!, line, id, now),
      };
    },
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
