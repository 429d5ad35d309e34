import { directDepositEn } from './direct-deposit.en';
import { securityEn } from './security.en';
import { withholdingEn } from './withholding.en';
import { factorSetupEn } from './factor-setup.en';
import type { Words } from './words';
import { claimsPaymentsEn } from './claims-payments.en';
import { payDeductionsEn } from './pay-deductions.en';
import { consoleMessagesEn } from './console-messages.en';
import { devicesEn } from './devices.en';
import { sentBackEn } from './sent-back.en';
import { recordsEn } from './records.en';
import { workdayTimesheetsEn } from './workday-timesheets.en';
import { workdayVisitsEn } from './workday-visits.en';
import { whereIsMyPayEn } from './where-is-my-pay.en';

/**
 * The words of the pages behind sign-in, fetched once a session is known (i18n/index.ts): the sign-in page and the
 * other public pages carry only en.ts. Every language has a file like this one, with the same keys.
 */
export const signedInEn = {
  ...directDepositEn,
  ...consoleMessagesEn,
  ...workdayTimesheetsEn,
  ...workdayVisitsEn,
  ...claimsPaymentsEn,
  ...payDeductionsEn,
  ...whereIsMyPayEn,
  ...sentBackEn,
  ...devicesEn,
  ...recordsEn,
  ...factorSetupEn,
  ...securityEn,
  ...withholdingEn,
};

export type SignedInWords = Words<typeof signedInEn>;
