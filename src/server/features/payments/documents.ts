/**
 * The pay stub (a one-page PDF) and the payment history (CSV), in the provider's language, set in a font that holds
 * its script (stub-fonts.ts).
 *
 * The stub is meant to print on Letter paper and to be read on a phone: one page, one column, 13-24 pt type, the
 * figures right-aligned beside plain labels, no colour carrying meaning. Amounts are the payment's own (integer
 * cents, formatted once here); year-to-date sums every payment issued in the calendar year up to this one, a
 * returned one too (ADR 0007: it is wages issued, paid again by the reissued payment). A returned payment's stub says
 * "Returned by your bank on <date>", why and what to do, instead of its paid date; the CSV adds the date and reason.
 */
import PDFDocument from 'pdfkit';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { formatMessage, localeOf, type Language } from '../../../contracts/messages/index.js';
import type { ReturnReason } from '../../../contracts/payments.js';
import { en, type DocumentWords } from './documents.en.js';
import { es } from './documents.es.js';
import { zh } from './documents.zh.js';
import { hy } from './documents.hy.js';
import { vi } from './documents.vi.js';
import { tl } from './documents.tl.js';
import { ru } from './documents.ru.js';
import { ko } from './documents.ko.js';
import type { PaymentRow } from './store.js';
import { STUB_FONTS } from './stub-fonts.js';
import { csvCell } from '../../lib/csv.js';

/** The CSV cell of every CSV the portal writes (lib/csv.ts), here since the payment history was its first user. */
export { csvCell };

export const DOCUMENT_WORDS: Record<Language, DocumentWords> = { en, es, zh, hy, vi, tl, ru, ko };

/** An amount in U.S. dollars with its cents, written the reader's way: "$1,234.56", "1.234,56 US$", "1 234,56 $". */
export const dollars = (cents: number, lang: Language = 'en') => new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'USD' }).format(cents / 100);
/**
 * Hours with two decimals, so minutes never look like decimals of an hour ("12:30" is ambiguous): "12.50" for the CSV
 * a spreadsheet reads, and the reader's decimal sign on the stub ("12,50").
 */
