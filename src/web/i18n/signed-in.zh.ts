import { directDepositZh } from './direct-deposit.zh';
import { securityZh } from './security.zh';
import { withholdingZh } from './withholding.zh';
import { factorSetupZh } from './factor-setup.zh';
import { claimsPaymentsZh } from './claims-payments.zh';
import { payDeductionsZh } from './pay-deductions.zh';
import { consoleMessagesZh } from './console-messages.zh';
import { devicesZh } from './devices.zh';
import { sentBackZh } from './sent-back.zh';
import { recordsZh } from './records.zh';
import { workdayTimesheetsZh } from './workday-timesheets.zh';
import { workdayVisitsZh } from './workday-visits.zh';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayZh } from './where-is-my-pay.zh';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInZh: SignedInWords = {
  ...directDepositZh,
  ...consoleMessagesZh,
  ...workdayTimesheetsZh,
  ...workdayVisitsZh,
  ...claimsPaymentsZh,
  ...payDeductionsZh,
  ...whereIsMyPayZh,
  ...sentBackZh,
  ...devicesZh,
  ...recordsZh,
  ...factorSetupZh,
  ...securityZh,
  ...withholdingZh,
};
