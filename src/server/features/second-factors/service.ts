/**
 * Second factors (issue #14): NIST SP 800-63B rev 4 AAL2 for every role. After the password, an account with a factor
 * finishes signing in with one (the session is `pending` until then); staff, and everyone in a county that requires
 * it, add one before anything else (`enrol`). Passkeys alone sign in too: a discoverable WebAuthn credential with user
 * verification is two factors in one and cannot be phished (800-63B rev 4, 3.2.5).
 *
 * - Authenticator app: TOTP (RFC 6238), SHA-1, 6 digits, 30-second steps, one step of clock drift either way
 *   (RFC 6238 section 6); the step of each accepted code is kept, and no code of that step or an earlier one is
 *   accepted again (800-63B: an OTP is "one-time").
 * - Text codes: 6 digits, 10 minutes, 5 tries; 800-63B's "restricted" authenticator, offered last.
 * - Recovery codes: 10 single-use codes of 50 bits (800-63B look-up secrets: at least 20 bits when
 *   throttled; here far more), kept as HMACs under the data key.
 * - Wrong codes count toward the same lockout as wrong passwords (accounts.recordFailedAttempt).
 */
import { randomBytes, randomInt } from 'node:crypto';
import { generateAuthenticationOptions, generateRegistrationOptions, verifyAuthenticationResponse, verifyRegistrationResponse } from '@simplewebauthn/server';
import type { AuthenticationResponseJSON, AuthenticatorTransport, RegistrationResponseJSON } from '@simplewebauthn/server';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Role } from '../../../contracts/auth.js';
import { FACTOR_INVITE_DAYS, RECOVERY_CODE_COUNT, type FactorKind, type SecurityOverview } from '../../../contracts/second-factors.js';
import type { Db } from '../../../db/connection.js';
import { AppError, FieldError, forbidden } from '../../errors.js';
import type { Client } from '../../lib/client.js';
import type { Clock } from '../../lib/clock.js';
import { decryptField, encryptField } from '../../lib/encryption.js';
import { verifyPassword } from '../../lib/passwords.js';
import { hmac, newToken, safeEqual } from '../../lib/tokens.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, policyOf, type SecurityPolicy } from '../counties/service.js';
import { notify, type TextSender } from '../notifications/service.js';
import { endUserSessions } from '../sessions/service.js';
import * as store from './store.js';

export interface FactorDeps {
  db: Db;
  dataKey: Buffer;
  clock: Clock;
  textSender: TextSender | null;
  /** The portal's own address (PUBLIC_URL): passkeys are bound to its host name and origin. */
  publicUrl: string;
}

const STAFF: readonly Role[] = ['county_worker', 'county_admin', 'state_admin'];
const TOTP_PERIOD_S = 30;
const TEXT_CODE_MINUTES = 10;
const CODE_TRIES = 5;
const PASSKEY_MINUTES = 5;
const RP_NAME = 'IHSS Provider Portal';

// --- What an account has -----------------------------------------------------------------------------------

export interface FactorFacts {
  methods: FactorKind[];
  preferred: FactorKind | null;
  /** A passkey, an app or a phone: recovery codes alone are a way back in, not a factor to rely on. */
  hasFactor: boolean;
  /** "Not now" was said to the invitation to add a factor less than FACTOR_INVITE_DAYS ago. */
  invitePutOff: boolean;
}

/** `prefs`: the account's factor preferences when the caller has read them already (the sign-in, with the account). */
export async function factorFactsOf(db: Db, userId: number, prefs?: { last_factor: FactorKind | null; invite_put_off: boolean }): Promise<FactorFacts> {
  const [f, p] = await Promise.all([store.factorFacts(db, userId), prefs ?? accounts.factorPreferences(db, userId)]);
  const methods: FactorKind[] = [];
  if (f.has_passkey) methods.push('passkey');
  if (f.has_totp) methods.push('totp');
  if (f.has_sms) methods.push('sms');
  if (f.has_recovery_codes) methods.push('recovery_code');
  const usual = methods.filter((m) => m !== 'recovery_code');
  const preferred = usual.find((m) => m === p.last_factor) ?? usual[0] ?? methods[0] ?? null;
  return { methods, preferred, hasFactor: usual.length > 0, invitePutOff: p.invite_put_off };
}

