/**
 * Issue #5: payments. The pay run pays every approved timesheet version once (a payment is keyed by the version);
 * the amounts are the rules engine's gross, in cents, split into regular, overtime, travel and sick leave.
 * Issue #15: from gross to net: each payment's deductions (src/domain/payroll), its net, the taxable wages of each tax,
 * year-to-date sums, the provider's W-2s, and payroll's totals per pay run and deduction kind.
 */
import { z } from 'zod';
import { DEDUCTION_KINDS } from '../domain/payroll/types.js';
import { caseNumber, idParam, isoDate, msg, text, wholeNumberParam } from './common.js';
import { endpoint } from './endpoint.js';
import { instant, personName } from './cases.js';

/** issued (by the pay run) -> paid (the bank's acknowledgement) -> returned (the bank sent the deposit back) -> paid again. */
export const PAYMENT_STATUSES = ['issued', 'paid', 'returned'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * The NACHA return reason codes a credit entry (a deposit) comes back with that the portal words for the provider
 * (docs/rules.md, "Returned deposits"; sources: Nacha's return codes as listed by Q2 Helix and Galileo). Debit-only
 * codes (R01 insufficient funds, R05, R07-R10, R29...) never apply to a deposit, so a returns file naming them is wrong.
 */
export const RETURN_REASONS = ['R02', 'R03', 'R04', 'R14', 'R15', 'R16', 'R17', 'R20', 'R23'] as const;
export type ReturnReason = (typeof RETURN_REASONS)[number];
export const isReturnReason = (code: string): code is ReturnReason => (RETURN_REASONS as readonly string[]).includes(code);

export const paymentView = z.object({
  id: z.number().int(),
  paymentNumber: z.string(),
  kind: z.enum(['timesheet', 'sick_leave']).describe("A timesheet's pay (with the period's sick leave), or sick leave paid alone"),
  timesheetId: z.number().int().nullable().describe('The claim it pays; null for sick leave paid alone'),
  caseNumber: z.string(),
  recipient: personName,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  issueDate: isoDate,
  status: z.enum(PAYMENT_STATUSES),
  paidOn: isoDate.nullable().describe("The day the bank says the money reached the provider (status 'paid'); for 'returned', the deposit that came back"),
  returned: z
    .object({ on: isoDate.describe('The day the bank returned the deposit'), reason: z.enum(RETURN_REASONS).describe('NACHA return reason code (words: messages returnReason<code>, returnWhatToDo<code>)') })
    .nullable()
    .describe("Status 'returned': the deposit the provider's bank sent back, until the reissued payment is paid"),
  rateCents: z.number().int(),
  paidTo: z
    .object({ method: z.enum(['direct_deposit', 'warrant']), last4: z.string().nullable().describe("The account's last 4 digits; null for a warrant") })
    .optional()
    .describe('Where it went (src/contracts/direct-deposit.ts); absent on payments issued before the portal recorded it'),
  minutes: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int() }),
  cents: z.object({
    regular: z.number().int(),
    overtime: z.number().int(),
    travel: z.number().int(),
    sickLeave: z.number().int(),
    gross: z.number().int(),
    net: z.number().int().describe('What the provider was paid: gross less every deduction'),
  }),
});
export type PaymentView = z.infer<typeof paymentView>;

export const deductionKind = z.enum(DEDUCTION_KINDS);
export type DeductionKind = z.infer<typeof deductionKind>;
/** The taxable wages of each tax (W-2 boxes 1, 3, 5, 16, and SDI's), in cents. */
export const taxableWages = z.object({
  federal: z.number().int(),
  socialSecurity: z.number().int(),
  medicare: z.number().int(),
  state: z.number().int(),
  sdi: z.number().int(),
});
export type TaxableWagesView = z.infer<typeof taxableWages>;

/** A payment as its provider reads it: the stub's whole content, year-to-date sums of the issue date's calendar year included. */
export const paymentStatement = paymentView.extend({
  taxYear: z.number().int().nullable().describe("The year whose tax figures the pay run used; null for payments issued before deductions were figured"),
  deductions: z
    .array(z.object({ kind: deductionKind, cents: z.number().int(), yearToDateCents: z.number().int() }))
    .describe('Every kind, in DEDUCTION_KINDS order, zeros included; year to date: this payment and the earlier ones of its calendar year'),
  taxableWages,
  yearToDate: z.object({
    cents: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int(), gross: z.number().int(), net: z.number().int() }),
    taxableWages,
  }),
});
export type PaymentStatement = z.infer<typeof paymentStatement>;
export const paymentList = z.object({ payments: z.array(paymentStatement) });
export const paymentListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const paymentParams = z.object({ paymentId: idParam });
export const paymentCsvQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const startPayRunRequest = z.object({ issueDate: isoDate.optional().describe('Defaults to today (California)') });
export const payRunView = z.object({
  id: z.number().int(),
  issueDate: isoDate,
  payments: z.number().int().describe('Payments made by this run'),
  totalCents: z.number().int(),
  finished: z.boolean(),
});

