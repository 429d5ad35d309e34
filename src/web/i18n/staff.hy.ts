import { directDepositStaffHy } from './direct-deposit-staff.hy';
import { consoleCasesHy } from './console-cases.hy';
import { payrollTermsStaffHy } from './payroll-terms-staff.hy';
import { consolePaymentsHy } from './console-payments.hy';
import { consoleReviewHy } from './console-review.hy';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffHy: StaffWords = {
  ...directDepositStaffHy,
  ...consoleCasesHy,
  ...consoleReviewHy,
  ...consolePaymentsHy,
  ...payrollTermsStaffHy,
};
