import { z } from 'zod';
import { ROLES } from './auth.js';
import { text } from './common.js';

export const accountLookupParams = z.object({
  loginId: text({ min: 3, max: 64, tooShort: 'required', tooLong: 'notFound' }).describe('Provider ID, case number or staff username'),
});

export const staffAccountView = z.object({
  id: z.number().int(),
  loginId: z.string(),
  role: z.enum(ROLES),
  firstName: z.string(),
  lastName: z.string(),
  county: z.object({ slug: z.string(), name: z.string() }).nullable(),
  status: z.enum(['active', 'deactivated']),
  deactivatedReason: z.string().nullable().describe('Shown to the person if they try to sign in'),
  setUp: z.boolean().describe('Whether the person has created their account'),
  failedAttempts: z.number().int(),
  lockedUntil: z.string().nullable(),
});
export type StaffAccountView = z.infer<typeof staffAccountView>;

export const deactivateRequest = z.object({
  reason: text({ min: 3, max: 500, multiline: true, message: 'deactivateReasonShape' }),
});

export const outboxList = z.object({
  messages: z.array(
    z.object({
      id: z.number().int(),
      createdAt: z.string(),
      to: z.string(),
      subject: z.string(),
      body: z.string(),
      channel: z.enum(['email', 'sms']).optional().describe('sms: a text kept by the demo text sender'),
    }),
  ),
});
