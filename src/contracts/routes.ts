import { auditEndpoints } from './audit.js';
import { caseConsoleEndpoints } from './cases-console.js';
import { caseEndpoints } from './cases.js';
import { countyEndpoints } from './counties.js';
import { countyAdminEndpoints } from './county-admins.js';
import { enrolmentEndpoints } from './enrolment.js';
import { evvEndpoints } from './evv.js';
import { mailEndpoints } from './mail.js';
import { messageEndpoints } from './messaging.js';
import { paymentEndpoints } from './payments.js';
import { profileEndpoints } from './profile.js';
import { visitEndpoints } from './visits.js';
import { violationEndpoints } from './violations.js';
import { countySettingsEndpoints } from './county-settings.js';
import { dashboardEndpoints } from './dashboard.js';

/**
 * The route table: every endpoint of the API, one group per feature. The server registers its routes from it
 * (src/server/lib/route.ts) and the web calls them through the client made from it (src/web/api/client.ts), so
 * neither side writes an address or a shape of its own.
 */
export const routeTable = {
  audit: auditEndpoints,
  caseConsole: caseConsoleEndpoints,
  cases: caseEndpoints,
  counties: countyEndpoints,
  countyAdmins: countyAdminEndpoints,
  countySettings: countySettingsEndpoints,
  dashboard: dashboardEndpoints,
  enrolment: enrolmentEndpoints,
  evv: evvEndpoints,
  mail: mailEndpoints,
  messages: messageEndpoints,
  payments: paymentEndpoints,
  profile: profileEndpoints,
  visits: visitEndpoints,
  violations: violationEndpoints,
};

export type RouteTable = typeof routeTable;
