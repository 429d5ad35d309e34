/**
 * Second factors (issue #14): passkeys, an authenticator app, text-message codes and recovery codes, asked for after
 * the password (NIST SP 800-63B rev 4, AAL2), or a passkey alone (phishing-resistant, two factors in one).
 */
import { z } from 'zod';
import { enteredPassword, idParam, msg, ok, sixDigitCode, text } from './common.js';
import { endpoint } from './endpoint.js';
import { phoneNumber } from './profile.js';
import { accountLookupParams } from './staff.js';
import { factorKind, sessionState } from './auth.js';

export { FACTOR_KINDS, factorKind, type FactorKind } from './auth.js';

/** Re-authentication (a password or a factor) lasts this long for changes of email, phone, password or factors. */
export const REAUTH_MINUTES = 5;
/** A skipped invitation to add a factor comes back after this many days. */
export const FACTOR_INVITE_DAYS = 30;
export const RECOVERY_CODE_COUNT = 10;

/** A recovery code as printed: 10 letters and digits in two groups (`7KQM2-X9D4P`); case, spaces and dashes ignored. */
export const recoveryCode = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/[\s-]/g, '').toUpperCase() : v),
  z.string(msg('recoveryCodeShape')).regex(/^[0-9A-HJKMNP-TV-Z]{10}$/, msg('recoveryCodeShape')),
);

const base64url = z.string().max(16_384).regex(/^[A-Za-z0-9_-]*={0,2}$/);

/** What `@simplewebauthn/browser` hands back from `startRegistration`, bounded so a hostile body stays small. */
export const passkeyRegistrationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    attestationObject: base64url,
    authenticatorData: base64url.optional(),
    publicKey: base64url.optional(),
    publicKeyAlgorithm: z.number().int().optional(),
    transports: z.array(z.string().max(20)).max(10).optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

