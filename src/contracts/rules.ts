/**
 * The rules case: what `npm run rules -- evaluate CASE.json` reads and prints (docs/rules.md).
 * The field names of the issue's example are fixed so scripts written against them keep working;
 * everything added since is optional.
 */
import { z } from 'zod';
import {
  isIsoDate,
  parseClockTime,
  REASON_CODES,
  REASON_CODE_IDS,
  type EvaluationInput,
  type FindingCode,
} from '../domain/index';

const MINUTES_IN_A_MONTH = 31 * 25 * 60;
const MINUTES_IN_A_DAY = 25 * 60;

const isoDate = z.string().refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' });
const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' });
const clockTime = z.string().refine((t) => parseClockTime(t) !== undefined, { message: 'must be a time written HH:MM (00:00-24:00)' });
const minutes = (max: number) =>
  z.number().int({ message: 'must be whole minutes' }).min(0, { message: 'must not be negative' }).max(max, { message: `must be at most ${max} minutes` });

const dateWindow = z
  .object({ start: isoDate, end: isoDate.optional() })
  .refine((w) => w.end === undefined || w.end >= w.start, { message: 'end must not be before start', path: ['end'] });

export const rulesCaseEntry = z
  .object({
    recipientId: z.string().min(1, { message: 'must name a recipient' }),
    date: isoDate,
    workedMinutes: minutes(MINUTES_IN_A_DAY),
    travelMinutes: minutes(MINUTES_IN_A_DAY).optional(),
    startTime: clockTime.optional(),
    endTime: clockTime.optional(),
  })
  .refine((e) => (e.startTime === undefined) === (e.endTime === undefined), {
    message: 'startTime and endTime come together',
    path: ['endTime'],
  });

export const rulesCaseRecipient = z.object({
  id: z.string().min(1, { message: 'must not be empty' }),
  monthlyAuthorizedMinutes: minutes(MINUTES_IN_A_MONTH),
  assignedMonthlyMinutes: minutes(MINUTES_IN_A_MONTH).optional(),
  months: z
    .array(
      z.object({
        month: isoMonth,
        authorizedMinutes: minutes(MINUTES_IN_A_MONTH).optional(),
        assignedMinutes: minutes(MINUTES_IN_A_MONTH).optional(),
        claimedByOtherProvidersMinutes: minutes(MINUTES_IN_A_MONTH).optional(),
      }),
    )
    .optional(),
  rateCents: z.number().int({ message: 'must be whole cents' }).positive({ message: 'must be more than 0' }).max(100_000),
  rateChanges: z
    .array(z.object({ effective: isoDate, rateCents: z.number().int({ message: 'must be whole cents' }).positive().max(100_000) }))
    .optional(),
  overtimeException: z.union([z.boolean(), z.array(dateWindow)]).optional(),
  eligible: z.array(dateWindow).optional(),
  assigned: z.array(dateWindow).optional(),
});

export const rulesCase = z
  .object({
    provider: z.object({
      exemption: z.enum(['none', 'exemption1', 'exemption2'], { message: 'must be "none", "exemption1" or "exemption2"' }),
      eligible: z.array(dateWindow).optional(),
    }),
    recipients: z.array(rulesCaseRecipient).min(1, { message: 'must list at least one recipient' }),
    entries: z.array(rulesCaseEntry),
    priorEntries: z.array(rulesCaseEntry).optional(),
    today: isoDate.optional(),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.recipients.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `recipient id "${r.id}" is listed twice`, path: ['recipients', i, 'id'] });
      ids.add(r.id);
    });
    for (const list of ['entries', 'priorEntries'] as const) {
      c[list]?.forEach((e, i) => {
        if (!ids.has(e.recipientId)) {
          ctx.addIssue({ code: 'custom', message: `no recipient with id "${e.recipientId}" in "recipients"`, path: [list, i, 'recipientId'] });
        }
      });
    }
  });

export type RulesCase = z.infer<typeof rulesCase>;

/** The domain input of a case: the case already has its shape. */
export function toEvaluationInput(c: RulesCase): EvaluationInput {
  return c;
}

const FINDING_CODES = REASON_CODE_IDS.filter((c): c is FindingCode => REASON_CODES[c].kind !== 'denial') as [FindingCode, ...FindingCode[]];

const count = z.number().int().min(0);

export const rulesWorkweek = z.object({
  start: isoDate.describe('Sunday that starts the workweek'),
  end: isoDate.describe('Saturday that ends it'),
  workedMinutes: count,
  travelMinutes: count,
  regularMinutes: count,
  overtimeMinutes: count.describe('minutes past 40 hours, travel included, for all recipients'),
  claimedOvertimeMinutes: count.describe('the part of the overtime on `entries` (not on `priorEntries`)'),
  weeklyCapMinutes: count,
  recipients: z.array(
    z.object({ recipientId: z.string(), workedMinutes: count, travelMinutes: count, weeklyMaximumMinutes: count }),
  ),
});

export const rulesPayPeriod = z.object({
  start: isoDate,
  end: isoDate,
  recipientId: z.string(),
  workedMinutes: count,
  travelMinutes: count,
  regularMinutes: count,
  overtimeMinutes: count,
  grossCents: count,
  byRate: z.array(z.object({ rateCents: count, regularMinutes: count, overtimeMinutes: count })),
});

export const rulesFinding = z.object({
  code: z.enum(FINDING_CODES),
  kind: z.enum(['blocking', 'violation', 'exception', 'warning']),
  workweekStart: isoDate.optional(),
  payPeriodStart: isoDate.optional(),
  month: isoMonth.optional(),
  date: isoDate.optional(),
  recipientId: z.string().optional(),
  data: z.record(z.string(), z.union([z.string(), z.number()])),
  title: z.string().describe('plain-language title in the requested language'),
  howToFix: z.string(),
});

export const rulesEvaluation = z.object({
  workweeks: z.array(rulesWorkweek),
  payPeriods: z.array(rulesPayPeriod),
  findings: z.array(rulesFinding),
});

export type RulesEvaluation = z.infer<typeof rulesEvaluation>;
