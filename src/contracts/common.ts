import { z } from 'zod';
import { isIsoDate } from '../domain/calendar.js';
import type { MessageKey } from './messages/index.js';

/** A zod message that is a key into the shared message catalogue, so both ends can say it in any language. */
export const msg = (key: MessageKey) => ({ message: key });

/**
 * Characters no text field takes: control characters (C0 with NUL, DEL, C1: Unicode category Cc), lone surrogate
 * halves (category Cs: a pair is one emoji, a half is broken text that UTF-8, hence PostgreSQL, cannot hold) and the
 * noncharacters U+FDD0-U+FDEF and U+xFFFE/U+xFFFF, which Unicode (chapter 23.7) reserves for a program's own use,
 * never for interchange. PostgreSQL refuses NUL in text outright (SQLSTATE 22021).
 */
const REFUSED = /[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
/** The same, except the line break and tab a multi-line field takes (\r\n arrives already made \n). */
const REFUSED_MULTILINE = /(?![\t\n])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;
/** The same for text kept exactly as sent (a file): its \r\n line ends stay, a lone \r does not. */
const REFUSED_VERBATIM_MULTILINE = /\r(?!\n)|(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** The words with every character no field takes left out: for what a caller sends unasked (a browser's user agent). */
export function withoutRefusedCharacters(value: string): string {
  return value.replace(new RegExp(REFUSED.source, 'gu'), '');
}

/** Characters as people and PostgreSQL's length() count them (code points), not UTF-16 units; stops past `limit`. */
function countCharacters(s: string, limit: number): number {
  if (s.length <= limit) return [...s].length;
  let n = 0;
  for (const _ of s) if (++n > limit) break;
  return n;
}

export interface TextOptions {
  /** The most characters (code points, as PostgreSQL's length() counts them): the column's limit, or the form's. */
  max: number;
  /** The fewest characters once trimmed; 1 unless said, 0 takes an empty string. */
  min?: number;
  /** Takes line breaks and tabs (a text area); \r\n and a lone \r become \n. Otherwise the value is one line. */
  multiline?: boolean;
  /** Kept exactly as sent, neither trimmed nor its line ends changed: a password, or a file whose hash is recorded. */
  verbatim?: boolean;
  /** The field's own words when the value is missing, too short or too long (they say the limits themselves). */
  message?: MessageKey;
  /** Words for a value too short, when they differ from `message`; the issue's params carry `min`. */
  tooShort?: MessageKey;
  /** Words for a value too long, when they differ from `message`; the issue's params carry `max`. */
  tooLong?: MessageKey;
}

const TEXT_CHECKS = new WeakSet<(ctx: z.core.ParsePayload<string>) => void>();

/**
 * The one way a request contract declares free text: trimmed (unless verbatim), capped in characters, and refusing
 * NUL and every other character a person cannot have meant to type (see REFUSED), each refusal saying what to fix
 * and where. Line breaks and tabs are taken only by a multi-line field. Free text that has a shape (a date, an ID)
 * is a regex-checked type instead, which is stricter. The JSON Schema (OpenAPI) gets minLength/maxLength, which
 * JSON Schema also counts in code points.
 */
export function text({ max, min = 1, multiline = false, verbatim = false, message, tooShort, tooLong }: TextOptions) {
  const refused = multiline ? (verbatim ? REFUSED_VERBATIM_MULTILINE : REFUSED_MULTILINE) : REFUSED;
  let schema = z.string(msg(message ?? 'required'));
  if (!verbatim) {
    schema = schema.trim();
    if (multiline) schema = schema.overwrite((v) => v.replace(/\r\n?/g, '\n'));
  }
  const check = (ctx: z.core.ParsePayload<string>) => {
    const value = ctx.value;
    const bad = refused.exec(value);
    if (bad) {
      const char = bad[0].codePointAt(0) ?? 0;
      const position = countCharacters(value.slice(0, bad.index), Number.POSITIVE_INFINITY) + 1;
      const lineBreak = !multiline && (char === 0x0a || char === 0x0d || char === 0x09);
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: lineBreak ? 'textOneLine' : 'textControlChar',
        params: { position, character: `U+${char.toString(16).toUpperCase().padStart(4, '0')}` },
      });
      return;
    }
    const length = countCharacters(value, max);
    if (length < min) {
      ctx.issues.push({ code: 'custom', input: value, message: tooShort ?? message ?? (min <= 1 ? 'required' : 'textTooShort'), params: { min } });
    } else if (length > max) {
      ctx.issues.push({ code: 'custom', input: value, message: tooLong ?? message ?? 'textTooLong', params: { max } });
    }
  };
  TEXT_CHECKS.add(check);
  return schema.check(check).meta({ minLength: min, maxLength: max });
}

/** Whether a string schema was declared with text() (or derived from one): how the contract tests tell it from a bare z.string(). */
export function isTextSchema(schema: z.ZodType): boolean {
  const checks = (schema._zod.def as { checks?: { _zod: { check: unknown } }[] }).checks ?? [];
  return checks.some((c) => TEXT_CHECKS.has(c._zod.check as (ctx: z.core.ParsePayload<string>) => void));
}

/** Strips the spaces and dashes people type inside numbers (e.g. "900-000-001"). */
export const digitsOnly = (v: unknown) => (typeof v === 'string' ? v.replace(/[\s-]/g, '') : v);

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

/** A person's first or last name as the county records it (users and cases CHECK 1 to 100 characters). */
export const personNameField = text({ max: 100, message: 'nameShape' });

/**
 * The years a date or instant may fall in: the span the calendar functions are proven over (src/domain/calendar.test.ts).
 * It keeps out year 0 (PostgreSQL has none) and years whose day arithmetic would leave four digits.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;
const inYears = (s: string) => {
  const year = Number(s.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
};
const yearRange = { message: 'dateOutOfRange', params: { min: `${FIRST_YEAR}-01-01`, max: `${LAST_YEAR}-12-31` } } as const;

export const isoDate = z
  .string(msg('dateShape'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg('dateShape'))
  // A day that exists (not 2026-02-30), checked by arithmetic: every date of every answer passes here.
  .refine(isIsoDate, msg('dateShape'))
  .refine(inYears, yearRange);

/** `YYYY-MM`. */
export const isoMonth = z
  .string(msg('monthShape'))
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, msg('monthShape'))
  .refine(inYears, yearRange);