/** What `startAuthentication` hands back. */
export const passkeyAuthenticationResponse = z.object({
  id: base64url,
  rawId: base64url,
  type: z.literal('public-key'),
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

/** WebAuthn options in their JSON form, passed as they are to `@simplewebauthn/browser`. */
const ceremonyOptions = z.object({
  challengeId: z.number().int().describe('Sent back with the answer: the challenge it answers'),
  options: z.record(z.string(), z.unknown()).describe('PublicKeyCredentialCreationOptionsJSON or PublicKeyCredentialRequestOptionsJSON'),
});

// --- Signing in ------------------------------------------------------------------------------------------

export const totpCodeRequest = z.object({ code: sixDigitCode });
export const smsCodeRequest = z.object({ code: sixDigitCode });
export const recoveryCodeRequest = z.object({ code: recoveryCode });
export const passkeyAnswer = z.object({ challengeId: z.number().int().min(1), response: passkeyAuthenticationResponse });
export const textCodeSent = z.object({ sentTo: z.string().describe('The phone, masked'), expiresAt: z.string() });

// --- The account's factors -----------------------------------------------------------------------------

export const securityOverview = z.object({
  passkeys: z.array(z.object({ id: z.number().int(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })),
  authenticatorApp: z.object({ addedAt: z.string() }).nullable(),
  textMessages: z.object({ phone: z.string().describe('Masked'), addedAt: z.string() }).nullable(),
  recoveryCodes: z.object({ remaining: z.number().int(), createdAt: z.string() }).nullable(),
  lastFactor: factorKind.nullable(),
  required: z.boolean().describe('Staff, or a county that requires it: the last factor cannot be removed'),
  reauthenticatedUntil: z.string().nullable().describe('Until when changes need no new password or code'),
  securityQuestions: z.boolean().describe('Security questions are on file and still usable for a reset'),
});
export type SecurityOverview = z.infer<typeof securityOverview>;

export const reauthenticateRequest = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password'), password: enteredPassword }),
  z.object({ method: z.literal('totp'), code: sixDigitCode }),
  z.object({ method: z.literal('sms'), code: sixDigitCode }),
  z.object({ method: z.literal('passkey'), challengeId: z.number().int().min(1), response: passkeyAuthenticationResponse }),
]);

export const passkeyName = text({ max: 60, message: 'passkeyNameShape' });
export const addPasskeyRequest = z.object({ challengeId: z.number().int().min(1), name: passkeyName, response: passkeyRegistrationResponse });
export const totpSetup = z.object({
  key: z.string().describe('The key in base32, to type into an app that cannot scan'),
  uri: z.string().describe('otpauth:// address the QR code holds'),
  qrSvg: z.string().describe('The QR code as an SVG image'),
});
export const recoveryCodes = z.object({ codes: z.array(z.string()).length(RECOVERY_CODE_COUNT), createdAt: z.string() });
export const startTextRequest = z.object({ phone: phoneNumber });

// --- County staff --------------------------------------------------------------------------------------

export const resetSecondFactorRequest = z.object({
  identityChecked: z.literal(true, msg('identityCheckRequired')).describe('The worker confirms the person proved who they are'),
  how: text({ max: 300, message: 'identityCheckShape' }).describe('How the person proved who they are, for the audit trail'),
});

export const secondFactorEndpoints = {
  totp: endpoint({ method: 'POST', path: '/api/auth/second-factor/totp', access: 'optional', stages: ['pending'], summary: 'Finish signing in with a code from the authenticator app', body: totpCodeRequest, answer: sessionState }),
  sendText: endpoint({ method: 'POST', path: '/api/auth/second-factor/text', access: 'optional', stages: ['pending'], summary: 'Text a sign-in code to the verified phone', answer: textCodeSent }),
  text: endpoint({ method: 'POST', path: '/api/auth/second-factor/text/verify', access: 'optional', stages: ['pending'], summary: 'Finish signing in with the texted code', body: smsCodeRequest, answer: sessionState }),
  recoveryCode: endpoint({ method: 'POST', path: '/api/auth/second-factor/recovery-code', access: 'optional', stages: ['pending'], summary: 'Finish signing in with a recovery code (each works once)', body: recoveryCodeRequest, answer: sessionState }),
  passkeyOptions: endpoint({ method: 'POST', path: '/api/auth/second-factor/passkey/options', access: 'optional', stages: ['pending'], summary: "A challenge for one of the account's passkeys", answer: ceremonyOptions }),
  passkey: endpoint({ method: 'POST', path: '/api/auth/second-factor/passkey', access: 'optional', stages: ['pending'], summary: 'Finish signing in with a passkey', body: passkeyAnswer, answer: sessionState }),
  passkeySignInOptions: endpoint({ method: 'POST', path: '/api/auth/passkey/options', access: 'public', summary: '"Sign in with a passkey": a challenge for any passkey of this portal', answer: ceremonyOptions }),
  passkeySignIn: endpoint({ method: 'POST', path: '/api/auth/passkey', access: 'public', summary: 'Sign in with a passkey alone (no ID, no password: it is two factors)', body: passkeyAnswer, answer: sessionState }),

  overview: endpoint({ method: 'GET', path: '/api/me/security', access: 'authenticated', stages: ['enrol'], summary: 'Your second factors', answer: securityOverview }),
  reauthenticate: endpoint({ method: 'POST', path: '/api/me/reauthenticate', access: 'authenticated', stages: ['enrol'], summary: `Prove it is you again: changes of factors, email, phone or password need it within ${REAUTH_MINUTES} minutes`, body: reauthenticateRequest, answer: securityOverview }),
  reauthPasskeyOptions: endpoint({ method: 'POST', path: '/api/me/reauthenticate/passkey-options', access: 'authenticated', stages: ['enrol'], summary: 'A challenge for re-authenticating with a passkey', answer: ceremonyOptions }),
  reauthSendText: endpoint({ method: 'POST', path: '/api/me/reauthenticate/text', access: 'authenticated', stages: ['enrol'], summary: 'Text a code for re-authenticating', answer: textCodeSent }),
  passkeyRegistrationOptions: endpoint({ method: 'POST', path: '/api/me/passkeys/options', access: 'authenticated', stages: ['enrol'], summary: 'Start adding a passkey', answer: ceremonyOptions }),
  addPasskey: endpoint({ method: 'POST', path: '/api/me/passkeys', access: 'authenticated', stages: ['enrol'], summary: 'Add a passkey', body: addPasskeyRequest, answer: securityOverview }),
  removePasskey: endpoint({ method: 'POST', path: '/api/me/passkeys/:id/remove', access: 'authenticated', stages: ['enrol'], summary: 'Remove a passkey', params: z.object({ id: idParam }), answer: securityOverview }),
  startTotp: endpoint({ method: 'POST', path: '/api/me/authenticator-app', access: 'authenticated', stages: ['enrol'], summary: 'Start adding an authenticator app: a new key and its QR code', answer: totpSetup }),
  confirmTotp: endpoint({ method: 'POST', path: '/api/me/authenticator-app/confirm', access: 'authenticated', stages: ['enrol'], summary: 'Confirm the app with its first code', body: totpCodeRequest, answer: securityOverview }),
  removeTotp: endpoint({ method: 'POST', path: '/api/me/authenticator-app/remove', access: 'authenticated', stages: ['enrol'], summary: 'Remove the authenticator app', answer: securityOverview }),
  startText: endpoint({ method: 'POST', path: '/api/me/text-codes', access: 'authenticated', stages: ['enrol'], summary: 'Start adding text-message codes: texts a code to the phone', body: startTextRequest, answer: textCodeSent }),
  confirmText: endpoint({ method: 'POST', path: '/api/me/text-codes/confirm', access: 'authenticated', stages: ['enrol'], summary: 'Confirm the phone with the texted code', body: smsCodeRequest, answer: securityOverview }),
  removeText: endpoint({ method: 'POST', path: '/api/me/text-codes/remove', access: 'authenticated', stages: ['enrol'], summary: 'Stop text-message codes', answer: securityOverview }),
  newRecoveryCodes: endpoint({ method: 'POST', path: '/api/me/recovery-codes', access: 'authenticated', stages: ['enrol'], summary: `${RECOVERY_CODE_COUNT} new recovery codes, shown once; the old set stops working`, answer: recoveryCodes }),
  skipInvite: endpoint({ method: 'POST', path: '/api/me/second-factor-invite/skip', access: ['provider', 'recipient'], summary: `Not now: asked again in ${FACTOR_INVITE_DAYS} days`, answer: ok }),
  resetForPerson: endpoint({ method: 'POST', path: '/api/staff/accounts/:loginId/reset-second-factor', access: ['county_worker', 'county_admin', 'state_admin'], summary: "Remove a person's second factors after they proved who they are (audited; every contact on file is told)", params: accountLookupParams, body: resetSecondFactorRequest, answer: ok }),
};
