import { z } from 'zod';
import { caseNumber, email, enteredPassword, isoDate, msg, ok, password, providerId, sixDigitCode, staffUsername, text } from './common.js';
import { helpDesk } from './counties.js';
import { endpoint } from './endpoint.js';
import { SECURITY_QUESTIONS } from './security-questions.js';
import { LANGUAGES } from './messages/languages.js';

export const ROLES = ['provider', 'recipient', 'county_worker', 'county_admin', 'state_admin'] as const;
export type Role = (typeof ROLES)[number];
export const STAFF_ROLES = ['county_worker', 'county_admin', 'state_admin'] as const satisfies readonly Role[];
/** The staff of one county: the roles whose work is scoped to their own county's people and cases. */
export const COUNTY_STAFF = ['county_worker', 'county_admin'] as const satisfies readonly Role[];

export const ACCOUNT_TYPES = ['provider', 'recipient', 'staff'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** The login id's shape depends on who signs in; each shape has its own hint. */
export const signInRequest = z.discriminatedUnion('accountType', [
  z.object({ accountType: z.literal('provider'), loginId: providerId, password: enteredPassword }),
  z.object({ accountType: z.literal('recipient'), loginId: caseNumber, password: enteredPassword }),
  z.object({ accountType: z.literal('staff'), loginId: staffUsername, password: enteredPassword }),
]);
export type SignInRequest = z.infer<typeof signInRequest>;

export const loginIdFor = { provider: providerId, recipient: caseNumber, staff: staffUsername } as const;

export const sessionUser = z.object({
  id: z.number().int(),
  role: z.enum(ROLES),
  loginId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  county: z.object({ slug: z.string(), name: z.string() }).nullable(),
  helpDesk,
  language: z.enum(LANGUAGES).describe("The account's language: its emails and texts are written in it, and a sign-in on a new device shows it"),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** The second factors a person can give after the password (issue #14; src/contracts/second-factors.ts). */
export const FACTOR_KINDS = ['passkey', 'totp', 'sms', 'recovery_code'] as const;
export type FactorKind = (typeof FACTOR_KINDS)[number];
export const factorKind = z.enum(FACTOR_KINDS);

const demo = z.boolean().describe('The portal runs as a demo: its console shows buttons that do by hand what the live portal does on a schedule or from a file');
export const sessionState = z.discriminatedUnion('authenticated', [
  z.object({
    authenticated: z.literal(false),
    csrfToken: z.string(),
    demo,
    secondFactor: z
      .object({
        methods: z.array(factorKind).describe('The factors the account has, to choose from'),
        preferred: factorKind.describe('Asked for first: the one used last'),
        textPhone: z.string().nullable().describe('The verified phone, masked, when texts are one of the methods'),
      })
      .optional()
      .describe('The password was right; the sign-in finishes with one of these'),
  }),
  z.object({
    authenticated: z.literal(true),
    csrfToken: z.string(),
    demo,
    user: sessionUser,
    idleTimeoutSeconds: z.number().int(),
    idleExpiresAt: z.string().describe('ISO instant when the session ends without activity'),
    absoluteExpiresAt: z.string().describe('ISO instant when the session ends regardless'),
    security: z.object({
      mustAddFactor: z.boolean().describe('Staff, or a county that requires it: a second factor is set up before anything else'),
      inviteToAddFactor: z.boolean().describe('No second factor yet, and the invitation was not skipped in the last 30 days'),
    }),
  }),
]);
export type SessionState = z.infer<typeof sessionState>;

export const lockedError = z.object({
  error: z.object({
    code: z.literal('accountLocked'),
    message: z.string(),
    params: z.object({ until: z.string(), phone: z.string() }),
    lockedUntil: z.string(),
    helpDesk,
  }),
});

// --- First-time set-up -------------------------------------------------------------------------------

export const setupIdentityRequest = z.object({
  providerId,
  lastName: text({ max: 100, message: 'lastNameShape' }),
  dateOfBirth: isoDate,
  ssnLast4: z.string(msg('ssnLast4Shape')).trim().regex(/^\d{4}$/, msg('ssnLast4Shape')),
});
export const setupIdentityResponse = z.object({
  flowToken: z.string(),
  firstName: z.string(),
  securityQuestionsAllowed: z.boolean(),
  emailOnFile: z.string().nullable().describe('Masked email the county recorded, if any'),
});

export const flowToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, msg('flowExpired'));

export const sendEmailCodeRequest = z.object({ flowToken, email });
export const codeSentResponse = z.object({
  sentTo: z.string().describe('Masked address'),
  expiresAt: z.string(),
});
export const verifyCodeRequest = z.object({ flowToken, code: sixDigitCode });

const answer = text({ min: 2, max: 100, message: 'answerShape' });
export const securityAnswers = z
  .array(z.object({ questionId: z.enum(SECURITY_QUESTIONS, msg('required')), answer }))
  .length(3, msg('questionsDistinct'))
  .refine((a) => new Set(a.map((x) => x.questionId)).size === a.length, msg('questionsDistinct'));

export const completeSetupRequest = z.object({
  flowToken,
  password,
  securityAnswers: securityAnswers.optional(),
});

// --- Password reset ------------------------------------------------------------------------------------

export const RESET_METHODS = ['email', 'questions'] as const;
export const resetStartRequest = z.discriminatedUnion('accountType', [
  z.object({ accountType: z.literal('provider'), loginId: providerId, method: z.enum(RESET_METHODS) }),
  z.object({ accountType: z.literal('recipient'), loginId: caseNumber, method: z.enum(RESET_METHODS) }),
  z.object({ accountType: z.literal('staff'), loginId: staffUsername, method: z.enum(RESET_METHODS) }),
]);
/** The same shape whether or not the account exists, so the answer reveals nothing. */
export const resetStartResponse = z.object({
  flowToken: z.string(),
  method: z.enum(RESET_METHODS),
  questions: z.array(z.enum(SECURITY_QUESTIONS)).optional(),
});
export const resetAnswersRequest = z.object({
  flowToken,
  answers: z.array(answer).length(3, msg('answerShape')),
});
export const resetCompleteRequest = z.object({ flowToken, password });

// --- History -------------------------------------------------------------------------------------------

export const SIGN_IN_EVENTS = [
  'sign_in.success',
  'sign_in.failure',
  'sign_in.locked',
  'account.locked',
  'account.unlocked',
  'password.reset',
  'account.setup',
  'sign_out',
  'session.expired',
] as const;

export const NETWORK_KINDS = ['loopback', 'private', 'carrier', 'internet'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** The page's language, kept on the account so its mail and texts, and its next sign-in elsewhere, follow it. */
export const setLanguageRequest = z.object({ language: z.enum(LANGUAGES) });

export const signInHistory = z.object({
  events: z.array(
    z.object({
      at: z.string(),
      action: z.enum(SIGN_IN_EVENTS),
      outcome: z.enum(['success', 'failure', 'denied']),
      ip: z.string().nullable().describe('Network address the request came from'),
      network: z.enum(NETWORK_KINDS).nullable().describe('Where that address sits'),
      device: z.string().nullable().describe('Browser and system, read from the user agent'),
    }),
  ),
});

/** A refusal of sign-in or set-up that names when a lock ends and whom to call, beyond the plain error. */
const locked = { 423: lockedError };

export const authEndpoints = {
  session: endpoint({ method: 'GET', path: '/api/session', access: 'optional', stages: ['pending', 'enrol'], summary: 'Who is signed in, and the CSRF token', answer: sessionState }),
  keepAlive: endpoint({ method: 'POST', path: '/api/session/keep-alive', access: 'authenticated', stages: ['enrol'], summary: '"Stay signed in": restarts the idle clock', answer: sessionState }),
  signIn: endpoint({ method: 'POST', path: '/api/auth/sign-in', access: 'public', summary: 'Sign in with a Provider ID, case number or staff username', body: signInRequest, answer: sessionState, otherAnswers: locked }),
  signOut: endpoint({ method: 'POST', path: '/api/auth/sign-out', access: 'optional', stages: ['pending', 'enrol'], summary: 'Ends the session on the server', answer: ok, endsSession: true }),
  setupIdentity: endpoint({ method: 'POST', path: '/api/auth/setup/identity', access: 'public', summary: 'Step 1: prove who you are with the details the county recorded', body: setupIdentityRequest, answer: setupIdentityResponse, otherAnswers: locked }),
  setupEmailCode: endpoint({ method: 'POST', path: '/api/auth/setup/email-code', access: 'public', summary: 'Step 2: send a 6-digit code to an email address', body: sendEmailCodeRequest, answer: codeSentResponse }),
  setupVerifyEmail: endpoint({ method: 'POST', path: '/api/auth/setup/verify-email', access: 'public', summary: 'Step 3: confirm the email with its code', body: verifyCodeRequest, answer: ok }),
  setupComplete: endpoint({ method: 'POST', path: '/api/auth/setup/complete', access: 'public', summary: 'Step 4: choose a password (and security questions where the county allows)', body: completeSetupRequest, answer: ok }),
  resetStart: endpoint({ method: 'POST', path: '/api/auth/reset/start', access: 'public', summary: 'Start a reset; the answer is the same whether or not the account exists', body: resetStartRequest, answer: resetStartResponse }),
  resetVerifyCode: endpoint({ method: 'POST', path: '/api/auth/reset/verify-code', access: 'public', summary: 'Check the emailed code', body: verifyCodeRequest, answer: ok }),
  resetAnswers: endpoint({ method: 'POST', path: '/api/auth/reset/answers', access: 'public', summary: 'Answer the security questions', body: resetAnswersRequest, answer: ok }),
  resetComplete: endpoint({ method: 'POST', path: '/api/auth/reset/complete', access: 'public', summary: 'Set the new password: lifts a lock, ends every session, sends a notice', body: resetCompleteRequest, answer: ok }),
  setLanguage: endpoint({ method: 'POST', path: '/api/me/language', access: 'authenticated', stages: ['enrol'], summary: "Keep a language on the account: its emails and texts are written in it", body: setLanguageRequest, answer: ok }),
  signInHistory: endpoint({ method: 'GET', path: '/api/me/sign-in-history', access: 'authenticated', summary: 'Your sign-ins, failures, lockouts, resets and sign-outs', answer: signInHistory }),
};
