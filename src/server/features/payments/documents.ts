/**
 * The pay stub (a one-page PDF), the payment history (CSV) and the W-2 (a one-page PDF), in the provider's language,
 * set in a font that holds its script (stub-fonts.ts).
 *
 * The stub is meant to print on Letter paper and to be read on a phone: one page, one column, 10-20 pt type, the
 * figures right-aligned beside plain labels, no colour carrying meaning. Amounts are the payment's own and its year to
 * date (integer cents, figured in statement.ts, formatted once here): hours and pay by kind, each deduction, net pay,
 * and the taxable wages of each tax. A returned payment's stub says "Returned by your bank on <date>", why and what to
 * do, instead of its paid date; the CSV adds the date and reason.
 */
import PDFDocument from 'pdfkit';
import { dateInWords } from '../../../contracts/messages/dates.js';
import { formatMessage, localeOf, type Language } from '../../../contracts/messages/index.js';
import type { PaymentStatement, ReturnReason, W2Boxes } from '../../../contracts/payments.js';
import { DEDUCTION_KINDS } from '../../../domain/index.js';
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

/** A Letter page in PDF points, and the margin the stub and the W-2 keep. */
const PAGE = { width: 612, height: 792, margin: 40 } as const;

/** A new one-page document in `lang`'s fonts, and the promise of its bytes once `end()` is called. */
function newDocument(lang: Language, title: string) {
  const doc = new PDFDocument({ size: 'LETTER', margin: PAGE.margin, info: { Title: title, Author: 'IHSS provider portal' }, lang: localeOf(lang), displayTitle: true });
  doc.registerFont('regular', STUB_FONTS[lang].regular);
  doc.registerFont('bold', STUB_FONTS[lang].bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}

/** One line of a stub table, in cents (and minutes for pay by kind). */
export interface StubLine {
  label: string;
  minutes?: number;
  cents: number;
  yearToDateCents: number;
  bold?: boolean;
}

/**
 * The stub's figures, in the order printed: pay by kind and gross; the deductions taken this payment or earlier in the
 * year (a kind never taken this year is left out) and their total; net pay; the taxable wages of each tax. Each line
 * has this payment's amount and the year to date.
 */
export function stubLines(s: PaymentStatement, t: DocumentWords) {
  const ytd = s.yearToDate.cents;
  const pay: StubLine[] = [
    { label: t.regular, minutes: s.minutes.regular, cents: s.cents.regular, yearToDateCents: ytd.regular },
    { label: t.overtime, minutes: s.minutes.overtime, cents: s.cents.overtime, yearToDateCents: ytd.overtime },
    { label: t.travel, minutes: s.minutes.travel, cents: s.cents.travel, yearToDateCents: ytd.travel },
    { label: t.sick, minutes: s.minutes.sickLeave, cents: s.cents.sickLeave, yearToDateCents: ytd.sickLeave },
    { label: t.gross, minutes: s.minutes.regular + s.minutes.overtime + s.minutes.travel + s.minutes.sickLeave, cents: s.cents.gross, yearToDateCents: ytd.gross, bold: true },
  ];
  const taken = s.deductions.filter((d) => d.cents > 0 || d.yearToDateCents > 0);
  const deductions: StubLine[] = [
    ...taken.map((d) => ({ label: t.deduction[d.kind], cents: d.cents, yearToDateCents: d.yearToDateCents })),
    { label: t.totalDeductions, cents: sum(s.deductions.map((d) => d.cents)), yearToDateCents: sum(s.deductions.map((d) => d.yearToDateCents)), bold: true },
  ];
  const net: StubLine = { label: t.net, cents: s.cents.net, yearToDateCents: ytd.net, bold: true };
  const w = s.taxableWages;
  const yw = s.yearToDate.taxableWages;
  const wages: StubLine[] = [
    { label: t.deduction.federal_income_tax, cents: w.federal, yearToDateCents: yw.federal },
    { label: t.deduction.social_security, cents: w.socialSecurity, yearToDateCents: yw.socialSecurity },
    { label: t.deduction.medicare, cents: w.medicare, yearToDateCents: yw.medicare },
    { label: t.deduction.state_income_tax, cents: w.state, yearToDateCents: yw.state },
    { label: t.deduction.sdi, cents: w.sdi, yearToDateCents: yw.sdi },
  ];
  return { pay, deductions, net, wages };
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Type sizes tried in turn until the stub fits one page: the longest languages, with every deduction and a returned deposit, need the smaller. */
const STUB_SCALES = [1, 0.9, 0.8, 0.7] as const;

export async function payStubPdf(p: PaymentRow, s: PaymentStatement, lang: Language): Promise<Buffer> {
  let stub = await renderStub(p, s, lang, STUB_SCALES[0]);
  for (const scale of STUB_SCALES.slice(1)) {
    if (stub.pages === 1) break;
    stub = await renderStub(p, s, lang, scale);
  }
  return stub.pdf;
}

/** The stub with its type and spacing at `scale`, and how many pages that took. */
async function renderStub(p: PaymentRow, s: PaymentStatement, lang: Language, scale: number) {
  const t = DOCUMENT_WORDS[lang];
  const { doc, done } = newDocument(lang, `${t.title} ${p.payment_number}`);
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));
  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  doc.font('bold').fontSize(20 * scale).text(t.title, left, PAGE.margin, { width });
  doc.moveDown(0.4);

  // Who, what and when in two columns of label and value.
  const half = width / 2;
  const info: [string, string][] = [
    [t.provider, `${p.provider_first_name} ${p.provider_last_name}`],
    [t.payPeriod, `${dateInWords(lang, p.pay_period_start)} ${t.to} ${dateInWords(lang, p.pay_period_end)}`],
    [t.providerId, p.provider_login_id],
    [t.issueDate, dateInWords(lang, p.issue_date)],
    [t.recipient, `${p.recipient_first_name} ${p.recipient_last_name}`],
    [t.paymentNumber, p.payment_number],
    [t.caseNumber, p.case_number],
    [t.rate, dollars(p.rate_cents, lang)],
  ];
  // A returned deposit never reached the provider: its paid date would mislead, the return says what happened.
  if (p.paid_on && p.status !== 'returned') info.push([t.paidOn, dateInWords(lang, p.paid_on)]);
  for (let i = 0; i < info.length; i += 2) {
    const y = doc.y;
    const cells = info.slice(i, i + 2);
    const bottoms = cells.map(([label, value], j) => {
      doc.font('regular').fontSize(10.5 * scale).text(`${label}: `, left + j * half, y, { width: half - 8, continued: true }).font('bold').text(value);
      return doc.y;
    });
    doc.y = Math.max(...bottoms) + 2 * scale;
  }
  doc.moveDown(0.5);
  if (p.status === 'returned' && p.returned_on && p.return_reason) {
    const r = returnedText(lang, p.returned_on, p.return_reason);
    doc.font('bold').fontSize(13 * scale).text(r.heading, left, doc.y, { width });
    doc.font('regular').fontSize(10.5 * scale).text(`${t.returnedWhy} ${r.why}`, left, doc.y, { width });
    doc.text(`${t.returnedWhatToDo} ${r.whatToDo}`, left, doc.y, { width });
    doc.moveDown(0.5);
  }

  const lines = stubLines(s, t);
  const cols = [left, left + width * 0.5, left + width * 0.62, left + width * 0.81];
  const widths = [width * 0.5, width * 0.12, width * 0.19, width * 0.19];
  const row = (cells: readonly string[], bold = false, size = 11) => {
    const y = doc.y;
    doc.font(bold ? 'bold' : 'regular').fontSize(size * scale);
    const bottoms = cells.map((c, i) => {
      doc.text(c, cols[i]!, y, { width: widths[i]! - (i === 0 ? 6 : 0), align: i === 0 ? 'left' : 'right' });
      return doc.y;
    });
    doc.y = Math.max(...bottoms) + 2 * scale;
  };
  const rule = () => {
    doc.moveTo(left, doc.y).lineTo(left + width, doc.y).lineWidth(0.75).stroke();
    doc.y += 3 * scale;
  };
  const money = (l: StubLine) => [dollars(l.cents, lang), dollars(l.yearToDateCents, lang)];
  const year = p.issue_date.slice(0, 4);
  const ytdHead = `${t.ytd} (${year})`;

  row([t.kind, t.hours, t.thisPayment, ytdHead], true, 10.5);
  rule();
  for (const l of lines.pay) {
    if (l.bold) rule();
    row([l.label, hours(l.minutes ?? 0, lang), ...money(l)], l.bold);
  }
  doc.moveDown(0.6);
  row([t.deductionsHeading, '', t.thisPayment, ytdHead], true, 10.5);
  rule();
  for (const l of lines.deductions) {
    if (l.bold) rule();
    row([l.label, '', ...money(l)], l.bold);
  }
  doc.moveDown(0.3);
  rule();
  row([lines.net.label, '', ...money(lines.net)], true, 14);
  rule();
  doc.moveDown(0.6);
  row([t.wagesHeading, '', t.thisPayment, ytdHead], true, 10.5);
  rule();
  for (const l of lines.wages) row([l.label, '', ...money(l)]);
  doc.moveDown(0.8);
  doc.font('regular').fontSize(10 * scale).text(t.note, left, doc.y, { width });
  doc.end();
  return { pdf: await done, pages };
}