/** Staff always need a second factor; providers and recipients when their county requires it. */
export function mustHaveFactor(role: Role, policy: SecurityPolicy): boolean {
  return STAFF.includes(role) || policy.requireSecondFactor;
}

/** Where a right password leaves a session: waiting for the factor, adding one first, or signed in. */
export function stageAfterPassword(facts: FactorFacts, role: Role, policy: SecurityPolicy) {
  if (facts.methods.length > 0) return 'pending' as const;
  return mustHaveFactor(role, policy) ? ('enrol' as const) : ('full' as const);
}

/** What the session answer says of the second factor while the sign-in waits for it. */
export async function pendingView(db: Db, userId: number) {
  const facts = await factorFactsOf(db, userId);
  const sms = facts.methods.includes('sms') ? await store.findSms(db, userId) : undefined;
  return { methods: facts.methods, preferred: facts.preferred ?? 'recovery_code', textPhone: sms ? maskPhone(sms.phone) : null };
}

/** The invitation to add a factor: providers and recipients with none, who did not say "not now" in the last 30 days. */
export async function securityView(db: Db, user: { id: number; role: Role }, policy: SecurityPolicy, stage: 'enrol' | 'full') {
  return securityOf(await factorFactsOf(db, user.id), user.role, policy, stage);
}

/** `securityView` of facts already read (the sign-in read them to choose the stage). */
export function securityOf(facts: FactorFacts, role: Role, policy: SecurityPolicy, stage: 'enrol' | 'full') {
  return {
    mustAddFactor: stage === 'enrol',
    inviteToAddFactor: stage === 'full' && !facts.hasFactor && !mustHaveFactor(role, policy) && !facts.invitePutOff,
  };
}

export const maskPhone = (phone: string) => `(•••) •••-${phone.slice(-4)}`;

/** The phone a verified text-message factor sends codes to, or null: a contact on file that security notices reach. */
export async function verifiedTextPhone(db: Db, userId: number): Promise<string | null> {
  const sms = await store.findSms(db, userId);
  return sms?.verified_at ? sms.phone : null;
}

// --- Checking a factor -----------------------------------------------------------------------------------

/** The machine's own time: authenticator apps count real seconds, also when a demo runs the portal on another day. */
const realNow = (clock: Clock) => clock.now().getTime() - clock.offsetMs;

const totpAad = (userId: number) => `user:${userId}:totp`;

function totpOf(secretBase32: string, label: string) {
  return new TOTP({ issuer: RP_NAME, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_S, secret: Secret.fromBase32(secretBase32) });
}

/** Checks an app code; on success keeps its step, so the same code (or an older one) never works again. */
async function checkTotp(deps: FactorDeps, db: Db, userId: number, code: string, confirming: boolean): Promise<boolean> {
  const row = await store.findTotp(db, userId, true);
  if (!row || (row.confirmed_at === null) !== confirming) return false;
  const totp = totpOf(decryptField(deps.dataKey, row.secret_enc, totpAad(userId)), '');
  const now = realNow(deps.clock);
  const delta = totp.validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return false;
  const step = Math.floor(now / 1000 / TOTP_PERIOD_S) + delta;
  if (row.last_step !== null && step <= row.last_step) return false;
  await store.acceptTotpStep(db, userId, step, confirming);
  return true;
}

const recoveryHash = (deps: FactorDeps, userId: number, code: string) => hmac(deps.dataKey, `recovery-code:${userId}:${code}`);

async function checkRecoveryCode(deps: FactorDeps, db: Db, userId: number, code: string) {
  return store.useRecoveryCode(db, userId, recoveryHash(deps, userId, code));
}

const textCodeHash = (deps: FactorDeps, challengeId: number, code: string) => hmac(deps.dataKey, `text-code:${challengeId}:${code}`);

/** A texted code: right, within 10 minutes, 5 tries, once. `wrong` tells the caller to count a failure. */
async function checkTextCode(deps: FactorDeps, db: Db, userId: number, purpose: 'sms_sign_in' | 'sms_verify', code: string) {
  const challenge = await store.findLiveChallenge(db, { userId, purpose });
  if (!challenge || challenge.attempts >= CODE_TRIES) return { ok: false as const, error: new AppError(400, 'codeExpired') };
  if (!safeEqual(challenge.secret, textCodeHash(deps, challenge.id, code))) {
    const attempts = await store.countChallengeAttempt(db, challenge.id);
    return { ok: false as const, error: attempts >= CODE_TRIES ? new AppError(400, 'codeTooManyTries') : new AppError(400, 'codeWrong', { remaining: CODE_TRIES - attempts }) };
  }
  await store.consumeChallenge(db, challenge.id);
  return { ok: true as const, phone: challenge.phone };
}

