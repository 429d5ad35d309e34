import { directDepositStaffTl } from './direct-deposit-staff.tl';
import { consoleCasesTl } from './console-cases.tl';
import { payrollTermsStaffTl } from './payroll-terms-staff.tl';
import { consolePaymentsTl } from './console-payments.tl';
import { consoleReviewTl } from './console-review.tl';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffTl: StaffWords = {
  ...directDepositStaffTl,
  ...consoleCasesTl,
  ...consoleReviewTl,
  ...consolePaymentsTl,
  ...payrollTermsStaffTl,
};
