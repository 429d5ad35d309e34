import { accountEndpoints } from './accounts.js';
import { auditEndpoints } from './audit.js';
import { authEndpoints } from './auth.js';
import { caseConsoleEndpoints } from './cases-console.js';
import { caseEndpoints } from './cases.js';
import { claimEndpoints } from './claims.js';
import { countyEndpoints } from './counties.js';
import { countyAdminEndpoints } from './county-admins.js';
import { enrolmentEndpoints } from './enrolment.js';
import { eventEndpoints } from './events.js';
import { evvEndpoints } from './evv.js';
import { mailEndpoints } from './mail.js';
import { messageEndpoints } from './messaging.js';
import { notificationEndpoints } from './notifications.js';
import { paymentEndpoints } from './payments.js';
import { payrollTermsEndpoints } from './payroll-terms.js';
import { profileEndpoints } from './profile.js';
import { recordsEndpoints } from './records.js';
import { sickLeaveEndpoints } from './sick-leave.js';
import { staffWorkEndpoints } from './staff-work.js';
import { recipientReviewEndpoints } from './recipient-review.js';
import { timesheetEndpoints } from './timesheets.js';
import { visitEndpoints } from './visits.js';
import { violationEndpoints } from './violations.js';
import { countySettingsEndpoints } from './county-settings.js';
import { dashboardEndpoints } from './dashboard.js';
import { directDepositEndpoints } from './direct-deposit.js';
import { sessionEndpoints } from './sessions.js';
import { secondFactorEndpoints } from './second-factors.js';

/**
 * The route table: every endpoint of the API, one group per feature. The server registers its routes from it
 * (src/server/lib/route.ts) and the web calls them through the client made from it (src/web/api/client.ts), so
 * neither side writes an address or a shape of its own.
 */
export const routeTable = {
  accounts: accountEndpoints,
  audit: auditEndpoints,
  auth: authEndpoints,
  caseConsole: caseConsoleEndpoints,
  cases: caseEndpoints,
  claims: claimEndpoints,
  counties: countyEndpoints,
  countyAdmins: countyAdminEndpoints,
  countySettings: countySettingsEndpoints,
  dashboard: dashboardEndpoints,
  directDeposit: directDepositEndpoints,
  enrolment: enrolmentEndpoints,
  events: eventEndpoints,
  evv: evvEndpoints,
  mail: mailEndpoints,
  messages: messageEndpoints,
  notifications: notificationEndpoints,
  payments: paymentEndpoints,
  payrollTerms: payrollTermsEndpoints,
  profile: profileEndpoints,
  records: recordsEndpoints,
  sessions: sessionEndpoints,
  sickLeave: sickLeaveEndpoints,
  staffWork: staffWorkEndpoints,
  recipientReview: recipientReviewEndpoints,
  secondFactors: secondFactorEndpoints,
  timesheets: timesheetEndpoints,
  visits: visitEndpoints,
  violations: violationEndpoints,
};

export type RouteTable = typeof routeTable;
