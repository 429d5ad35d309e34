import { directDepositEs } from './direct-deposit.es';
import { securityEs } from './security.es';
import { withholdingEs } from './withholding.es';
import { factorSetupEs } from './factor-setup.es';
import { claimsPaymentsEs } from './claims-payments.es';
import { payDeductionsEs } from './pay-deductions.es';
import { consoleMessagesEs } from './console-messages.es';
import { devicesEs } from './devices.es';
import { sentBackEs } from './sent-back.es';
import { recordsEs } from './records.es';
import { workdayTimesheetsEs } from './workday-timesheets.es';
import { workdayVisitsEs } from './workday-visits.es';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayEs } from './where-is-my-pay.es';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInEs: SignedInWords = {
  ...directDepositEs,
  ...consoleMessagesEs,
  ...workdayTimesheetsEs,
  ...workdayVisitsEs,
  ...claimsPaymentsEs,
  ...payDeductionsEs,
  ...whereIsMyPayEs,
  ...sentBackEs,
  ...devicesEs,
  ...recordsEs,
  ...factorSetupEs,
  ...securityEs,
  ...withholdingEs,
};
