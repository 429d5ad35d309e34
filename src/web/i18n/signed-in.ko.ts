import { directDepositKo } from './direct-deposit.ko';
import { securityKo } from './security.ko';
import { withholdingKo } from './withholding.ko';
import { factorSetupKo } from './factor-setup.ko';
import { claimsPaymentsKo } from './claims-payments.ko';
import { payDeductionsKo } from './pay-deductions.ko';
import { consoleMessagesKo } from './console-messages.ko';
import { devicesKo } from './devices.ko';
import { sentBackKo } from './sent-back.ko';
import { recordsKo } from './records.ko';
import { workdayTimesheetsKo } from './workday-timesheets.ko';
import { workdayVisitsKo } from './workday-visits.ko';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayKo } from './where-is-my-pay.ko';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInKo: SignedInWords = {
  ...directDepositKo,
  ...consoleMessagesKo,
  ...workdayTimesheetsKo,
  ...workdayVisitsKo,
  ...claimsPaymentsKo,
  ...payDeductionsKo,
  ...whereIsMyPayKo,
  ...sentBackKo,
  ...devicesKo,
  ...recordsKo,
  ...factorSetupKo,
  ...securityKo,
  ...withholdingKo,
};
