export { isFicaExempt } from './fica';
export {
  PAY_PERIODS_PER_YEAR,
  TAX_YEARS,
  taxYearFigures,
  type Bracket,
  type RateBp,
  type StateColumns,
  type StateWithholdingFigures,
  type TaxYearFigures,
} from './figures';
export { netPayOf } from './net-pay';
export { isSdiExempt } from './sdi';
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