// --- From issued to paid: the bank's acknowledgement, recorded by payroll staff ------------------------------

/** The acknowledgement file's first line, exactly; then one payment a line: `P2026-00000012,2026-11-20,1234.56`. */
export const SETTLEMENT_HEADER = 'payment_number,paid_on,amount';
/** Payments in one file: one import is one transaction, kept short; a bigger file is split. */
export const MAX_SETTLEMENT_LINES = 10_000;
/** Room for MAX_SETTLEMENT_LINES lines of about 40 characters. */
export const MAX_SETTLEMENT_CHARS = 600_000;

/** A payroll file sent as text (the web page reads it in the browser): the acknowledgement file, the returns file. */
export const paymentFileRequest = z.object({
  fileName: text({ max: 200, tooLong: 'settlementFileName' }),
  content: text({ min: 0, max: MAX_SETTLEMENT_CHARS, multiline: true, verbatim: true, tooLong: 'settlementTooLong' }).describe(
    'The file as read, kept exactly (its SHA-256 is recorded)',
  ),
});
export const settlementImportRequest = paymentFileRequest;
export const settlementResult = z.object({
  id: z.number().int(),
  fileName: z.string(),
  lines: z.number().int().describe('Payments in the file'),
  recorded: z.number().int().describe('Recorded as paid by this import'),
  already: z.number().int().describe('Already recorded as paid on the same day (an import repeated changes nothing)'),
});
export type SettlementResult = z.infer<typeof settlementResult>;

export const staffPaymentView = paymentView.extend({
  provider: personName.extend({ providerId: z.string() }),
  countyId: z.number().int(),
  deductions: z.array(z.object({ kind: deductionKind, cents: z.number().int() })).describe('Every kind, in DEDUCTION_KINDS order, zeros included'),
});
export type StaffPaymentView = z.infer<typeof staffPaymentView>;
export const staffPaymentsQuery = z.object({
  status: z.enum(PAYMENT_STATUSES).optional(),
  providerId: z.string().regex(/^\d{9}$/, msg('providerIdShape')).optional(),
});
export const staffPaymentList = z.object({
  payments: z.array(staffPaymentView).describe('Newest issue date first, at most 100'),
  totals: z.array(z.object({ status: z.enum(PAYMENT_STATUSES), count: z.number().int(), cents: z.number().int() })),
});

// --- Returned deposits: the bank's returns file, recorded by payroll staff (ADR 0007) ------------------------------

/** The returns file's first line, exactly; then one returned deposit a line: `P2026-00000012,2026-11-21,1234.56,R02`. */
export const RETURN_HEADER = 'payment_number,returned_on,amount,reason';
/** Returns in one file: the same bound as the acknowledgement file (one short transaction). */
export const MAX_RETURN_LINES = MAX_SETTLEMENT_LINES;

export const returnImportRequest = paymentFileRequest;
export const returnImportResult = z.object({
  id: z.number().int(),
  fileName: z.string(),
  lines: z.number().int().describe('Returned deposits in the file'),
  recorded: z.number().int().describe('Recorded as returned by this import'),
  already: z.number().int().describe('The same return already recorded (an import repeated changes nothing)'),
});
export type ReturnImportResult = z.infer<typeof returnImportResult>;

// --- Payroll's record of the files it recorded: acknowledgements and returns files alike --------------------------

