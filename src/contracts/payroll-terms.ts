/**
 * What each payment of a provider is subject to (issue #15): the relationship to each recipient and the choices that
 * go with it (recorded by the case's county), the county's deduction rates and each case's Share of Cost by effective
 * date, and the provider's own withholding elections (IRS Form W-4, EDD Form DE 4), changed online after the person
 * confirmed it is them. The limits below are the CHECKs of 0017_payroll_terms.sql.
 */
import { z } from 'zod';
import { FEDERAL_FILING_STATUSES, RELATIONSHIPS, STATE_FILING_STATUSES, type FederalFilingStatus, type Relationship, type StateFilingStatus } from '../domain/index.js';
import { STAFF_ROLES } from './auth.js';
import { caseParams, personName } from './cases.js';
import { isoDate, isoMonth, msg, providerId, text, wholeNumber } from './common.js';
import { countySlugParams, countySummary } from './counties.js';
import { endpoint } from './endpoint.js';

/** The most each amount may be, in cents (the database's CHECKs). */
export const TERMS_LIMITS = {
  /** W-4 Step 3, a year: $100,000. */
  dependentsCents: 10_000_000,
  /** W-4 Steps 4(a) and 4(b), a year: $1,000,000. */
  otherIncomeCents: 100_000_000,
  deductionsCents: 100_000_000,
  /** W-4 Step 4(c) and DE 4 line 2, a pay period: $5,000, more than any IHSS payment. */
  extraCents: 500_000,
  /** DE 4 lines 1a and 1b. */
  allowances: 99,
  /** COPE a payment: $100. */
  copeCents: 10_000,
  /** Union dues an hour: $10. */
  unionDuesCentsPerHour: 1_000,
  /** Health premium a month: $1,000. */
  healthPremiumMonthlyCents: 100_000,
  /** Share of Cost a month: $10,000. */
  shareOfCostMonthlyCents: 1_000_000,
} as const;

/**
 * An amount in cents from 0 to `max`: whole dollars where the form asks for dollars (W-4 Steps 3, 4(a) and 4(b)),
 * dollars and cents elsewhere. Anything else is one issue that says which amounts it takes.
 */
export function cents({ max, min = 0, whole = false }: { max: number; min?: number; whole?: boolean }) {
  const params = { min: (min / 100).toLocaleString('en-US'), max: (max / 100).toLocaleString('en-US') };
  return z
    .custom<number>((n) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max && (!whole || n % 100 === 0), {
      message: whole ? 'dollarsWhole' : 'dollarsAndCents',
      params,
    })
    .meta({ type: 'integer', minimum: min, maximum: max, ...(whole ? { multipleOf: 100 } : {}) });
}

const tuple = <T extends string>(values: readonly T[]) => values as [T, ...T[]];

export const relationship = z.enum(tuple<Relationship>(RELATIONSHIPS), msg('relationshipRequired'));

/** IRS Form W-4 (2020 and later) as entered; the domain's FederalElection. */
export const federalElection = z.object({
  filingStatus: z.enum(tuple<FederalFilingStatus>(FEDERAL_FILING_STATUSES), msg('filingStatusRequired')).describe('Step 1(c); single = "Single or Married filing separately"'),
  multipleJobs: z.boolean().describe('Step 2(c): two jobs, or married filing jointly with a spouse who works'),
  dependentsCents: cents({ max: TERMS_LIMITS.dependentsCents, whole: true }).describe('Step 3: the total for dependents, a year (whole dollars)'),
  otherIncomeCents: cents({ max: TERMS_LIMITS.otherIncomeCents, whole: true }).describe('Step 4(a): other income, a year (whole dollars)'),
  deductionsCents: cents({ max: TERMS_LIMITS.deductionsCents, whole: true }).describe('Step 4(b): deductions, a year (whole dollars)'),
  extraCents: cents({ max: TERMS_LIMITS.extraCents }).describe('Step 4(c): extra withholding each pay period'),
  exempt: z.boolean().describe('"Exempt" written below Step 4(c): no federal income tax withheld'),
});
export type FederalElectionInput = z.infer<typeof federalElection>;

/** EDD Form DE 4 as entered; the domain's StateElection. */
export const stateElection = z.object({
  filingStatus: z.enum(tuple<StateFilingStatus>(STATE_FILING_STATUSES), msg('filingStatusRequired')).describe('Line 1: single = "Single or Married (with two or more incomes)"'),
  allowances: wholeNumber({ min: 0, max: TERMS_LIMITS.allowances }).describe('Line 1a: regular withholding allowances (Worksheet A)'),
  estimatedDeductionAllowances: wholeNumber({ min: 0, max: TERMS_LIMITS.allowances }).describe('Line 1b: allowances for estimated deductions (Worksheet B)'),
  extraCents: cents({ max: TERMS_LIMITS.extraCents }).describe('Line 2: additional amount each pay period'),
  exempt: z.boolean().describe('Line 3: exempt from California withholding'),
});
export type StateElectionInput = z.infer<typeof stateElection>;