async function sendTextCode(deps: FactorDeps, db: Db, userId: number, purpose: 'sms_sign_in' | 'sms_verify', phone: string, lang: string) {
  if (!deps.textSender) throw new AppError(503, 'textCodesUnavailable');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const challenge = await store.insertChallenge(db, { userId, purpose, secret: Buffer.alloc(32), phone, minutes: TEXT_CODE_MINUTES });
  await db.updateTable('factor_challenges').set({ secret: textCodeHash(deps, challenge.id, code) }).where('id', '=', challenge.id).execute();
  return {
    send: () =>
      deps.textSender!.send({ to: phone, text: textCodeMessage(lang, code), idempotencyKey: `text-code:${challenge.id}` }),
    answer: { sentTo: maskPhone(phone), expiresAt: challenge.expires_at.toISOString() },
  };
}

/** The text itself: the code first, so phones offer to fill it in, and who sends it, so a forwarded code looks wrong. */
function textCodeMessage(lang: string, code: string) {
  const words: Record<string, string> = {
    en: `${code} is your IHSS portal code. It expires in ${TEXT_CODE_MINUTES} minutes. Do not share it: the county never asks for it.`,
    es: `${code} es su código del portal de IHSS. Vence en ${TEXT_CODE_MINUTES} minutos. No lo comparta: el condado nunca se lo pide.`,
    zh: `${code} 是您的 IHSS 入口網站驗證碼，${TEXT_CODE_MINUTES} 分鐘內有效。請勿告訴任何人：郡政府絕不會向您索取。`,
    hy: `${code}՝ ձեր IHSS պորտալի կոդն է։ Այն գործում է ${TEXT_CODE_MINUTES} րոպե։ Մի՛ կիսվեք՝ շրջանը երբեք չի խնդրում այն։`,
    vi: `${code} là mã cổng IHSS của quý vị, hết hạn sau ${TEXT_CODE_MINUTES} phút. Đừng chia sẻ: quận không bao giờ hỏi mã này.`,
    tl: `${code} ang iyong code sa IHSS portal. Mag-e-expire ito sa ${TEXT_CODE_MINUTES} minuto. Huwag itong ibahagi: hindi ito hinihingi ng county.`,
    ru: `${code} — ваш код портала IHSS. Действует ${TEXT_CODE_MINUTES} минут. Никому не сообщайте его: округ никогда его не спрашивает.`,
    ko: `${code}은(는) IHSS 포털 코드입니다. ${TEXT_CODE_MINUTES}분 후 만료됩니다. 공유하지 마세요. 카운티는 절대 이 코드를 묻지 않습니다.`,
  };
  return words[lang] ?? words.en!;
}

// --- Passkeys ----------------------------------------------------------------------------------------------

function relyingParty(deps: FactorDeps) {
  const url = new URL(deps.publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

async function passkeyChallenge(db: Db, userId: number | null, purpose: 'passkey_register' | 'passkey_sign_in' | 'passkey_verify', challenge: string) {
  return store.insertChallenge(db, { userId, purpose, secret: Buffer.from(challenge, 'utf8'), minutes: PASSKEY_MINUTES });
}

/** Options for any of the account's passkeys (`userId`), or for any passkey of the portal (`null`: the sign-in with a passkey alone). */
export async function passkeyRequestOptions(deps: FactorDeps, userId: number | null, purpose: 'passkey_sign_in' | 'passkey_verify') {
  const { rpID } = relyingParty(deps);
  const mine = userId === null ? [] : await store.listPasskeys(deps.db, userId);
  const options = await generateAuthenticationOptions({
    rpID,
    userVerification: 'required',
    allowCredentials: mine.map((p) => ({ id: p.credential_id.toString('base64url'), transports: p.transports as AuthenticatorTransport[] })),
  });
  const challenge = await passkeyChallenge(deps.db, userId, purpose, options.challenge);
  return { challengeId: challenge.id, options: options as unknown as Record<string, unknown> };
}

/**
 * Verifies a passkey's answer to a challenge of `purpose`. The passkey must be the account's (`userId`), or any
 * passkey of the portal when nobody is known yet; its signature counter must move on (a cloned key shows itself by
 * going back), and the person must have been verified on the device (face, fingerprint or screen lock), which makes
 * it two factors. Returns the passkey's owner, or null for any failure.
 */
async function checkPasskey(deps: FactorDeps, db: Db, userId: number | null, purpose: 'passkey_sign_in' | 'passkey_verify', challengeId: number, response: AuthenticationResponseJSON) {
  const challenge = await store.findLiveChallenge(db, { id: challengeId, userId, purpose });
  if (!challenge) return null;
  await store.consumeChallenge(db, challenge.id);
  const passkey = await store.findPasskeyByCredential(db, Buffer.from(response.id, 'base64url'));
  if (!passkey || (userId !== null && passkey.user_id !== userId)) return null;
  const { rpID, origin } = relyingParty(deps);
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge.secret.toString('utf8'),
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
      credential: {
        id: passkey.credential_id.toString('base64url'),
        publicKey: new Uint8Array(passkey.public_key),
        counter: passkey.sign_count,
        transports: passkey.transports as AuthenticatorTransport[],
      },
    });
    if (!result.verified) return null;
    await store.usePasskey(db, passkey.id, result.authenticationInfo.newCounter);
    return passkey.user_id;
  } catch {
    return null;
  }
}

