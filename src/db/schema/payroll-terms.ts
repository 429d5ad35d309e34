import type { Generated } from 'kysely';
import type { DefaultedTimestamp } from './columns.js';

// What each payment of a provider is subject to (0017_payroll_terms): the terms per provider and case, the county's
// deduction rates and each case's Share of Cost by effective date, and the provider's withholding elections.

export type PayrollRelationship = 'parent' | 'spouse' | 'child' | 'other';

export interface PayrollTermsTable {
  provider_user_id: number;
  case_id: number;
  county_id: number;
  relationship: PayrollRelationship;
  sdi_elected: Generated<boolean>;
  union_member: Generated<boolean>;
  cope_cents: number | null;
  health_plan: Generated<boolean>;
  updated_by: number;
  updated_at: DefaultedTimestamp;
}

export interface CountyDeductionRatesTable {
  county_id: number;
  effective_from: string;
  union_dues_cents_per_hour: number | null;
  health_premium_monthly_cents: number | null;
  note: string | null;
  set_by: number;
  set_at: DefaultedTimestamp;
}

export interface CaseShareOfCostTable {
  case_id: number;
  county_id: number;
  effective_month: string;
  monthly_cents: number;
  set_by: number;
  set_at: DefaultedTimestamp;
}

/** Append-only: a change is a new row. */
export interface WithholdingElectionsTable {
  id: Generated<number>;
  provider_user_id: number;
  county_id: number;
  tax: 'federal' | 'state';
  withhold: boolean;
  filing_status: string | null;
  multiple_jobs: boolean | null;
  dependents_cents: number | null;
  other_income_cents: number | null;
  deductions_cents: number | null;
  allowances: number | null;
  estimated_deduction_allowances: number | null;
  extra_cents: number | null;
  exempt: boolean | null;
  effective_from: string;
  made_at: DefaultedTimestamp;
  made_by: number;
}

export interface PayrollTermsTables {
  payroll_terms: PayrollTermsTable;
  county_deduction_rates: CountyDeductionRatesTable;
  case_share_of_cost: CaseShareOfCostTable;
  withholding_elections: WithholdingElectionsTable;
}