/** A change: the new election, or null to stop withholding this tax. */
export const federalChangeRequest = z.object({ election: federalElection.nullable().describe('null: stop federal income tax withholding') });
export const stateChangeRequest = z.object({ election: stateElection.nullable().describe('null: stop California income tax withholding') });

const exemption = z.object({
  lastPayDate: isoDate.describe('February 15 of the year after the claim was made: the last issue date it covers'),
  lapsed: z.boolean().describe('It has ended by the first day it governs: payments are withheld as for Single with no other entries until a newer election applies'),
});

const electionEntry = <T extends z.ZodType>(election: T) =>
  z.object({
    effectiveFrom: isoDate.describe('The first day of the pay period from which it applies (payments issued from that day)'),
    madeAt: z.string().describe('When it was made'),
    election: election.nullable().describe('null: withholding stopped'),
    exemption: exemption.nullable().describe('An exempt claim is good for one year (IRS Publication 15, EDD DE 4), lapsed by today (in force) or before it applies (pending); null: not an exempt claim'),
  });
const electionHistory = <T extends z.ZodType>(election: T) =>
  z.object({
    inForce: electionEntry(election).nullable().describe('What applies today; null: nothing asked, nothing withheld'),
    pending: z.array(electionEntry(election)).describe('Changes made that apply from a later date, in date order'),
  });

export const withholdingRecipientView = z.object({
  caseNumber: z.string(),
  recipient: personName,
  county: countySummary,
  relationship: relationship.describe('The provider is the recipient\'s ...'),
  socialSecurityAndMedicare: z.enum(['withheld', 'exempt']).describe('Exempt for a parent or spouse (family employment)'),
  sdi: z.enum(['withheld', 'exempt', 'elected']).describe('Exempt for a child, parent or spouse unless they elected coverage'),
  liveInExcluded: z.boolean().describe('Live-in (SOC 2298): these wages are excluded from income tax'),
  unionMember: z.boolean(),
  unionDuesCentsPerHour: z.number().int().nullable().describe("The county's dues rate today; null: none"),
  copeCentsPerPayment: z.number().int().nullable(),
  healthPlan: z.boolean(),
  healthPremiumMonthlyCents: z.number().int().nullable().describe("The county's premium today; null: none"),
  shareOfCost: z.object({ month: isoMonth, monthlyCents: z.number().int() }).nullable().describe("This month's Share of Cost, to collect from the recipient; null: none"),
});
export type WithholdingRecipientView = z.infer<typeof withholdingRecipientView>;

export const withholdingView = z.object({
  today: isoDate,
  waitingDays: z.number().int().describe('Days in payroll before an election applies'),
  firstPaidOn: isoDate.nullable().describe("The issue date of the provider's first payment; null: never paid"),
  changeAppliesFrom: isoDate.describe('The date a change made today would apply from'),
  exemptClaimToday: exemption.describe('What an exempt claim made today would cover: until February 15 of next year, lapsed if that is before it applies'),
  federal: electionHistory(federalElection),
  state: electionHistory(stateElection),
  recipients: z.array(withholdingRecipientView).describe("This month's recipients"),
});
export type WithholdingView = z.infer<typeof withholdingView>;

// --- County staff ---------------------------------------------------------------------------------------------

export const payrollTermsInput = z
  .object({
    relationship,
    sdiElected: z.boolean().describe('Elective SDI coverage (EDD): only a child, parent or spouse'),
    unionMember: z.boolean(),
    copeCents: cents({ min: 1, max: TERMS_LIMITS.copeCents }).nullable().describe('Voluntary COPE a payment; null: none'),
    healthPlan: z.boolean().describe("Enrolled in the county's health plan"),
  })
  .refine((t) => !t.sdiElected || t.relationship !== 'other', { message: 'sdiElectionNotFamily', path: ['sdiElected'] });
export type PayrollTermsInput = z.infer<typeof payrollTermsInput>;

export const payrollTermsParams = z.object({ caseNumber: caseParams.shape.caseNumber, providerId });

export const shareOfCostInput = z.object({
  effectiveMonth: isoMonth.describe('YYYY-MM: applies from this month until a later month is set'),
  monthlyCents: cents({ max: TERMS_LIMITS.shareOfCostMonthlyCents }).describe('The recipient\'s Share of Cost a month; 0 ends it'),
});
export type ShareOfCostInput = z.infer<typeof shareOfCostInput>;

export const deductionRatesView = z.object({
  effectiveFrom: isoDate,
  unionDuesCentsPerHour: z.number().int().nullable(),
  healthPremiumMonthlyCents: z.number().int().nullable(),
  note: z.string().nullable(),
});