/**
 * An instant with its offset, as the device's clock read it at the tap: `2026-03-02T09:00:12-08:00`. Offsets run from
 * -12:00 to +14:00 on Earth (IANA tz); PostgreSQL refuses those past 15:59 (SQLSTATE 22009), so the rest are refused.
 */
export const instant = z.iso
  .datetime({ offset: true, message: 'instantShape' })
  .refine((s) => {
    const offset = /([+-])(\d{2}):(\d{2})$/.exec(s);
    if (!offset) return true;
    const minutes = Number(offset[2]) * 60 + Number(offset[3]);
    return offset[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60;
  }, msg('instantShape'))
  .refine(inYears, yearRange);

/** The largest PostgreSQL `integer` (int4): no number a request gives may overflow a column. */
export const INT4_MAX = 2_147_483_647;

/**
 * A record's id in a path or query string (text, hence coerced): a positive int4. The id columns are bigint, but no
 * table comes near 2^31 rows, and a bound keeps "1e400" or 2^63 from the database.
 */
export const idParam = z.coerce.number().int().min(1).max(INT4_MAX);
/** A record's id in a JSON body: a number, never a string. */
export const recordId = z.number().int().min(1).max(INT4_MAX);

/**
 * A whole number in a range. Anything else - a string, null, NaN (an empty field), a fraction - is the one
 * "numberRange" issue with its limits, so the message always says which numbers it takes.
 */
export const wholeNumber = ({ min, max }: { readonly min: number; readonly max: number }) =>
  z
    .custom<number>((n) => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max, { message: 'numberRange', params: { min, max } })
    .meta({ type: 'integer', minimum: min, maximum: max });

/**
 * A whole number in a range, typed into a filter and read from a query string: its digits as a number, anything else
 * kept as typed, so that it too is refused as "numberRange" with its limits (zod's coercion answers in English).
 */
export const wholeNumberParam = (range: { readonly min: number; readonly max: number }) =>
  z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), wholeNumber(range));

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
/**
 * A new password. Spaces count and are kept (800-63B 3.1.1.2: no truncation, all printing characters and the space
 * allowed); control characters are refused, as no keyboard types them.
 */
export const password = text({ min: PASSWORD_MIN, max: PASSWORD_MAX, verbatim: true, tooShort: 'passwordTooShort', tooLong: 'passwordTooLong' });
/**
 * A password typed to sign in or to confirm a change: as sent (a password set with spaces around it still matches),
 * with a generous cap rather than PASSWORD_MAX, so a password chosen under other rules still signs in.
 */
export const enteredPassword = text({ max: 1024, verbatim: true });

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
