/**
 * Issue #15: direct deposit, safely. A provider chooses, once for all recipients, a bank account or a paper warrant;
 * every change is held for the county's cooling-off period (the provider or the county can cancel it then), the
 * bank's pre-note clears, and the new account is paid from the first pay run after that (src/domain/direct-deposit.ts).
 * The account number is never sent back: only its last 4 digits.
 */
import { z } from 'zod';
import { ACCOUNT_NUMBER_DIGITS, DEFAULT_HOLD_BUSINESS_DAYS, HOLD_BUSINESS_DAYS, isRoutingNumber, PAY_METHODS, type PayMethod } from '../domain/direct-deposit.js';
import { digitsOnly, idParam, isoDate, msg, providerId, wholeNumber } from './common.js';
import { idempotencyKey, personName } from './cases.js';
import { countySlugParams, countySummary } from './counties.js';
import { endpoint } from './endpoint.js';

export { DEFAULT_HOLD_BUSINESS_DAYS, HOLD_BUSINESS_DAYS };

export { PAY_METHODS, type PayMethod };
export const ACCOUNT_TYPES = ['checking', 'savings'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];
/** held -> pending -> active -> replaced; or cancelled during the hold; or replaced while waiting (domain depositStage). */
export const DEPOSIT_STAGES = ['held', 'pending', 'active', 'cancelled', 'replaced'] as const;
export type DepositStage = (typeof DEPOSIT_STAGES)[number];

/** Spaces and dashes people type inside the numbers are dropped; anything else that is not a digit is refused. */
export const routingNumber = z.preprocess(
  digitsOnly,
  z
    .string(msg('routingNumberShape'))
    .regex(/^\d{9}$/, msg('routingNumberShape'))
    .refine(isRoutingNumber, msg('routingNumberCheck')),
);
const accountDigits = new RegExp(`^\\d{${ACCOUNT_NUMBER_DIGITS.min},${ACCOUNT_NUMBER_DIGITS.max}}$`);
export const accountNumber = z.preprocess(digitsOnly, z.string(msg('accountNumberShape')).regex(accountDigits, msg('accountNumberShape')));

const depositChange = z
  .object({
    idempotencyKey: idempotencyKey.describe('One per form: a retry with the same key makes no second change'),
    method: z.literal('direct_deposit'),
    routingNumber,
    accountNumber,
    accountNumberConfirm: accountNumber.describe('The account number typed again: it must match'),
    accountType: z.enum(ACCOUNT_TYPES, msg('accountTypeRequired')),
  })
  .refine((r) => r.accountNumber === r.accountNumberConfirm, { path: ['accountNumberConfirm'], message: 'accountNumbersDiffer' });
const warrantChange = z.object({ idempotencyKey, method: z.literal('warrant') });

export const payDestinationRequest = z.discriminatedUnion('method', [depositChange, warrantChange], msg('payMethodRequired'));
export type PayDestinationRequest = z.output<typeof payDestinationRequest>;

export const destinationParams = z.object({ destinationId: idParam });
export const staffProviderParams = z.object({ providerId });

export const destinationView = z.object({
  id: z.number().int(),
  method: z.enum(PAY_METHODS),
  accountType: z.enum(ACCOUNT_TYPES).nullable(),
  routingNumber: z.string().nullable().describe('Public: printed on every check'),
  last4: z.string().nullable().describe('The account number is never shown whole'),
  stage: z.enum(DEPOSIT_STAGES),
  requestedAt: z.string(),
  holdEndsOn: isoDate.describe('Cancellable until this day ends (California time)'),
  prenoteSettlesOn: isoDate.nullable().describe("The bank's pre-note settles; null for a warrant"),
  liveFrom: isoDate.describe('Pay runs issued on or after this day pay this way'),
  cancellable: z.boolean(),
  cancelled: z.object({ at: z.string(), by: z.enum(['provider', 'county']) }).nullable(),
});
export type DestinationView = z.infer<typeof destinationView>;