// --- Finishing a sign-in -------------------------------------------------------------------------------------

export type SecondStep =
  | { kind: 'totp'; code: string }
  | { kind: 'sms'; code: string }
  | { kind: 'recovery_code'; code: string }
  | { kind: 'passkey'; challengeId: number; response: AuthenticationResponseJSON };

/**
 * Checks the factor a pending sign-in gave, in the caller's transaction (which counts a failure toward the lockout
 * and finishes the session: auth/service.ts). A recovery code that works is used up and the owner is told.
 */
export async function checkFactor(
  deps: FactorDeps,
  trx: Db,
  user: { id: number; county_id: number | null },
  step: SecondStep,
  client: Client,
): Promise<{ ok: false; error: AppError } | { ok: true; factor: FactorKind }> {
  if (step.kind === 'totp') {
    return (await checkTotp(deps, trx, user.id, step.code, false)) ? { ok: true, factor: 'totp' } : { ok: false, error: new FieldError('code', 'factorCodeWrong') };
  }
  if (step.kind === 'sms') {
    const checked = await checkTextCode(deps, trx, user.id, 'sms_sign_in', step.code);
    return checked.ok ? { ok: true, factor: 'sms' } : { ok: false, error: checked.error };
  }
  if (step.kind === 'passkey') {
    const owner = await checkPasskey(deps, trx, user.id, 'passkey_verify', step.challengeId, step.response);
    return owner === user.id ? { ok: true, factor: 'passkey' } : { ok: false, error: new AppError(400, 'passkeyNotAccepted') };
  }
  if (!(await checkRecoveryCode(deps, trx, user.id, step.code))) return { ok: false, error: new FieldError('code', 'recoveryCodeWrong') };
  const left = (await store.recoveryCodeCounts(trx, user.id))?.remaining ?? 0;
  await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: 'recovery_code.used', outcome: 'success', actorUserId: user.id, subjectUserId: user.id, countyId: user.county_id, details: { remaining: left } });
  await notify(trx, { event: 'recovery_code_used', key: `recovery_code_used:${user.id}:${newToken().slice(0, 16)}`, userIds: [user.id], data: { remaining: left } });
  return { ok: true, factor: 'recovery_code' };
}

/** The factor that worked is asked for first next time (a recovery code is a way back in, not a habit). */
export async function rememberFactor(trx: Db, userId: number, factor: FactorKind) {
  if (factor !== 'recovery_code') await accounts.setLastFactor(trx, userId, factor);
}

/** Texts a sign-in code to the account's verified phone. */
export async function sendSignInText(deps: FactorDeps, userId: number, lang: string) {
  const sms = await store.findSms(deps.db, userId);
  if (!sms?.verified_at) throw new AppError(400, 'factorNotSetUp');
  const { send, answer } = await sendTextCode(deps, deps.db, userId, 'sms_sign_in', sms.phone, lang);
  await send();
  return answer;
}

