/**
 * Issue #5: payments. The pay run pays every approved timesheet version once (a payment is keyed by the version);
 * the amounts are the rules engine's gross, in cents, split into regular, overtime, travel and sick leave.
 */
import { z } from 'zod';
import { isoDate } from './common.js';
import { personName } from './cases.js';

export const paymentView = z.object({
  id: z.number().int(),
  paymentNumber: z.string(),
  timesheetId: z.number().int(),
  caseNumber: z.string(),
  recipient: personName,
  payPeriod: z.object({ start: isoDate, end: isoDate }),
  issueDate: isoDate,
  status: z.enum(['issued', 'paid']),
  rateCents: z.number().int(),
  minutes: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int() }),
  cents: z.object({ regular: z.number().int(), overtime: z.number().int(), travel: z.number().int(), sickLeave: z.number().int(), gross: z.number().int() }),
});
export type PaymentView = z.infer<typeof paymentView>;
export const paymentList = z.object({ payments: z.array(paymentView) });
export const paymentListQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
export const paymentParams = z.object({ paymentId: z.coerce.number().int().positive() });
export const paymentCsvQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

export const startPayRunRequest = z.object({ issueDate: isoDate.optional().describe('Defaults to today (California)') });
export const payRunView = z.object({
  id: z.number().int(),
  issueDate: isoDate,
  payments: z.number().int().describe('Payments made by this run'),
  totalCents: z.number().int(),
  finished: z.boolean(),
});
