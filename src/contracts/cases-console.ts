/**
 * The county's cases console (issue #6): county workers and admins create and edit their county's recipient cases,
 * the authorised hours by month, and the assignments of providers; a state admin does so in any county. A case
 * of another county answers "not found", exactly like an unknown one.
 *
 * Sensitive data (address, phone, diagnoses, home coordinates) is never in the list or the case view: it is read
 * with `GET /api/staff/cases/:caseNumber/sensitive`, and every such read is audited. Writes accept it.
 */
import { z } from 'zod';
import { caseNumber, email, idParam, isoDate, personNameField, providerId, text, wholeNumber } from './common.js';
import { CASE_STATUSES, MAX_MONTHLY_AUTHORIZED_MINUTES } from '../domain/recipient-case.js';
import { STAFF_ROLES } from './auth.js';
import { caseParams, caseSensitiveView, isoMonth, personName } from './cases.js';
import { countySummary } from './counties.js';
import { endpoint } from './endpoint.js';
import { mailingAddress, phoneNumber } from './profile.js';

const name = personNameField;
const countySlug = z.string().regex(/^[a-z][a-z-]{1,40}$/);
export const monthlyMinutes = wholeNumber({ min: 0, max: MAX_MONTHLY_AUTHORIZED_MINUTES }).describe('Minutes a month (hours x 60), 0 to 16980');
export const homeCoordinates = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) });
const diagnoses = text({ max: 2000, multiline: true }).describe('Encrypted at rest; read only through the audited sensitive view');

export const authorizationInput = z.object({
  effectiveMonth: isoMonth.describe('YYYY-MM: the minutes apply from this month until a later month is set'),
  monthlyMinutes,
});

export const createCaseRequest = z.object({
  caseNumber,
  county: countySlug.optional().describe("State admins: the case's county. County staff: always their own county (this field is ignored)"),
  firstName: name,
  lastName: name,
  status: z.enum(CASE_STATUSES).default('active'),
  eligibleFrom: isoDate,
  eligibleTo: isoDate.nullable().optional(),
  address: mailingAddress.optional(),
  phone: phoneNumber.optional(),
  home: homeCoordinates.optional().describe("For the EVV check-in's distance flag; optional (never blocks pay)"),
  diagnoses: diagnoses.optional(),
  authorization: authorizationInput.optional().describe('The first authorised hours'),
  recipientAccount: z
    .object({ email })
    .optional()
    .describe('Create the recipient\'s portal account now (sign-in: the case number); see POST .../recipient-account'),
});
export type CreateCaseRequest = z.infer<typeof createCaseRequest>;

export const updateCaseRequest = z
  .object({
    firstName: name.optional(),
    lastName: name.optional(),
    status: z.enum(CASE_STATUSES).optional(),
    eligibleFrom: isoDate.optional(),
    eligibleTo: isoDate.nullable().optional(),
    address: mailingAddress.nullable().optional().describe('null clears it'),
    phone: phoneNumber.nullable().optional(),
    home: homeCoordinates.nullable().optional(),
    diagnoses: diagnoses.nullable().optional(),
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), { message: 'nothingToChange' });
export type UpdateCaseRequest = z.infer<typeof updateCaseRequest>;

export const staffCaseSummary = z.object({
  caseNumber: z.string(),
  recipient: personName,
  county: countySummary,
  status: z.enum(CASE_STATUSES),
  eligibleFrom: isoDate,
  eligibleTo: isoDate.nullable(),
  authorizedMinutesThisMonth: z.number().int(),
  hasRecipientAccount: z.boolean(),
});
export type StaffCaseSummary = z.infer<typeof staffCaseSummary>;

