import { z } from 'zod';
import { STAFF_ROLES, COUNTY_STAFF } from './auth.js';
import { email, isoDate, msg, personNameField, providerId } from './common.js';
import { countySummary, helpDesk } from './counties.js';
import { endpoint } from './endpoint.js';
import { LANGUAGES } from './messages/index.js';
import { mailingAddress, phoneNumber } from './profile.js';

/**
 * Provider enrolment by county staff (issue #6). The county records who the provider is and that orientation
 * and the background check are done; the portal issues the 9-digit Provider ID and the letter that tells the
 * provider how to create their account. The SSN's last 4 digits are kept only as an HMAC.
 */
const name = personNameField;

export const enrolProviderRequest = z.object({
  firstName: name,
  lastName: name,
  dateOfBirth: isoDate,
  ssnLast4: z.string(msg('ssnLast4Shape')).trim().regex(/^\d{4}$/, msg('ssnLast4Shape')),
  email: email.optional().describe('Shown masked at set-up; the provider confirms an address with a code either way'),
  phone: phoneNumber.optional().describe('For text notifications, once the provider opts in'),
  mailingAddress: mailingAddress.optional().describe('Where the letter is posted'),
  preferredLanguage: z.enum(LANGUAGES).default('en').describe('Language of the letter, the emails and the texts'),
  orientationCompletedOn: isoDate.describe('Provider orientation completed (required before a Provider ID is issued)'),
  backgroundCheckClearedOn: isoDate.describe('Criminal background check cleared (required before a Provider ID is issued)'),
});
export type EnrolProviderRequest = z.infer<typeof enrolProviderRequest>;

export const CREATE_ACCOUNT_NEEDS = ['providerId', 'lastName', 'dateOfBirth', 'ssnLast4', 'email'] as const;

/** What the printable letter says; the web app renders it as an HTML page in the letter's language. */
export const enrolmentLetter = z.object({
  providerId: z.string().describe('The new 9-digit Provider ID: the provider signs in with it'),
  firstName: z.string(),
  lastName: z.string(),
  county: countySummary,
  enrolledOn: isoDate.describe('California date the Provider ID was issued'),
  language: z.enum(LANGUAGES),
  mailingAddress: mailingAddress.extend({ unit: z.string().nullable() }).nullable(),
  createAccount: z.object({
    path: z.literal('/create-account').describe('Path on the portal (the letter prints the address, never a sign-in link)'),
    youWillNeed: z.array(z.enum(CREATE_ACCOUNT_NEEDS)),
  }),
  steps: z.object({ orientationCompletedOn: isoDate, backgroundCheckClearedOn: isoDate }),
  helpDesk,
  neverAsksForPassword: z.literal(true),
});
export type EnrolmentLetter = z.infer<typeof enrolmentLetter>;

export const enrolmentParams = z.object({ providerId });

export const enrolmentList = z.object({
  enrolments: z.array(
    z.object({
      providerId: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      enrolledAt: z.string(),
      enrolledBy: z.string(),
      setUp: z.boolean().describe('The provider has created their account'),
      status: z.enum(['active', 'deactivated']),
    }),
  ),
});

export const enrolmentListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  county: z.string().regex(/^[a-z][a-z-]{1,40}$/).optional().describe('State admins: which county'),
});


export const enrolmentEndpoints = {
  enrol: endpoint({ method: 'POST', path: '/api/staff/enrolments', access: COUNTY_STAFF, summary: 'Enrol a provider: issues the Provider ID and the letter', body: enrolProviderRequest, answer: enrolmentLetter }),
  list: endpoint({ method: 'GET', path: '/api/staff/enrolments', access: STAFF_ROLES, summary: 'Recent enrolments of the county', query: enrolmentListQuery, answer: enrolmentList }),
  letter: endpoint({ method: 'GET', path: '/api/staff/enrolments/:providerId/letter', access: STAFF_ROLES, summary: 'The printable letter again (reprint)', params: enrolmentParams, answer: enrolmentLetter }),
};
