import { directDepositStaffEs } from './direct-deposit-staff.es';
import { consoleCasesEs } from './console-cases.es';
import { payrollTermsStaffEs } from './payroll-terms-staff.es';
import { consolePaymentsEs } from './console-payments.es';
import { consoleReviewEs } from './console-review.es';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffEs: StaffWords = {
  ...directDepositStaffEs,
  ...consoleCasesEs,
  ...consoleReviewEs,
  ...consolePaymentsEs,
  ...payrollTermsStaffEs,
};