export const assignmentView = z.object({
  id: z.number().int(),
  provider: z.object({ providerId: z.string(), firstName: z.string(), lastName: z.string() }),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  assignedMonthlyMinutes: z.number().int().nullable().describe("This provider's share of the month; null = all of the case's authorised minutes"),
  liveIn: z.boolean(),
  travelAgreement: z.boolean().describe('SOC 2255 on file: travel time to this recipient may be claimed'),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const recipientAccountView = z.object({
  loginId: z.string().describe('The case number'),
  emailOnFile: z.string().nullable().describe('Masked'),
  setUp: z.boolean().describe('False until the recipient has chosen a password with "Forgot password?"'),
  status: z.enum(['active', 'deactivated']),
});

export const staffCaseView = staffCaseSummary.extend({
  today: isoDate,
  authorizations: z.array(z.object({ effectiveMonth: isoMonth, monthlyMinutes: z.number().int() })).describe('Oldest first; each applies until the next'),
  assignments: z.array(assignmentView).describe('Every assignment, past, current and future'),
  recipientAccount: recipientAccountView.nullable(),
  overtimeException: z.boolean(),
});
export type StaffCaseView = z.infer<typeof staffCaseView>;

export const staffCaseSensitiveView = caseSensitiveView.extend({ home: homeCoordinates.nullable() });
export type StaffCaseSensitiveView = z.infer<typeof staffCaseSensitiveView>;

export const staffCaseListQuery = z.object({
  q: text({ min: 0, max: 100 }).optional().describe('Case number (or its start), or the start of the last name'),
  status: z.enum(CASE_STATUSES).optional(),
  county: countySlug.optional().describe('State admins: one county (all counties without it). Ignored for county staff'),
  after: z.string().regex(/^\d{7}$/).optional().describe('Page on: case numbers after this one (`next` of the previous page)'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const staffCaseList = z.object({ cases: z.array(staffCaseSummary), next: z.string().nullable() });

export const assignmentParams = z.object({ caseNumber, assignmentId: idParam });

export const createAssignmentRequest = z.object({
  providerId,
  startDate: isoDate,
  endDate: isoDate.nullable().optional(),
  assignedMonthlyMinutes: monthlyMinutes.nullable().optional(),
  liveIn: z.boolean().default(false),
  travelAgreement: z.boolean().default(false),
});
export type CreateAssignmentRequest = z.infer<typeof createAssignmentRequest>;

export const updateAssignmentRequest = z
  .object({
    startDate: isoDate.optional(),
    endDate: isoDate.nullable().optional(),
    assignedMonthlyMinutes: monthlyMinutes.nullable().optional(),
    liveIn: z.boolean().optional(),
    travelAgreement: z.boolean().optional(),
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), { message: 'nothingToChange' });
export type UpdateAssignmentRequest = z.infer<typeof updateAssignmentRequest>;

export const endAssignmentRequest = z.object({ endDate: isoDate.describe('The last day the provider serves this recipient') });

export const recipientAccountRequest = z.object({ email: email.describe('Where the code to choose a password goes ("Forgot password?")') });

/** The county's cases console (issue #6): county workers and admins of the case's county, and state admins. */
export const caseConsoleEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/staff/cases', access: STAFF_ROLES, summary: "Search the county's cases (state admin: any or all counties); nothing sensitive", query: staffCaseListQuery, answer: staffCaseList }),
  create: endpoint({ method: 'POST', path: '/api/staff/cases', access: STAFF_ROLES, summary: "Create a recipient case (optionally its first authorised hours and the recipient's portal account); audited", body: createCaseRequest, answer: staffCaseView }),
  get: endpoint({ method: 'GET', path: '/api/staff/cases/:caseNumber', access: STAFF_ROLES, summary: 'A case with its authorised hours by month, assignments and recipient account; nothing sensitive', params: caseParams, answer: staffCaseView }),
  update: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber', access: STAFF_ROLES, summary: 'Edit a case (names, status, eligibility, address, phone, home, diagnoses); audited', params: caseParams, body: updateCaseRequest, answer: staffCaseView }),
  sensitive: endpoint({ method: 'GET', path: '/api/staff/cases/:caseNumber/sensitive', access: STAFF_ROLES, summary: 'Address, phone, diagnoses and home coordinates; every read is audited', params: caseParams, answer: staffCaseSensitiveView }),
  setAuthorization: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber/authorizations', access: STAFF_ROLES, summary: 'Set the authorised monthly minutes from a month on; audited', params: caseParams, body: authorizationInput, answer: staffCaseView }),
  assign: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber/assignments', access: STAFF_ROLES, summary: 'Assign a provider (by Provider ID); an overlap with their other assignment to this case answers 409 assignmentOverlaps', params: caseParams, body: createAssignmentRequest, answer: staffCaseView }),
  updateAssignment: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber/assignments/:assignmentId', access: STAFF_ROLES, summary: 'Change an assignment (dates, minutes, live-in, travel agreement); audited', params: assignmentParams, body: updateAssignmentRequest, answer: staffCaseView }),
  endAssignment: endpoint({ method: 'POST', path: '/api/staff/cases/:caseNumber/assignments/:assignmentId/end', access: STAFF_ROLES, summary: 'End an assignment on a date (its last day); audited', params: assignmentParams, body: endAssignmentRequest, answer: staffCaseView }),
  createRecipientAccount: endpoint({
    method: 'POST',
    path: '/api/staff/cases/:caseNumber/recipient-account',
    access: STAFF_ROLES,
    summary: 'Create the recipient\'s portal account (sign-in: the case number); the recipient chooses a password with "Forgot password?" and is told so by email',
    params: caseParams,
    body: recipientAccountRequest,
    answer: staffCaseView,
  }),
};
