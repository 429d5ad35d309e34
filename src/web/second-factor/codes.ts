import type { Issue } from '../forms/issues';

/*
 * The shapes of the codes the second step asks for, as the contracts check them (sixDigitCode in contracts/common.ts,
 * recoveryCode in contracts/second-factors.ts; codes.test.ts holds the two to the same answers). They are written out
 * here because the contracts bring zod, about 30 KB gzipped, which the sign-in page cannot carry (issue #13).
 */

/** A 6-digit code as sent: spaces a person typed or a phone pasted are dropped. */
export const sixDigitValue = (typed: string) => typed.replace(/\s/g, '');

export const sixDigitIssue = (typed: string): Issue | undefined => (/^\d{6}$/.test(sixDigitValue(typed)) ? undefined : { code: 'codeShape' });

/** A recovery code as sent: dashes, spaces and case as printed or typed do not matter. */
export const recoveryCodeValue = (typed: string) => typed.replace(/[\s-]/g, '').toUpperCase();

export const recoveryCodeIssue = (typed: string): Issue | undefined =>
  /^[0-9A-HJKMNP-TV-Z]{10}$/.test(recoveryCodeValue(typed)) ? undefined : { code: 'recoveryCodeShape' };

/** The server's refusals about the code typed: said beside the field, not only at the top of the form. */
export const CODE_FIELD_ERRORS = new Set(['codeShape', 'codeWrong', 'codeExpired', 'codeTooManyTries', 'factorCodeWrong', 'recoveryCodeShape', 'recoveryCodeWrong']);
