import { directDepositStaffZh } from './direct-deposit-staff.zh';
import { consoleCasesZh } from './console-cases.zh';
import { payrollTermsStaffZh } from './payroll-terms-staff.zh';
import { consolePaymentsZh } from './console-payments.zh';
import { consoleReviewZh } from './console-review.zh';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffZh: StaffWords = {
  ...directDepositStaffZh,
  ...consoleCasesZh,
  ...consoleReviewZh,
  ...consolePaymentsZh,
  ...payrollTermsStaffZh,
};