export const directDepositView = z.object({
  inForce: destinationView.nullable().describe("What today's pay run uses; null: nothing chosen yet, a paper warrant"),
  waiting: destinationView.nullable().describe('A change held or clearing, at most one'),
  history: z.array(destinationView).describe('Every change, newest first (at most 20)'),
  holdBusinessDays: z.number().int().describe("The county's cooling-off period for a change made now"),
  helpPhone: z.string(),
});
export type DirectDepositView = z.infer<typeof directDepositView>;

export const noticeView = z.object({ channel: z.enum(['email', 'sms']), to: z.string().describe('Masked'), status: z.enum(['pending', 'sent', 'skipped']) });

export const waitingChangeView = destinationView.extend({
  provider: personName.extend({ providerId: z.string() }),
  countyId: z.number().int(),
  notices: z.array(noticeView).describe('The notice of the change, to every contact on file'),
});
export type WaitingChangeView = z.infer<typeof waitingChangeView>;
export const waitingChangeList = z.object({ changes: z.array(waitingChangeView).describe('Held first, then clearing; soonest first (at most 200)') });

export const staffDirectDepositView = directDepositView.extend({ provider: personName.extend({ providerId: z.string() }) });
export type StaffDirectDepositView = z.infer<typeof staffDirectDepositView>;

export const directDepositSettings = z.object({
  county: countySummary,
  holdBusinessDays: z.number().int(),
  defaultHoldBusinessDays: z.number().int(),
  limits: z.object({ min: z.number().int(), max: z.number().int() }),
});
export type DirectDepositSettings = z.infer<typeof directDepositSettings>;
export const directDepositSettingsRequest = z.object({
  holdBusinessDays: wholeNumber(HOLD_BUSINESS_DAYS).describe('Business days a change of account is held before its pre-note; applies to changes made from now on'),
});

const STAFF = ['county_worker', 'county_admin', 'state_admin'] as const;
const ADMINS = ['county_admin', 'state_admin'] as const;

export const directDepositEndpoints = {
  get: endpoint({ method: 'GET', path: '/api/direct-deposit', access: ['provider'], summary: 'Where my pay goes: the account in force, a change waiting, and every change', answer: directDepositView }),
  change: endpoint({
    method: 'POST',
    path: '/api/direct-deposit',
    access: ['provider'],
    summary: 'Change where pay goes (re-authentication within minutes; held for the county cooling-off period, a notice to every contact, audited; a waiting change is replaced)',
    body: payDestinationRequest,
    answer: directDepositView,
  }),
  cancel: endpoint({ method: 'POST', path: '/api/direct-deposit/:destinationId/cancel', access: ['provider'], summary: 'Cancel my change during its cooling-off period (audited)', params: destinationParams, answer: directDepositView }),
  waiting: endpoint({ method: 'GET', path: '/api/staff/direct-deposit/waiting', access: STAFF, summary: "The county's direct deposit changes still held or clearing", answer: waitingChangeList }),
  staffCancel: endpoint({
    method: 'POST',
    path: '/api/staff/direct-deposit/:destinationId/cancel',
    access: STAFF,
    summary: "Cancel a provider's change of the county during its cooling-off period (audited with who)",
    params: destinationParams,
    answer: waitingChangeList,
  }),
  ofProvider: endpoint({ method: 'GET', path: '/api/staff/providers/:providerId/direct-deposit', access: STAFF, summary: "A provider's direct deposit status (own county only)", params: staffProviderParams, answer: staffDirectDepositView }),
  settings: endpoint({ method: 'GET', path: '/api/staff/counties/:slug/direct-deposit-settings', access: ADMINS, summary: "A county's cooling-off period for direct deposit changes", params: countySlugParams, answer: directDepositSettings }),
  updateSettings: endpoint({
    method: 'POST',
    path: '/api/staff/counties/:slug/direct-deposit-settings',
    access: ADMINS,
    summary: "Change a county's cooling-off period (audited)",
    params: countySlugParams,
    body: directDepositSettingsRequest,
    answer: directDepositSettings,
  }),
};
