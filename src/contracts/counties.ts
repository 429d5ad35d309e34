import { z } from 'zod';
import { endpoint } from './endpoint.js';

/** The statewide IHSS service desk, shown wherever a county has no help-desk data of its own. */
export const STATEWIDE_HELP_DESK = { phone: '(866) 376-7066', email: null, hours: null } as const;

export const countySummary = z.object({
  code: z.number().int().min(1).max(58),
  slug: z.string(),
  name: z.string(),
});

export const helpDesk = z.object({
  phone: z.string(),
  email: z.string().nullable(),
  hours: z.string().nullable(),
  statewide: z.boolean().describe('True when the county has no help desk of its own on file'),
});
export type HelpDesk = z.infer<typeof helpDesk>;

export const countyDetail = countySummary.extend({
  fips: z.string(),
  helpDesk,
  languages: z.array(z.string()),
  policy: z.object({
    lockoutThreshold: z.number().int(),
    lockoutMinutes: z.number().int(),
    idleTimeoutMinutes: z.number().int(),
    absoluteTimeoutMinutes: z.number().int(),
    securityQuestionsAllowed: z.boolean(),
  }),
});
export type CountyDetail = z.infer<typeof countyDetail>;

export const countyList = z.object({ counties: z.array(countySummary) });
export const countySlugParams = z.object({ slug: z.string().regex(/^[a-z][a-z-]{1,40}$/) });

export const countyEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/counties', access: 'public', summary: 'All 58 counties', answer: countyList }),
  get: endpoint({ method: 'GET', path: '/api/counties/:slug', access: 'public', summary: "A county's entry page data: help desk, languages, sign-in policy", params: countySlugParams, answer: countyDetail }),
};
