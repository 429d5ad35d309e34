import { claimsPaymentsZh } from './claims-payments.zh';
import { consoleCasesZh } from './console-cases.zh';
import { consoleMessagesZh } from './console-messages.zh';
import { consolePaymentsZh } from './console-payments.zh';
import { consoleReviewZh } from './console-review.zh';
import { sentBackZh } from './sent-back.zh';
import { workdayTimesheetsZh } from './workday-timesheets.zh';
import { workdayVisitsZh } from './workday-visits.zh';
import type { SignedInWords } from './signed-in.en';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInZh: SignedInWords = {
  ...consoleMessagesZh,
  ...consoleCasesZh,
  ...consoleReviewZh,
  ...consolePaymentsZh,
  ...workdayTimesheetsZh,
  ...workdayVisitsZh,
  ...claimsPaymentsZh,
  ...sentBackZh,
};
