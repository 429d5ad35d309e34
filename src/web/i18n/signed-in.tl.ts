import { directDepositTl } from './direct-deposit.tl';
import { securityTl } from './security.tl';
import { withholdingTl } from './withholding.tl';
import { factorSetupTl } from './factor-setup.tl';
import { claimsPaymentsTl } from './claims-payments.tl';
import { payDeductionsTl } from './pay-deductions.tl';
import { consoleMessagesTl } from './console-messages.tl';
import { devicesTl } from './devices.tl';
import { sentBackTl } from './sent-back.tl';
import { recordsTl } from './records.tl';
import { workdayTimesheetsTl } from './workday-timesheets.tl';
import { workdayVisitsTl } from './workday-visits.tl';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayTl } from './where-is-my-pay.tl';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInTl: SignedInWords = {
  ...directDepositTl,
  ...consoleMessagesTl,
  ...workdayTimesheetsTl,
  ...workdayVisitsTl,
  ...claimsPaymentsTl,
  ...payDeductionsTl,
  ...whereIsMyPayTl,
  ...sentBackTl,
  ...devicesTl,
  ...recordsTl,
  ...factorSetupTl,
  ...securityTl,
  ...withholdingTl,
};
