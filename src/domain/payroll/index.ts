export { taxYearFigures, TAX_YEARS, type Bracket, type RateBp, type TaxYearFigures } from './figures';
export { netPayOf } from './net-pay';
export {
  DEDUCTION_KINDS,
  FEDERAL_FILING_STATUSES,
  RELATIONSHIPS,
  STATE_FILING_STATUSES,
  TAX_KINDS,
  type Deduction,
  type DeductionKind,
  type FederalElection,
  type FederalFilingStatus,
  type NetPay,
  type NetPayInput,
  type Relationship,
  type StateElection,
  type StateFilingStatus,
  type TaxableWages,
} from './types';