/** Files a page, the latest first. */
export const IMPORT_PAGE = 20;
export const importListQuery = z.object({
  before: idParam.optional().describe('Page back: imports with ids below this one'),
});
const daySpan = z.object({ first: isoDate, last: isoDate });
const importedFileView = z.object({
  id: z.number().int(),
  fileName: z.string(),
  fileSha256: z.string().describe("The file's SHA-256, hex"),
  importedAt: instant,
  importedBy: personName,
  county: z.object({ id: z.number().int(), name: z.string() }).nullable().describe("The county that imported it; null for the state admin's statewide import"),
  lines: z.number().int().describe("Payments in the file, every county's"),
  recorded: z.number().int().describe("Payments this import recorded (as paid; as returned). A county reading a statewide import: of the county's payments"),
  already: z.number().int().describe('Already recorded by an earlier import'),
  recordedCents: z.number().int().describe('Sum of the net amounts (what the bank paid) of the payments counted in `recorded`'),
});
export type ImportedFileView = z.infer<typeof importedFileView>;
/** A page of files, and where the next begins. */
const importedFileList = <F extends z.ZodType>(file: F) =>
  z.object({
    files: z.array(file).describe(`Newest first, at most ${IMPORT_PAGE}`),
    older: z.number().int().nullable().describe('Pass as `before` for the older imports; null when there are none'),
  });

/** An acknowledgement file, with the bank's dates of the payments it paid. */
export const settlementView = importedFileView.extend({
  paidOn: daySpan.nullable().describe("The bank's dates of the payments this import recorded as paid; null when it recorded none"),
});
export type SettlementView = z.infer<typeof settlementView>;
export const settlementList = importedFileList(settlementView);

/** A returns file, with the bank's return dates and how many deposits came back for each reason. */
export const returnImportView = importedFileView.extend({
  returnedOn: daySpan.nullable().describe("The bank's dates of the returns this import recorded; null when it recorded none"),
  reasons: z.array(z.object({ reason: z.enum(RETURN_REASONS), count: z.number().int() })).describe('The returns recorded, counted by NACHA reason code, in code order'),
});
export type ReturnImportView = z.infer<typeof returnImportView>;
export const returnImportList = importedFileList(returnImportView);

// --- Pay runs: what the State owes each tax agency and the union ----------------------------------------------------

/** Pay runs a page, the latest first. */
export const PAY_RUN_TOTALS_PAGE = 10;
export const payRunTotalsQuery = z.object({ before: idParam.optional().describe('Page back: pay runs with ids below this one') });
export const payRunTotalsView = z.object({
  id: z.number().int(),
  issueDate: isoDate,
  statewide: z.boolean().describe("The State's daily run (every county); false: a county's run started by hand"),
  payments: z.number().int().describe("Payments of the run (a county: its own)"),
  grossCents: z.number().int(),
  netCents: z.number().int(),
  deductions: z.array(z.object({ kind: deductionKind, cents: z.number().int() })).describe('Totals per kind, in DEDUCTION_KINDS order, zeros included'),
});
export type PayRunTotalsView = z.infer<typeof payRunTotalsView>;
export const payRunTotalsList = z.object({
  runs: z.array(payRunTotalsView).describe(`Pay runs that paid any of the viewer's payments, newest first, at most ${PAY_RUN_TOTALS_PAGE}`),
  older: z.number().int().nullable().describe('Pass as `before` for older runs; null when there are none'),
});

// --- Tax forms: the provider's W-2 of each year and recipient (the employer) --------------------------------------

export const TAX_YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** One W-2's figures, in cents: its boxes. */
export const w2Boxes = z.object({
  wages: z.number().int().describe('Box 1: wages, tips, other compensation (federal taxable wages)'),
  federalTax: z.number().int().describe('Box 2: federal income tax withheld'),
  socialSecurityWages: z.number().int().describe('Box 3'),
  socialSecurityTax: z.number().int().describe('Box 4'),
  medicareWages: z.number().int().describe('Box 5'),
  medicareTax: z.number().int().describe('Box 6'),
  stateWages: z.number().int().describe('Box 16'),
  stateTax: z.number().int().describe('Box 17'),
  sdi: z.number().int().describe('Box 14: CA SDI withheld'),
});
export type W2Boxes = z.infer<typeof w2Boxes>;
export const taxFormView = z.object({
  year: z.number().int(),
  caseNumber: z.string(),
  employer: personName.describe('The recipient, the employer of IHSS providers'),
  availableFrom: isoDate.describe('January 31 of the following year'),
  boxes: w2Boxes.nullable().describe('Null until availableFrom'),
});
export type TaxFormView = z.infer<typeof taxFormView>;
export const taxFormList = z.object({ forms: z.array(taxFormView).describe('Newest year first; in a year, by recipient') });
export const taxFormParams = z.object({ year: wholeNumberParam(TAX_YEAR_RANGE), caseNumber });

/** Payroll: county staff for their county, the state admin for all. */
const PAYROLL = ['county_worker', 'county_admin', 'state_admin'] as const;