export const hours = (minutes: number, lang?: Language) =>
  lang ? new Intl.NumberFormat(localeOf(lang), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(minutes / 60) : (minutes / 60).toFixed(2);


/** A returned deposit's NACHA reason in words and what the provider should do, in their language (ADR 0007). */
export function returnReasonWords(lang: Language, reason: ReturnReason) {
  return { why: formatMessage(lang, `returnReason${reason}`), whatToDo: `${formatMessage(lang, `returnWhatToDo${reason}`)} ${formatMessage(lang, 'returnReissue')}` };
}

/** "Returned by your bank on <date>", the reason in words and what to do. */
function returnedText(lang: Language, returnedOn: string, reason: ReturnReason) {
  return { heading: DOCUMENT_WORDS[lang].returnedOn.replace('{{date}}', dateInWords(lang, returnedOn)), ...returnReasonWords(lang, reason) };
}

export interface YearToDate {
  gross: number;
  regular: number;
  overtime: number;
  travel: number;
  sick: number;
}

export function payStubPdf(p: PaymentRow, ytd: YearToDate, lang: Language): Promise<Buffer> {
  const t = DOCUMENT_WORDS[lang];
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: { Title: `${t.title} ${p.payment_number}`, Author: 'IHSS provider portal' },
    lang: localeOf(lang),
    displayTitle: true,
  });
  doc.registerFont('regular', STUB_FONTS[lang].regular);
  doc.registerFont('bold', STUB_FONTS[lang].bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const pair = (label: string, value: string) => {
    const y = doc.y;
    doc.font('regular').fontSize(13).text(label, left, y, { width: width * 0.45 });
    doc.font('bold').fontSize(13).text(value, left + width * 0.45, y, { width: width * 0.55 });
    doc.moveDown(0.35);
  };
  doc.font('bold').fontSize(24).text(t.title, left, doc.y);
  doc.moveDown(0.5);
  pair(t.provider, `${p.provider_first_name} ${p.provider_last_name}`);
  pair(t.providerId, p.provider_login_id);
  pair(t.recipient, `${p.recipient_first_name} ${p.recipient_last_name}`);
  pair(t.caseNumber, p.case_number);
  pair(t.payPeriod, `${dateInWords(lang, p.pay_period_start)} ${t.to} ${dateInWords(lang, p.pay_period_end)}`);
  pair(t.issueDate, dateInWords(lang, p.issue_date));
  // A returned deposit never reached the provider: its paid date would mislead, the return says what happened.
  if (p.paid_on && p.status !== 'returned') pair(t.paidOn, dateInWords(lang, p.paid_on));
  pair(t.paymentNumber, p.payment_number);
  pair(t.rate, `${dollars(p.rate_cents, lang)}`);
  doc.moveDown(0.6);
  if (p.status === 'returned' && p.returned_on && p.return_reason) {
    const r = returnedText(lang, p.returned_on, p.return_reason);
    doc.font('bold').fontSize(16).text(r.heading, left, doc.y, { width });
    doc.font('regular').fontSize(13).text(`${t.returnedWhy} ${r.why}`, left, doc.y, { width });
    doc.text(`${t.returnedWhatToDo} ${r.whatToDo}`, left, doc.y, { width });
    doc.moveDown(0.6);
  }

  const cols = [left, left + width * 0.45, left + width * 0.62];
  const colWidths = [width * 0.45, width * 0.17, width * 0.38];
  const row = (cells: [string, string, string], bold = false, size = 14) => {
    const y = doc.y;
    doc.font(bold ? 'bold' : 'regular').fontSize(size);
    doc.text(cells[0], cols[0], y, { width: colWidths[0] });
    doc.text(cells[1], cols[1], y, { width: colWidths[1], align: 'right' });
    doc.text(cells[2], cols[2], y, { width: colWidths[2], align: 'right' });
    doc.moveDown(0.4);
  };
  const rule = () => {
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(1).stroke();
    doc.moveDown(0.3);
  };
  row([t.kind, t.hours, t.amount], true, 13);
  rule();
  row([t.regular, hours(p.regular_minutes, lang), dollars(p.regular_cents, lang)]);
  row([t.overtime, hours(p.overtime_minutes, lang), dollars(p.overtime_cents, lang)]);
  row([t.travel, hours(p.travel_minutes, lang), dollars(p.travel_cents, lang)]);
  row([t.sick, hours(p.sick_minutes, lang), dollars(p.sick_cents, lang)]);
  rule();
  row([t.gross, hours(p.regular_minutes + p.overtime_minutes + p.travel_minutes + p.sick_minutes, lang), dollars(p.gross_cents, lang)], true, 18);
  doc.moveDown(0.8);

  doc.font('bold').fontSize(16).text(`${t.ytd} (${p.issue_date.slice(0, 4)})`, left, doc.y);
  doc.moveDown(0.3);
  pair(t.regular, dollars(ytd.regular, lang));
  pair(t.overtime, dollars(ytd.overtime, lang));
  pair(t.travel, dollars(ytd.travel, lang));
  pair(t.sick, dollars(ytd.sick, lang));
  pair(t.gross, dollars(ytd.gross, lang));
  doc.moveDown(0.8);
  doc.font('regular').fontSize(12).text(t.note, left, doc.y, { width });
  doc.end();
  return done;
}

export function paymentsCsv(rows: readonly PaymentRow[], lang: Language): string {
  const t = DOCUMENT_WORDS[lang];
  const lines = [t.csv.map(csvCell).join(',')];
  for (const p of rows) {
    lines.push(
      [
        p.payment_number,
        p.issue_date,
        p.pay_period_start,
        p.pay_period_end,
        p.case_number,
        `${p.recipient_first_name} ${p.recipient_last_name}`,
        hours(p.regular_minutes),
        hours(p.overtime_minutes),
        hours(p.travel_minutes),
        hours(p.sick_minutes),
        (p.rate_cents / 100).toFixed(2),
        (p.regular_cents / 100).toFixed(2),
        (p.overtime_cents / 100).toFixed(2),
        (p.travel_cents / 100).toFixed(2),
        (p.sick_cents / 100).toFixed(2),
        (p.gross_cents / 100).toFixed(2),
        t.status[p.status],
        p.paid_on ?? '',
        p.returned_on ?? '',
        p.return_reason ? `${p.return_reason}: ${formatMessage(lang, `returnReason${p.return_reason}`)}` : '',
      ]
        .map((v, i) => (i >= 6 && i <= 15 ? v : csvCell(v)))
        .join(','),
    );
  }
  // A byte-order mark so spreadsheet programs read the accents of the Spanish headings right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