/** "Sign in with a passkey": the passkey names its owner. Null when it is nobody's or does not verify. */
export async function passkeyOwner(deps: FactorDeps, trx: Db, challengeId: number, response: AuthenticationResponseJSON) {
  const owner = await checkPasskey(deps, trx, null, 'passkey_sign_in', challengeId, response);
  if (owner !== null) await accounts.setLastFactor(trx, owner, 'passkey');
  return owner;
}

// --- The account's factors -----------------------------------------------------------------------------------

export interface Actor {
  userId: number;
  role: Role;
  countyId: number | null;
  client: Client;
  /** Until when the session's last proof of identity lets changes through (null: it is older than that). */
  reauthenticatedUntil: Date | null;
}

export async function overview(deps: FactorDeps, actor: Actor): Promise<SecurityOverview> {
  const [passkeys, totp, sms, codes, facts, county] = await Promise.all([
    store.listPasskeys(deps.db, actor.userId),
    store.findTotp(deps.db, actor.userId),
    store.findSms(deps.db, actor.userId),
    store.recoveryCodeCounts(deps.db, actor.userId),
    accounts.factorPreferences(deps.db, actor.userId),
    actor.countyId === null ? undefined : findCountyById(deps.db, actor.countyId),
  ]);
  const answers = await accounts.listSecurityAnswers(deps.db, actor.userId);
  const policy = policyOf(county);
  return {
    passkeys: passkeys.map((p) => ({ id: p.id, name: p.name, createdAt: p.created_at.toISOString(), lastUsedAt: p.last_used_at?.toISOString() ?? null })),
    authenticatorApp: totp?.confirmed_at ? { addedAt: totp.confirmed_at.toISOString() } : null,
    textMessages: sms?.verified_at ? { phone: maskPhone(sms.phone), addedAt: sms.verified_at.toISOString() } : null,
    recoveryCodes: codes ? { remaining: codes.remaining, createdAt: codes.createdAt.toISOString() } : null,
    lastFactor: facts.last_factor,
    required: mustHaveFactor(actor.role, policy),
    reauthenticatedUntil: actor.reauthenticatedUntil?.toISOString() ?? null,
    securityQuestions: answers.length === 3 && policy.securityQuestionsAllowed && !(passkeys.length > 0 || !!totp?.confirmed_at || !!sms?.verified_at),
  };
}

/** Re-authentication: a password or a factor proves the person is still the one at the keyboard. */
export async function reauthenticate(
  deps: FactorDeps,
  actor: Actor,
  proof: { method: 'password'; password: string } | { method: 'totp' | 'sms'; code: string } | { method: 'passkey'; challengeId: number; response: AuthenticationResponseJSON },
): Promise<{ error: AppError } | { factor: FactorKind | null }> {
  return deps.db.transaction().execute(async (trx) => {
    const user = (await accounts.findUserById(trx, actor.userId, true))!;
    let ok: boolean;
    let wrong: AppError;
    if (proof.method === 'password') {
      ok = !!user.password_hash && (await verifyPassword(user.password_hash, proof.password));
      wrong = new FieldError('password', 'passwordWrong');
    } else if (proof.method === 'passkey') {
      ok = (await checkPasskey(deps, trx, user.id, 'passkey_verify', proof.challengeId, proof.response)) === user.id;
      wrong = new AppError(400, 'passkeyNotAccepted');
    } else if (proof.method === 'totp') {
      ok = await checkTotp(deps, trx, user.id, proof.code, false);
      wrong = new FieldError('code', 'factorCodeWrong');
    } else {
      const checked = await checkTextCode(deps, trx, user.id, 'sms_sign_in', proof.code);
      ok = checked.ok;
      wrong = checked.ok ? new FieldError('code', 'factorCodeWrong') : checked.error;
    }
    const base = { ip: actor.client.ip, userAgent: actor.client.userAgent, actorUserId: user.id, subjectUserId: user.id, countyId: user.county_id };
    if (!ok) {
      // A wrong proof here counts like one at sign-in: a stolen session must not become a way to guess the password.
      const policy = policyOf(user.county_id === null ? undefined : await findCountyById(trx, user.county_id));
      const key = accounts.signInKey(deps.dataKey, user.login_id);
      await accounts.holdSignInFailures(trx, key);
      await accounts.recordFailedAttempt(trx, key, policy.lockoutThreshold, policy.lockoutMinutes);
      await recordAudit(trx, { ...base, action: 'reauthentication', outcome: 'failure', details: { method: proof.method } });
      return { error: wrong };
    }
    await recordAudit(trx, { ...base, action: 'reauthentication', outcome: 'success', details: { method: proof.method } });
    return { factor: proof.method === 'password' ? null : proof.method };
  });
}

