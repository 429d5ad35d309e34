import { directDepositVi } from './direct-deposit.vi';
import { securityVi } from './security.vi';
import { withholdingVi } from './withholding.vi';
import { factorSetupVi } from './factor-setup.vi';
import { claimsPaymentsVi } from './claims-payments.vi';
import { payDeductionsVi } from './pay-deductions.vi';
import { consoleMessagesVi } from './console-messages.vi';
import { devicesVi } from './devices.vi';
import { sentBackVi } from './sent-back.vi';
import { recordsVi } from './records.vi';
import { workdayTimesheetsVi } from './workday-timesheets.vi';
import { workdayVisitsVi } from './workday-visits.vi';
import type { SignedInWords } from './signed-in.en';
import { whereIsMyPayVi } from './where-is-my-pay.vi';

/** The words of the pages behind sign-in (see signed-in.en.ts). */
export const signedInVi: SignedInWords = {
  ...directDepositVi,
  ...consoleMessagesVi,
  ...workdayTimesheetsVi,
  ...workdayVisitsVi,
  ...claimsPaymentsVi,
  ...payDeductionsVi,
  ...whereIsMyPayVi,
  ...sentBackVi,
  ...devicesVi,
  ...recordsVi,
  ...factorSetupVi,
  ...securityVi,
  ...withholdingVi,
};
