import { directDepositStaffKo } from './direct-deposit-staff.ko';
import { consoleCasesKo } from './console-cases.ko';
import { payrollTermsStaffKo } from './payroll-terms-staff.ko';
import { consolePaymentsKo } from './console-payments.ko';
import { consoleReviewKo } from './console-review.ko';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffKo: StaffWords = {
  ...directDepositStaffKo,
  ...consoleCasesKo,
  ...consoleReviewKo,
  ...consolePaymentsKo,
  ...payrollTermsStaffKo,
};
