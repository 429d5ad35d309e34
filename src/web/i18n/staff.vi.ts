import { directDepositStaffVi } from './direct-deposit-staff.vi';
import { consoleCasesVi } from './console-cases.vi';
import { payrollTermsStaffVi } from './payroll-terms-staff.vi';
import { consolePaymentsVi } from './console-payments.vi';
import { consoleReviewVi } from './console-review.vi';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffVi: StaffWords = {
  ...directDepositStaffVi,
  ...consoleCasesVi,
  ...consoleReviewVi,
  ...consolePaymentsVi,
  ...payrollTermsStaffVi,
};
