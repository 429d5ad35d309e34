import { z } from 'zod';
import { email, personNameField, staffUsername } from './common.js';
import { countySummary } from './counties.js';
import { endpoint } from './endpoint.js';
import { deactivateRequest } from './staff.js';

/** The state admin's list of county admins (issue #6). */
const name = personNameField;

export const countyAdminView = z.object({
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().nullable(),
  county: countySummary,
  status: z.enum(['active', 'deactivated']),
  deactivatedReason: z.string().nullable(),
  createdAt: z.string(),
});

export const countyAdminList = z.object({ admins: z.array(countyAdminView) });
export const countyAdminListQuery = z.object({ county: z.string().regex(/^[a-z][a-z-]{1,40}$/).optional() });

/**
 * A new county admin. No password is set by anyone else: the new admin gets an email telling them to use
 * "Forgot password?" with their username, which sends a code to this address.
 */
export const createCountyAdminRequest = z.object({
  countyCode: z.number().int().min(1).max(58),
  loginId: staffUsername,
  firstName: name,
  lastName: name,
  email,
});

export const countyAdminParams = z.object({ loginId: staffUsername });

const STATE = ['state_admin'] as const;

export const countyAdminEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/state/county-admins', access: STATE, summary: 'County admins of every county (or one)', query: countyAdminListQuery, answer: countyAdminList }),
  create: endpoint({ method: 'POST', path: '/api/state/county-admins', access: STATE, summary: 'Create a county admin (they choose their password with "Forgot password?")', body: createCountyAdminRequest, answer: countyAdminView }),
  deactivate: endpoint({ method: 'POST', path: '/api/state/county-admins/:loginId/deactivate', access: STATE, summary: 'Deactivate a county admin, with a reason', params: countyAdminParams, body: deactivateRequest, answer: countyAdminView }),
  reinstate: endpoint({ method: 'POST', path: '/api/state/county-admins/:loginId/reinstate', access: STATE, summary: 'Reinstate a county admin', params: countyAdminParams, answer: countyAdminView }),
};
