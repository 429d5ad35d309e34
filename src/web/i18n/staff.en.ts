import { directDepositStaffEn } from './direct-deposit-staff.en';
import { consoleCasesEn } from './console-cases.en';
import { payrollTermsStaffEn } from './payroll-terms-staff.en';
import { consolePaymentsEn } from './console-payments.en';
import { consoleReviewEn } from './console-review.en';
import type { Words } from './words';

/**
 * The words of the county console's own pages (cases, the review queue, payments), fetched only for county and State
 * staff (i18n/index.ts): a provider's or recipient's phone never downloads them (issue #13). Every language has a
 * file like this one, with the same keys.
 */
export const staffEn = {
  ...directDepositStaffEn,
  ...consoleCasesEn,
  ...consoleReviewEn,
  ...consolePaymentsEn,
  ...payrollTermsStaffEn,
};

export type StaffWords = Words<typeof staffEn>;
