import { directDepositStaffRu } from './direct-deposit-staff.ru';
import { consoleCasesRu } from './console-cases.ru';
import { payrollTermsStaffRu } from './payroll-terms-staff.ru';
import { consolePaymentsRu } from './console-payments.ru';
import { consoleReviewRu } from './console-review.ru';
import type { StaffWords } from './staff.en';

/** The words of the county console's own pages (see staff.en.ts). */
export const staffRu: StaffWords = {
  ...directDepositStaffRu,
  ...consoleCasesRu,
  ...consoleReviewRu,
  ...consolePaymentsRu,
  ...payrollTermsStaffRu,
};