/** The payment history: a row a payment with its hours and pay by kind, each deduction and the net, as a spreadsheet reads them. */
export function paymentsCsv(rows: readonly { row: PaymentRow; statement: PaymentStatement }[], lang: Language): string {
  const t = DOCUMENT_WORDS[lang];
  const lines = [t.csv.map(csvCell).join(',')];
  const amount = (cents: number) => (cents / 100).toFixed(2);
  for (const { row: p, statement: s } of rows) {
    const text = (v: string) => csvCell(v);
    lines.push(
      [
        text(p.payment_number),
        text(p.issue_date),
        text(p.pay_period_start),
        text(p.pay_period_end),
        text(p.case_number),
        text(`${p.recipient_first_name} ${p.recipient_last_name}`),
        hours(p.regular_minutes),
        hours(p.overtime_minutes),
        hours(p.travel_minutes),
        hours(p.sick_minutes),
        amount(p.rate_cents),
        amount(p.regular_cents),
        amount(p.overtime_cents),
        amount(p.travel_cents),
        amount(p.sick_cents),
        amount(p.gross_cents),
        ...DEDUCTION_KINDS.map((kind) => amount(s.deductions.find((d) => d.kind === kind)!.cents)),
        amount(p.net_cents),
        text(t.status[p.status]),
        text(p.paid_on ?? ''),
        text(p.returned_on ?? ''),
        text(p.return_reason ? `${p.return_reason}: ${formatMessage(lang, `returnReason${p.return_reason}`)}` : ''),
      ].join(','),
    );
  }
  // A byte-order mark so spreadsheet programs read the accents of the Spanish headings right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// --- The W-2 -----------------------------------------------------------------------------------------------------

/** The boxes of Form W-2 (Copy B, "To Be Filed With Employee's FEDERAL Tax Return"), as the IRS numbers them. */
export const W2_BOXES = ['a', 'b', 'c', 'd', 'e', 'f', 'title', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12a', '13', '12b', '14', '12c', '15', '16', '17', '18', '19', '20'] as const;
export type W2Box = (typeof W2_BOXES)[number];
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Where each box of the form sits, in points from the top left of an area `width` wide: the form's grid (IRS Form W-2,
 * Copy B). The left half holds the employee's and employer's boxes (a to f), the right half boxes 1 to 14 two to a row
 * beside 12a-12c, and a last row the state and local boxes 15 to 20. Every box touches its neighbours and none overlaps.
 */
export function w2Layout(width: number, rowHeight: number): Record<W2Box, Rect> {
  const half = width / 2;
  const quarter = width / 4;
  const at = (col: 0 | 1 | 2, row: number, rows = 1): Rect => (col === 0 ? { x: 0, y: row * rowHeight, w: half, h: rows * rowHeight } : { x: half + (col - 1) * quarter, y: row * rowHeight, w: quarter, h: rows * rowHeight });
  const bottom = 9 * rowHeight;
  const stateCols = [0.26, 0.18, 0.16, 0.14, 0.13, 0.13];
  const state = stateCols.map((f, i) => ({ x: sum(stateCols.slice(0, i)) * width, y: bottom, w: f * width, h: rowHeight }));
  return {
    a: at(0, 0),
    title: { x: half, y: 0, w: half, h: rowHeight },
    b: at(0, 1),
    '1': at(1, 1),
    '2': at(2, 1),
    c: at(0, 2, 3),
    '3': at(1, 2),
    '4': at(2, 2),
    '5': at(1, 3),
    '6': at(2, 3),
    '7': at(1, 4),
    '8': at(2, 4),
    d: at(0, 5),
    '9': at(1, 5),
    '10': at(2, 5),
    e: at(0, 6),
    '11': at(1, 6),
    '12a': at(2, 6),
    f: at(0, 7, 2),
    '13': at(1, 7),
    '12b': at(2, 7),
    '14': at(1, 8),
    '12c': at(2, 8),
    '15': state[0]!,
    '16': state[1]!,
    '17': state[2]!,
    '18': state[3]!,
    '19': state[4]!,
    '20': state[5]!,
  };
}
/** Rows of the grid: w2Layout's boxes end at ten rows. */
export const W2_ROWS = 10;

/** The state's code on a W-2 (box 15), and box 14's label for California SDI as EDD and employers write it on the form. */
const CALIFORNIA = 'CA';
const CA_SDI = 'CA SDI';

interface PostalAddress {
  street: string;
  unit: string | null;
  city: string;
  state: string;
  zip: string;
}
const addressLines = (a: PostalAddress) => [a.unit ? `${a.street} ${a.unit}` : a.street, `${a.city}, ${a.state} ${a.zip}`];

export interface W2Input {
  year: number;
  boxes: W2Boxes;
  employer: { name: string; address: PostalAddress | null };
  employee: { name: string; providerId: string; address: PostalAddress | null };
  caseNumber: string;
}

/** What each box says, beside its label: amounts as on the form (dollars and cents, no sign), names and addresses. */
export function w2Values(w: W2Input, lang: Language): Partial<Record<W2Box, string[]>> {
  const t = DOCUMENT_WORDS[lang].w2;
  const money = (cents: number) => dollars(cents, lang);
  return {
    a: [t.notShown],
    c: [w.employer.name, ...(w.employer.address ? addressLines(w.employer.address) : [])],
    e: [w.employee.name],
    f: w.employee.address ? addressLines(w.employee.address) : [],
    '1': [money(w.boxes.wages)],
    '2': [money(w.boxes.federalTax)],
    '3': [money(w.boxes.socialSecurityWages)],
    '4': [money(w.boxes.socialSecurityTax)],
    '5': [money(w.boxes.medicareWages)],
    '6': [money(w.boxes.medicareTax)],
    '14': [`${CA_SDI} ${money(w.boxes.sdi)}`],
    '15': [CALIFORNIA],
    '16': [money(w.boxes.stateWages)],
    '17': [money(w.boxes.stateTax)],
  };
}

/**
 * A W-2 as one Letter page: the form's boxes (w2Layout), each with its number and label in the provider's language
 * and its figure; then which payments it sums. The figures are box 1 federal wages, 2 federal income tax, 3 and 4
 * Social Security wages and tax, 5 and 6 Medicare wages and tax, 14 CA SDI, 16 and 17 state wages and tax (IRS,
 * General Instructions for Forms W-2 and W-3, "Specific Instructions for Form W-2"; EDD reports SDI withheld in box 14).
 */
export function w2Pdf(w: W2Input, lang: Language): Promise<Buffer> {
  const words = DOCUMENT_WORDS[lang];
  const t = words.w2;
  const { doc, done } = newDocument(lang, `W-2 ${w.year} ${w.employer.name}`);
  const left = PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  doc.font('bold').fontSize(18).text(`W-2 ${w.year}`, left, PAGE.margin, { width });
  doc.font('regular').fontSize(11).text(t.copy, left, doc.y, { width });
  doc.moveDown(0.6);
  const top = doc.y;
  const rowHeight = 44;
  const layout = w2Layout(width, rowHeight);
  const values = w2Values(w, lang);
  for (const box of W2_BOXES) {
    const r = layout[box];
    const x = left + r.x;
    const y = top + r.y;
    doc.rect(x, y, r.w, r.h).lineWidth(0.75).stroke();
    if (box === 'title') {
      doc.font('bold').fontSize(13).text(`W-2  ${t.title}`, x + 6, y + 6, { width: r.w - 12, height: r.h - 8, ellipsis: true });
      doc.font('bold').fontSize(13).text(String(w.year), x + 6, y + r.h - 18, { width: r.w - 12, align: 'right' });
      continue;
    }
    // Box 9 has no label on the form; 12a to 12c share box 12's.
    const key = box.startsWith('12') ? '12' : box;
    const label = key in t.boxes ? `${box} ${t.boxes[key as keyof typeof t.boxes]}` : box;
    doc.font('regular').fontSize(7).text(label, x + 3, y + 2, { width: r.w - 6, height: 17, ellipsis: true });
    const lines = values[box] ?? [];
    doc.font('bold').fontSize(lines.length > 2 ? 9.5 : 11);
    lines.forEach((line, i) => {
      doc.text(line, x + 4, y + 19 + i * 12, { width: r.w - 8, height: 12, ellipsis: true, lineBreak: false, align: box.length <= 3 && /^\d/.test(box) ? 'right' : 'left' });
    });
  }
  doc.y = top + W2_ROWS * rowHeight + 14;
  doc.font('regular').fontSize(10.5).text(`${words.providerId}: ${w.employee.providerId}    ${words.caseNumber}: ${w.caseNumber}`, left, doc.y, { width });
  doc.moveDown(0.5);
  doc.text(t.note.replace('{{year}}', String(w.year)).replace('{{employer}}', w.employer.name), left, doc.y, { width });
  doc.end();
  return done;
}
