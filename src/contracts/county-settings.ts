import { LANGUAGES } from './messages/languages.js';
import { z } from 'zod';
import { email, isoDate, msg, text, wholeNumber } from './common.js';
import { countySlugParams, countySummary } from './counties.js';
import { endpoint } from './endpoint.js';

/**
 * A county's own settings, edited by its county admin (a state admin: any county). The ranges are the
 * database's CHECKs (0001_foundation.sql); the screen shows them beside each field.
 */
export const POLICY_LIMITS = {
  lockoutThreshold: { min: 3, max: 20 },
  lockoutMinutes: { min: 5, max: 10080 },
  idleTimeoutMinutes: { min: 2, max: 60 },
  absoluteTimeoutMinutes: { min: 30, max: 1440 },
} as const;

/**
 * Languages a county may offer: every language the portal speaks (the state portal's English, Spanish, Chinese and
 * Armenian, and the county EVV guides' Vietnamese, Tagalog, Russian and Korean; SEIU 2015, SF HSA).
 */
export const OFFERED_LANGUAGES = LANGUAGES;

/**
 * The random signature check (LA DPSS "timesheet exceptions: holds"): how many clean timesheets out of 1,000, once
 * their recipient approved them, go to the county's payroll queue anyway (reason RANDOM_HOLD). 0 turns it off; at
 * most 100, 1 in 10 (the CHECK in 0007_county_random_hold.sql).
 */
export const RANDOM_HOLD_LIMITS = { min: 0, max: 100 } as const;

const range = (k: keyof typeof POLICY_LIMITS) => wholeNumber(POLICY_LIMITS[k]);

export const countySettings = z.object({
  county: countySummary,
  helpDesk: z.object({ phone: z.string().nullable(), email: z.string().nullable(), hours: z.string().nullable() }),
  policy: z.object({
    lockoutThreshold: z.number().int(),
    lockoutMinutes: z.number().int(),
    idleTimeoutMinutes: z.number().int(),
    absoluteTimeoutMinutes: z.number().int(),
    securityQuestionsAllowed: z.boolean(),
    requireSecondFactor: z.boolean().describe('Providers and recipients of the county must add a second factor (staff always must)'),
  }),
  languages: z.array(z.string()),
  randomHoldPerMille: z.number().int().describe('Clean timesheets out of 1,000 held for the random signature check (0: off)'),
  limits: z.object(
    Object.fromEntries(Object.keys(POLICY_LIMITS).map((k) => [k, z.object({ min: z.number(), max: z.number() })])) as Record<
      keyof typeof POLICY_LIMITS,
      z.ZodObject<{ min: z.ZodNumber; max: z.ZodNumber }>
    >,
  ),
  wageRates: z
    .array(z.object({ effectiveFrom: isoDate, rateCents: z.number().int() }))
    .describe('Hourly wage by effective date (read-only here: GET/POST /api/staff/counties/:slug/wage-rates)'),
  updatedAt: z.string(),
});
export type CountySettings = z.infer<typeof countySettings>;

export const updateCountySettingsRequest = z
  .object({
    helpDesk: z
      .object({
        phone: z
          .string(msg('helpPhoneShape'))
          .trim()
          .regex(/^[0-9()+ .-]{7,25}$/, msg('helpPhoneShape'))
          .nullable(),
        email: email.nullable(),
        hours: text({ max: 200 }).nullable(),
      })
      .optional(),
    lockoutThreshold: range('lockoutThreshold').optional(),
    lockoutMinutes: range('lockoutMinutes').optional(),
    idleTimeoutMinutes: range('idleTimeoutMinutes').optional(),
    absoluteTimeoutMinutes: range('absoluteTimeoutMinutes').optional(),
    securityQuestionsAllowed: z.boolean().optional(),
    requireSecondFactor: z.boolean().optional(),
    languages: z
      .array(z.enum(OFFERED_LANGUAGES))
      .min(1, msg('languagesShape'))
      .refine((l) => new Set(l).size === l.length, msg('languagesShape'))
      .optional(),
    randomHoldPerMille: wholeNumber(RANDOM_HOLD_LIMITS)
      .optional()
      .describe('Clean timesheets out of 1,000 held for the random signature check, 0-100; applies to approvals from now on'),
  })
  .refine((r) => Object.values(r).some((v) => v !== undefined), { message: 'nothingToChange' });
export type UpdateCountySettingsRequest = z.infer<typeof updateCountySettingsRequest>;

/**
 * A county's hourly wage by effective date (issue #6). Rates are only ever added, never edited or removed, and a
 * new rate may not start on or before the last day of a pay period for which a timesheet of the county has
 * already been submitted: what was submitted is what payroll pays; back pay for earlier periods is a payroll
 * adjustment, not a rewrite of submitted timesheets. `earliestEffectiveFrom` says the first date allowed.
 */
export const wageRateView = z.object({ effectiveFrom: isoDate, rateCents: z.number().int(), note: z.string().nullable() });
export const wageRateList = z.object({
  county: countySummary,
  rates: z.array(wageRateView).describe('Oldest first; each applies from its date until the next'),
  earliestEffectiveFrom: isoDate.nullable().describe('The first date a new rate may start on (null: any date; no timesheet submitted yet)'),
});
export type WageRateList = z.infer<typeof wageRateList>;

/** wage_rates.rate_cents CHECK (0002_workday.sql): more than 0, at most $1,000.00 an hour. */
export const WAGE_RATE_CENTS = { min: 1, max: 100_000 } as const;

export const addWageRateRequest = z.object({
  effectiveFrom: isoDate,
  rateCents: wholeNumber(WAGE_RATE_CENTS).describe('Hourly wage in cents, e.g. 1820 for $18.20'),
  note: text({ max: 200 }).optional().describe('e.g. "Board of Supervisors resolution 2026-14"'),
});
export type AddWageRateRequest = z.infer<typeof addWageRateRequest>;

const ADMINS = ['county_admin', 'state_admin'] as const;

export const countySettingsEndpoints = {
  get: endpoint({ method: 'GET', path: '/api/staff/counties/:slug/settings', access: ADMINS, summary: "A county's help desk, security policy, languages and wage rates", params: countySlugParams, answer: countySettings }),
  update: endpoint({ method: 'POST', path: '/api/staff/counties/:slug/settings', access: ADMINS, summary: "Change a county's settings (audited)", params: countySlugParams, body: updateCountySettingsRequest, answer: countySettings }),
  wageRates: endpoint({ method: 'GET', path: '/api/staff/counties/:slug/wage-rates', access: ADMINS, summary: "A county's hourly wage by effective date, and the earliest date a new rate may start", params: countySlugParams, answer: wageRateList }),
  addWageRate: endpoint({ method: 'POST', path: '/api/staff/counties/:slug/wage-rates', access: ADMINS, summary: 'Add a wage rate from a date (after the last submitted pay period; one per date); audited', params: countySlugParams, body: addWageRateRequest, answer: wageRateList }),
};