export const casePayrollTermsView = z.object({
  caseNumber: z.string(),
  county: countySummary,
  today: isoDate,
  providers: z.array(
    z.object({
      provider: z.object({ providerId: z.string(), firstName: z.string(), lastName: z.string() }),
      relationship,
      sdiElected: z.boolean(),
      unionMember: z.boolean(),
      copeCents: z.number().int().nullable(),
      healthPlan: z.boolean(),
      recorded: z.boolean().describe('False: nothing recorded yet, the defaults apply'),
    }),
  ).describe('Every provider ever assigned to the case'),
  shareOfCost: z.array(z.object({ effectiveMonth: isoMonth, monthlyCents: z.number().int() })).describe('Oldest first; each applies until the next'),
  ratesToday: deductionRatesView.nullable().describe("The county's deduction rates in force today"),
});
export type CasePayrollTermsView = z.infer<typeof casePayrollTermsView>;

export const staffWithholdingView = z.object({
  caseNumber: z.string(),
  provider: z.object({ providerId: z.string(), firstName: z.string(), lastName: z.string() }),
  today: isoDate,
  federal: electionHistory(federalElection),
  state: electionHistory(stateElection),
});
export type StaffWithholdingView = z.infer<typeof staffWithholdingView>;

export const deductionRateList = z.object({
  county: countySummary,
  rates: z.array(deductionRatesView).describe('Oldest first; each applies to payments issued from its date until the next'),
  earliestEffectiveFrom: isoDate.describe('The first date a rate may be set for (tomorrow: payments already made keep theirs)'),
});
export type DeductionRateList = z.infer<typeof deductionRateList>;

export const setDeductionRatesRequest = z.object({
  effectiveFrom: isoDate,
  unionDuesCentsPerHour: cents({ min: 1, max: TERMS_LIMITS.unionDuesCentsPerHour }).nullable().describe('Union dues a paid hour; null: none'),
  healthPremiumMonthlyCents: cents({ min: 1, max: TERMS_LIMITS.healthPremiumMonthlyCents }).nullable().describe('Health plan premium a month; null: none'),
  note: text({ max: 200 }).optional().describe('e.g. "MOU 2027, article 12"'),
});
export type SetDeductionRatesRequest = z.infer<typeof setDeductionRatesRequest>;

const ADMINS = ['county_admin', 'state_admin'] as const;

export const payrollTermsEndpoints = {
  withholding: endpoint({ method: 'GET', path: '/api/withholding', access: ['provider'], summary: 'The provider\'s withholding elections (in force and pending) and what each recipient\'s payments are subject to', answer: withholdingView }),
  changeFederal: endpoint({
    method: 'POST',
    path: '/api/withholding/federal',
    access: ['provider'],
    summary: 'Change the W-4 election (asks to confirm it is you: 403 reauthRequired); applies from the pay period after the change and the waiting period; audited, and the provider is told',
    body: federalChangeRequest,
    answer: withholdingView,
  }),
  changeState: endpoint({
    method: 'POST',
    path: '/api/withholding/state',
    access: ['provider'],
    summary: 'Change the DE 4 election (asks to confirm it is you: 403 reauthRequired); applies as the W-4; audited, and the provider is told',
    body: stateChangeRequest,
    answer: withholdingView,
  }),
  caseTerms: endpoint({ method: 'GET', path: '/api/staff/cases/:caseNumber/payroll-terms', access: STAFF_ROLES, summary: "Each provider's relationship, SDI election, union, COPE and health plan for this case; its Share of Cost by month", params: caseParams, answer: casePayrollTermsView }),
  setTerms: endpoint({
    method: 'POST',
    path: '/api/staff/cases/:caseNumber/payroll-terms/:providerId',
    access: STAFF_ROLES,
    summary: "Record a provider's relationship, SDI election, union membership, COPE and health plan for this case; audited with before and after",
    params: payrollTermsParams,
    body: payrollTermsInput,
    answer: casePayrollTermsView,
  }),
  staffWithholding: endpoint({
    method: 'GET',
    path: '/api/staff/cases/:caseNumber/payroll-terms/:providerId/withholding',
    access: STAFF_ROLES,
    summary: "A provider's W-4 and DE 4 elections, in force and pending, read-only; every read is audited",
    params: payrollTermsParams,
    answer: staffWithholdingView,
  }),
  setShareOfCost: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber/share-of-cost', access: STAFF_ROLES, summary: "Set the case's monthly Share of Cost from a month on; audited with before and after", params: caseParams, body: shareOfCostInput, answer: casePayrollTermsView }),
  deductionRates: endpoint({ method: 'GET', path: '/api/staff/counties/:slug/deduction-rates', access: ADMINS, summary: "A county's union dues and health premium by effective date", params: countySlugParams, answer: deductionRateList }),
  setDeductionRates: endpoint({
    method: 'POST',
    path: '/api/staff/counties/:slug/deduction-rates',
    access: ADMINS,
    summary: "Set the county's union dues and health premium from a future date (a rate on that date is replaced); audited with before and after",
    params: countySlugParams,
    body: setDeductionRatesRequest,
    answer: deductionRateList,
  }),
};
