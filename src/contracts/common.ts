import { z } from 'zod';
import type { MessageKey } from './messages/index.js';

/** A zod message that is a key into the shared message catalogue, so both ends can say it in any language. */
export const msg = (key: MessageKey) => ({ message: key });

/** Strips the spaces and dashes people type inside numbers (e.g. "900-000-001"). */
const digitsOnly = (v: unknown) => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v);

/** "123-45-6789" is a Social Security number, not a Provider ID: refuse it with the hint, never look it up. */
const SSN_SHAPE = /^\s*\d{3}[\s-]\d{2}[\s-]\d{4}\s*$/;
export const providerId = z
  .string(msg('providerIdShape'))
  .refine((v) => !SSN_SHAPE.test(v), msg('providerIdShape'))
  .transform((v) => v.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{9}$/, msg('providerIdShape')));
export const caseNumber = z.preprocess(digitsOnly, z.string(msg('caseNumberShape')).regex(/^\d{7}$/, msg('caseNumberShape')));
export const staffUsername = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() : v),
  z.string(msg('staffUsernameShape')).regex(/^[a-z][a-z0-9._-]{2,63}$/, msg('staffUsernameShape')),
);

export const isoDate = z
  .string(msg('dateShape'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('dateShape'))
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, msg('dateShape'));

export const email = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim() : v),
  z.string(msg('emailShape')).max(254, msg('emailShape')).pipe(z.email(msg('emailShape'))),
);

export const sixDigitCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/\s/g, '') : v),
  z.string(msg('codeShape')).regex(/^\d{6}$/, msg('codeShape')),
);

/**
 * NIST SP 800-63B rev 4, 3.1.1.2: at least 15 characters when the password is the only factor, at least 64
 * accepted (we take 128), no composition rules. The blocklist check happens on the server, which holds the list.
 */
export const PASSWORD_MIN = 15;
export const PASSWORD_MAX = 128;
export const password = z
  .string(msg('required'))
  .refine((p) => [...p].length >= PASSWORD_MIN, { message: 'passwordTooShort', params: { min: PASSWORD_MIN } })
  .refine((p) => [...p].length <= PASSWORD_MAX, { message: 'passwordTooLong', params: { max: PASSWORD_MAX } });

export const fieldError = z.object({
  path: z.string().describe('Dotted path of the field, e.g. "answers.1.answer"'),
  code: z.string().describe('Key into the message catalogue'),
  message: z.string(),
  params: z.record(z.string(), z.unknown()).optional(),
});

export const apiError = z.object({
  error: z.object({
    code: z.string().describe('Stable key into the message catalogue'),
    message: z.string().describe("Plain-language message in the request's language"),
    params: z.record(z.string(), z.unknown()).optional(),
    fields: z.array(fieldError).optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;

export const ok = z.object({ ok: z.literal(true) });
