import type { RouteTable } from '../../contracts/routes';

/**
 * Each group of the route table (src/contracts/routes.ts), loaded the first time the web calls one of its endpoints:
 * a provider's phone never downloads the console's schemas. The type makes the list whole and each loader exact.
 */
export const loadGroup = {
  accounts: () => import('../../contracts/accounts').then((m) => m.accountEndpoints),
  audit: () => import('../../contracts/audit').then((m) => m.auditEndpoints),
  auth: () => import('../../contracts/auth').then((m) => m.authEndpoints),
  caseConsole: () => import('../../contracts/cases-console').then((m) => m.caseConsoleEndpoints),
  cases: () => import('../../contracts/cases').then((m) => m.caseEndpoints),
  claims: () => import('../../contracts/claims').then((m) => m.claimEndpoints),
  counties: () => import('../../contracts/counties').then((m) => m.countyEndpoints),
  countyAdmins: () => import('../../contracts/county-admins').then((m) => m.countyAdminEndpoints),
  countySettings: () => import('../../contracts/county-settings').then((m) => m.countySettingsEndpoints),
  dashboard: () => import('../../contracts/dashboard').then((m) => m.dashboardEndpoints),
  enrolment: () => import('../../contracts/enrolment').then((m) => m.enrolmentEndpoints),
  events: () => import('../../contracts/events').then((m) => m.eventEndpoints),
  evv: () => import('../../contracts/evv').then((m) => m.evvEndpoints),
  mail: () => import('../../contracts/mail').then((m) => m.mailEndpoints),
  messages: () => import('../../contracts/messaging').then((m) => m.messageEndpoints),
  notifications: () => import('../../contracts/notifications').then((m) => m.notificationEndpoints),
  payments: () => import('../../contracts/payments').then((m) => m.paymentEndpoints),
  profile: () => import('../../contracts/profile').then((m) => m.profileEndpoints),
  sickLeave: () => import('../../contracts/sick-leave').then((m) => m.sickLeaveEndpoints),
  staffWork: () => import('../../contracts/staff-work').then((m) => m.staffWorkEndpoints),
  recipientReview: () => import('../../contracts/recipient-review').then((m) => m.recipientReviewEndpoints),
  timesheets: () => import('../../contracts/timesheets').then((m) => m.timesheetEndpoints),
  visits: () => import('../../contracts/visits').then((m) => m.visitEndpoints),
  violations: () => import('../../contracts/violations').then((m) => m.violationEndpoints),
} satisfies { readonly [G in keyof RouteTable]: () => Promise<RouteTable[G]> };
