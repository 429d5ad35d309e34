import type { IsoDate } from '../calendar';

/** The provider is the recipient's ...: decides the family exemptions from FICA and SDI. */
export type Relationship = 'parent' | 'spouse' | 'child' | 'other';
export const RELATIONSHIPS: readonly Relationship[] = ['parent', 'spouse', 'child', 'other'];

/** Every deduction, in the order it is taken from a payment and shown on a stub. */
export const DEDUCTION_KINDS = [
  'social_security',
  'medicare',
  'sdi',
  'federal_income_tax',
  'state_income_tax',
  'share_of_cost',
  'health_premium',
  'union_dues',
  'cope',
] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];
/** The taxes: taken before anything else. */
export const TAX_KINDS: readonly DeductionKind[] = DEDUCTION_KINDS.slice(0, 5);

export type FederalFilingStatus = 'single' | 'married_jointly' | 'head_of_household';
export const FEDERAL_FILING_STATUSES: readonly FederalFilingStatus[] = ['single', 'married_jointly', 'head_of_household'];

/** IRS Form W-4 (2020 and later), as entered. */
export interface FederalElection {
  /** Step 1(c); 'single' is "Single or Married filing separately". */
  filingStatus: FederalFilingStatus;
  /** Step 2(c) checkbox. */
  multipleJobs: boolean;
  /** Step 3 total, a year. */
  dependentsCents: number;
  /** Step 4(a), a year. */
  otherIncomeCents: number;
  /** Step 4(b), a year. */
  deductionsCents: number;
  /** Step 4(c), a pay period. */
  extraCents: number;
  /** "Exempt" written on the form. */
  exempt: boolean;
}

/**
 * DE 4 line 1's filing status. 'single' is "Single or Married (with two or more incomes)", withheld by
 * DE 44's tables for "Single persons, dual income married or married with multiple employers";
 * 'married' is "Married (one income)".
 */
export type StateFilingStatus = 'single' | 'married' | 'head_of_household';
export const STATE_FILING_STATUSES: readonly StateFilingStatus[] = ['single', 'married', 'head_of_household'];

/** EDD Form DE 4, as entered. */
export interface StateElection {
  filingStatus: StateFilingStatus;
  /** DE 4 line 1a: regular withholding allowances (Worksheet A). */
  allowances: number;
  /** DE 4 line 1b: allowances for estimated deductions (Worksheet B). */
  estimatedDeductionAllowances: number;
  /** DE 4 line 2: additional amount a pay period. */
  extraCents: number;
  exempt: boolean;
}

export interface NetPayInput {
  /** The payment's issue date: picks the year's figures and the quarter. */
  payDate: IsoDate;
  /** This payment's gross (all kinds). */
  grossCents: number;
  /** Minutes paid (regular + overtime + travel + sick): union dues are by hours. */
  paidMinutes: number;
  /** To this payment's recipient (the employer). */
  relationship: Relationship;
  /** A child, parent or spouse who elected SDI coverage (EDD). */
  sdiElected: boolean;
  /** SOC 2298 self-certified live-in for this recipient: no income tax (Notice 2014-7). */
  liveInExcluded: boolean;
  /** null: the provider never asked for federal withholding. */
  federal: FederalElection | null;
  /** null: no state withholding asked. */
  state: StateElection | null;
  /** null: not a member, or the county has no dues. */
  unionDues: { centsPerHour: number } | null;
  /** Voluntary, opted in. */
  cope: { centsPerPayment: number } | null;
  /** Enrolled in the county's plan. */
  healthPremium: { monthlyCents: number } | null;
  /** The recipient's monthly Share of Cost for the service month. */
  shareOfCost: { monthlyCents: number } | null;
  /** Sums of this provider's earlier payments from the same recipient (employer), before this one. */
  earlier: {
    /** Same calendar year of pay date. */
    yearGrossCents: number;
    /** Wages already taxed for social security this year. */
    yearSocialSecurityWagesCents: number;
    yearMedicareWagesCents: number;
    /** Same calendar quarter of pay date. */
    quarterGrossCents: number;
    /** Wages already taxed for SDI this quarter. */
    quarterSdiWagesCents: number;
    /** Share of cost already deducted for this service month. */
    shareOfCostTakenCents: number;
  };
  /** Health premium already taken this pay-date month from any of the provider's payments (provider-wide). */
  healthPremiumTakenThisMonthCents: number;
}

export interface Deduction {
  kind: DeductionKind;
  cents: number;
}

/** Taxable wages of one payment per tax (W-2 boxes 1, 3, 5, 16, and SDI). */
export interface TaxableWages {
  federal: number;
  socialSecurity: number;
  medicare: number;
  state: number;
  sdi: number;
}

export interface NetPay {
  /** The year whose figures were used (the latest on file at or before the pay date's year). */
  year: number;
  /** Every kind in DEDUCTION_KINDS order, zeros included. */
  deductions: Deduction[];
  wages: TaxableWages;
  /** grossCents - sum(deductions), never negative. */
  netCents: number;
}
