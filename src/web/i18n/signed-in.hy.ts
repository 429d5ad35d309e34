import { directDepositHy } from './direct-deposit.hy';
import { securityHy } from './security.hy';
import { withholdingHy } from './withholding.hy';
import { factorSetupHy } from './factor-setup.hy';
import { claimsPaymentsHy } from './claims-payments.hy';
import { payDeductionsHy } from './pay-deductions.hy';
import { consoleMessagesHy } from './console-messages.hy';
import { devicesHy } from './devices.hy';
import { sentBackHy } from './sent-back.hy';
import { recordsHy } from './records.hy';
import { workdayTimesheetsHy } from './workday-timesheets.hy';
import { workdayVisitsHy } from './workday-visits.hy';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayHy } from './where-is-my-pay.hy';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInHy: SignedInWords = {
  ...directDepositHy,
  ...consoleMessagesHy,
  ...workdayTimesheetsHy,
  ...workdayVisitsHy,
  ...claimsPaymentsHy,
  ...payDeductionsHy,
  ...whereIsMyPayHy,
  ...sentBackHy,
  ...devicesHy,
  ...recordsHy,
  ...factorSetupHy,
  ...securityHy,
  ...withholdingHy,
};