export const paymentEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/payments', access: ['provider'], summary: "The provider's payments, newest first (optionally one year's)", query: paymentListQuery, answer: paymentList }),
  stub: endpoint({
    method: 'GET',
    path: '/api/payments/:paymentId/stub.pdf',
    access: ['provider'],
    summary: 'The pay stub of a payment: a one-page PDF (application/pdf) in the request language',
    params: paymentParams,
    answer: z.any().describe('application/pdf'),
    delivery: 'file',
  }),
  taxForms: endpoint({
    method: 'GET',
    path: '/api/payments/tax-forms',
    access: ['provider'],
    summary: "The provider's W-2s: one per year and recipient (the employer) that paid them, each with its boxes from January 31 of the following year",
    answer: taxFormList,
  }),
  w2: endpoint({
    method: 'GET',
    path: '/api/payments/tax-forms/:year/:caseNumber/w2.pdf',
    access: ['provider'],
    summary:
      "A W-2 as a PDF (application/pdf) laid out like the form's boxes, its words in the request language. 404: no payment of that year from that recipient to this provider; 409 taxFormNotYet: before January 31 of the following year",
    params: taxFormParams,
    answer: z.any().describe('application/pdf'),
    delivery: 'file',
  }),
  exportCsv: endpoint({
    method: 'GET',
    path: '/api/payments/export.csv',
    access: ['provider'],
    summary: "A year's payments as CSV (text/csv; cells that could run as spreadsheet formulas are quoted with a leading ')",
    query: paymentCsvQuery,
    answer: z.string().describe('text/csv'),
    delivery: 'file',
  }),
  startPayRun: endpoint({
    method: 'POST',
    path: '/api/staff/pay-runs',
    access: PAYROLL,
    summary: "Demo only: run the pay run now for the staff member's county (state admin: all). Idempotent: approved versions already paid are not paid again",
    body: startPayRunRequest,
    answer: payRunView,
  }),
  countyPayments: endpoint({
    method: 'GET',
    path: '/api/staff/payments',
    access: PAYROLL,
    summary: "Payroll's list: the county's payments (the state admin: all), newest first, with totals by status",
    query: staffPaymentsQuery,
    answer: staffPaymentList,
  }),
  payRunTotals: endpoint({
    method: 'GET',
    path: '/api/staff/pay-runs',
    access: PAYROLL,
    summary: "Payroll's pay runs, newest first, each with its gross, net and totals per deduction kind: what the State owes each tax agency and the union (a county: its own payments only)",
    query: payRunTotalsQuery,
    answer: payRunTotalsList,
  }),
  settlements: endpoint({
    method: 'GET',
    path: '/api/staff/payment-settlements',
    access: PAYROLL,
    summary: "Payroll's record of the acknowledgement files imported: the county's (the state admin: all), newest first, with what each recorded",
    query: importListQuery,
    answer: settlementList,
  }),
  returnImports: endpoint({
    method: 'GET',
    path: '/api/staff/payment-returns',
    access: PAYROLL,
    summary: "Payroll's record of the bank's returns files imported: the county's (the state admin: all), newest first, with what each recorded and why the deposits came back",
    query: importListQuery,
    answer: returnImportList,
  }),
  importSettlement: endpoint({
    method: 'POST',
    path: '/api/staff/payment-settlements',
    access: PAYROLL,
    summary: "Record the bank's acknowledgement file: its payments become paid. All lines or none; a line already recorded on the same day is counted, not repeated",
    body: settlementImportRequest,
    answer: settlementResult,
  }),
  importReturns: endpoint({
    method: 'POST',
    path: '/api/staff/payment-returns',
    access: PAYROLL,
    summary: "Record the bank's returns file: its paid payments become returned (NACHA reason codes), the provider is told what to do. All lines or none; a return already recorded is counted, not repeated",
    body: returnImportRequest,
    answer: returnImportResult,
  }),
  demoSettle: endpoint({
    method: 'POST',
    path: '/api/staff/payment-settlements/demo',
    access: PAYROLL,
    summary: "Demo only: record every issued payment of the county as paid today, as the bank's file would",
    answer: settlementResult,
  }),
  demoReturn: endpoint({
    method: 'POST',
    path: '/api/staff/payment-returns/demo',
    access: PAYROLL,
    summary: "Demo only: the bank returns the deposit of the county's payment paid most recently (account closed, R02, today), as the bank's returns file would",
    answer: returnImportResult,
  }),
};
