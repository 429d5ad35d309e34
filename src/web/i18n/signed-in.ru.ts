import { directDepositRu } from './direct-deposit.ru';
import { securityRu } from './security.ru';
import { withholdingRu } from './withholding.ru';
import { factorSetupRu } from './factor-setup.ru';
import { claimsPaymentsRu } from './claims-payments.ru';
import { payDeductionsRu } from './pay-deductions.ru';
import { consoleMessagesRu } from './console-messages.ru';
import { devicesRu } from './devices.ru';
import { sentBackRu } from './sent-back.ru';
import { recordsRu } from './records.ru';
import { workdayTimesheetsRu } from './workday-timesheets.ru';
import { workdayVisitsRu } from './workday-visits.ru';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayRu } from './where-is-my-pay.ru';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInRu: SignedInWords = {
  ...directDepositRu,
  ...consoleMessagesRu,
  ...workdayTimesheetsRu,
  ...workdayVisitsRu,
  ...claimsPaymentsRu,
  ...payDeductionsRu,
  ...whereIsMyPayRu,
  ...sentBackRu,
  ...devicesRu,
  ...recordsRu,
  ...factorSetupRu,
  ...securityRu,
  ...withholdingRu,
};