/** The notice and the audit row of every change to an account's factors, in the change's transaction. */
async function factorChanged(trx: Db, actor: Actor, change: 'added' | 'removed', kind: 'passkey' | 'totp' | 'sms' | 'recovery_codes', details: Record<string, unknown> = {}) {
  await recordAudit(trx, {
    ip: actor.client.ip,
    userAgent: actor.client.userAgent,
    action: `second_factor.${change}`,
    outcome: 'success',
    actorUserId: actor.userId,
    subjectUserId: actor.userId,
    countyId: actor.countyId,
    details: { kind, ...details },
  });
  await notify(trx, { event: 'second_factor_changed', key: `second_factor_changed:${actor.userId}:${newToken().slice(0, 16)}`, userIds: [actor.userId], data: { change, kind } });
}

/** Removing a factor must leave one where one is required: the person adds another first. */
async function keepOneFactor(trx: Db, actor: Actor) {
  const facts = await factorFactsOf(trx, actor.userId);
  if (facts.hasFactor) return;
  const county = actor.countyId === null ? undefined : await findCountyById(trx, actor.countyId);
  if (mustHaveFactor(actor.role, policyOf(county))) throw new AppError(400, 'lastFactorRequired');
}

export async function passkeyRegistrationOptions(deps: FactorDeps, actor: Actor, loginId: string, displayName: string) {
  const { rpID } = relyingParty(deps);
  const mine = await store.listPasskeys(deps.db, actor.userId);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID,
    userName: loginId,
    userDisplayName: displayName,
    userID: new TextEncoder().encode(`ihss-user-${actor.userId}`),
    attestationType: 'none',
    excludeCredentials: mine.map((p) => ({ id: p.credential_id.toString('base64url'), transports: p.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  const challenge = await passkeyChallenge(deps.db, actor.userId, 'passkey_register', options.challenge);
  return { challengeId: challenge.id, options: options as unknown as Record<string, unknown> };
}

export async function addPasskey(deps: FactorDeps, actor: Actor, input: { challengeId: number; name: string; response: RegistrationResponseJSON }) {
  const { rpID, origin } = relyingParty(deps);
  await deps.db.transaction().execute(async (trx) => {
    const challenge = await store.findLiveChallenge(trx, { id: input.challengeId, userId: actor.userId, purpose: 'passkey_register' });
    if (!challenge) throw new AppError(400, 'passkeyNotAccepted');
    await store.consumeChallenge(trx, challenge.id);
    let verified;
    try {
      verified = await verifyRegistrationResponse({
        response: input.response,
        expectedChallenge: challenge.secret.toString('utf8'),
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: true,
      });
    } catch {
      verified = null;
    }
    if (!verified?.verified || !verified.registrationInfo) throw new AppError(400, 'passkeyNotAccepted');
    const { credential } = verified.registrationInfo;
    const credentialId = Buffer.from(credential.id, 'base64url');
    if (await store.findPasskeyByCredential(trx, credentialId)) throw new AppError(400, 'passkeyNotAccepted');
    await store.insertPasskey(trx, {
      userId: actor.userId,
      credentialId,
      publicKey: Buffer.from(credential.publicKey),
      signCount: credential.counter,
      transports: (credential.transports ?? []).slice(0, 10),
      name: input.name,
    });
    await factorChanged(trx, actor, 'added', 'passkey', { name: input.name });
  });
}

export async function removePasskey(deps: FactorDeps, actor: Actor, id: number) {
  await deps.db.transaction().execute(async (trx) => {
    await accounts.findUserById(trx, actor.userId, true);
    const name = await store.deletePasskey(trx, actor.userId, id);
    if (name === undefined) throw new AppError(404, 'notFound');
    await keepOneFactor(trx, actor);
    await factorChanged(trx, actor, 'removed', 'passkey', { name });
  });
}

export async function startTotp(deps: FactorDeps, actor: Actor, loginId: string) {
  const secret = new Secret({ size: 20 });
  const stored = await store.putUnconfirmedTotp(deps.db, actor.userId, encryptField(deps.dataKey, secret.base32, totpAad(actor.userId)));
  if (!stored) throw new AppError(409, 'factorAlreadySetUp');
  const uri = totpOf(secret.base32, loginId).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { key: secret.base32, uri, qrSvg };
}

export async function confirmTotp(deps: FactorDeps, actor: Actor, code: string) {
  const error = await deps.db.transaction().execute(async (trx) => {
    if (!(await checkTotp(deps, trx, actor.userId, code, true))) return new FieldError('code', 'factorCodeWrong');
    await accounts.setLastFactor(trx, actor.userId, 'totp');
    await factorChanged(trx, actor, 'added', 'totp');
    return null;
  });
  if (error) throw error;
}

export async function removeTotp(deps: FactorDeps, actor: Actor) {
  await deps.db.transaction().execute(async (trx) => {
    await accounts.findUserById(trx, actor.userId, true);
    if (!(await store.deleteTotp(trx, actor.userId))) throw new AppError(404, 'factorNotSetUp');
    await keepOneFactor(trx, actor);
    await factorChanged(trx, actor, 'removed', 'totp');
  });
}

export async function startText(deps: FactorDeps, actor: Actor, phone: string, lang: string) {
  const { send, answer } = await sendTextCode(deps, deps.db, actor.userId, 'sms_verify', phone, lang);
  await send();
  return answer;
}

export async function confirmText(deps: FactorDeps, actor: Actor, code: string) {
  const error = await deps.db.transaction().execute(async (trx) => {
    const checked = await checkTextCode(deps, trx, actor.userId, 'sms_verify', code);
    if (!checked.ok) return checked.error;
    await store.putVerifiedSms(trx, actor.userId, checked.phone!);
    await accounts.setLastFactor(trx, actor.userId, 'sms');
    await factorChanged(trx, actor, 'added', 'sms');
    return null;
  });
  if (error) throw error;
}

export async function removeText(deps: FactorDeps, actor: Actor) {
  await deps.db.transaction().execute(async (trx) => {
    await accounts.findUserById(trx, actor.userId, true);
    if (!(await store.deleteSms(trx, actor.userId))) throw new AppError(404, 'factorNotSetUp');
    await keepOneFactor(trx, actor);
    await factorChanged(trx, actor, 'removed', 'sms');
  });
}

/** Crockford's base32 without I, L, O, U: nothing to misread on paper. */
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function newRecoveryCode() {
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b & 31]).join('');
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export async function newRecoveryCodes(deps: FactorDeps, actor: Actor) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const createdAt = await deps.db.transaction().execute(async (trx) => {
    const at = await store.replaceRecoveryCodes(
      trx,
      actor.userId,
      codes.map((c) => recoveryHash(deps, actor.userId, c.replace('-', ''))),
    );
    await factorChanged(trx, actor, 'added', 'recovery_codes');
    return at;
  });
  return { codes, createdAt: createdAt.toISOString() };
}

export async function skipInvite(db: Db, userId: number) {
  await accounts.putOffFactorInvite(db, userId, FACTOR_INVITE_DAYS);
}

// --- The county's reset ------------------------------------------------------------------------------------

/**
 * "Reset second factor": after the person proved who they are to the county (in person, or by the details on file),
 * a county worker removes every factor of a provider or recipient of their county, a county admin also of the
 * county's workers, a state admin of anyone; never their own. Every session of the account ends, the change is audited
 * with how the person proved who they are, and a notice goes to every contact on file.
 */
export async function resetForPerson(deps: FactorDeps, viewer: accounts.StaffViewer, loginId: string, how: string, client: Client) {
  await deps.db.transaction().execute(async (trx) => {
    const user = await accounts.findForStaff(trx, viewer, loginId, true);
    if (user.id === viewer.id) throw new AppError(400, 'cannotChangeOwnAccount');
    if ((user.role === 'county_admin' || user.role === 'state_admin') && viewer.role !== 'state_admin') throw forbidden();
    const passkeys = await store.deleteAllFactors(trx, user.id);
    await accounts.setLastFactor(trx, user.id, null);
    await accounts.putOffFactorInvite(trx, user.id, null);
    const ended = await endUserSessions(trx, user.id, 'factor_reset');
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: 'second_factor.reset',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { how, passkeysRemoved: passkeys, sessionsEnded: ended },
    });
    await notify(trx, { event: 'second_factor_reset', key: `second_factor_reset:${user.id}:${newToken().slice(0, 16)}`, userIds: [user.id], data: {} });
  });
}

export const sweepFactorChallenges = store.sweepChallenges;
