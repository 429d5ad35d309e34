/**
 * Issue #5: payments. The pay run pays every approved timesheet version once (a payment is keyed by the version);
 * the amounts are the rules engine's gross, in cents, split into regular, overtime, travel and sick leave.
 */
import { z } from 'zod';
import { idParam, isoDate, msg, text } from './common.js';
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
  minutes: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int() }),
  cents: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int(), gross: z.number().int() }),
});
export type PaymentView = z.infer<typeof paymentView>;
export const paymentList = z.object({ payments: z.array(paymentView) });
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
  recordedCents: z.number().int().describe('Sum of the gross amounts of the payments counted in `recorded`'),
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
