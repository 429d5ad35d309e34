import { z } from 'zod';
import { email, personNameField, staffUsername } from './common.js';
import { countySummary } from './counties.js';

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
