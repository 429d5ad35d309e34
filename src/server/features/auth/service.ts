import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../../lib/clock.js';
import type { AccountType, Role, SignInRequest } from '../../../contracts/auth.js';
import { SECURITY_QUESTIONS, type SecurityQuestionId } from '../../../contracts/security-questions.js';
import { localeOf, pickLanguage, type Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { AppError, FieldError } from '../../errors.js';
import { hashPassword, isBlockedPassword, normaliseAnswer, verifyAgainstNothing, verifyPassword } from '../../lib/passwords.js';
import { hmac, newToken, sha256 } from '../../lib/tokens.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, helpDeskOf, policyOf, type CountyRow } from '../counties/service.js';
import { maskEmail, templates, type Mailer } from '../mail/service.js';
import { notify } from '../notifications/service.js';
import { completeSignIn, endUserSessions, startSession, type StartedSession } from '../sessions/service.js';
import { noteSignInDevice } from '../devices/service.js';
import * as factors from '../second-factors/service.js';
import { CODE_MINUTES, CODE_TRIES, CODES_PER_FLOW, RESET_FLOW_MINUTES, SETUP_FLOW_MINUTES, codeMatches, issueCode } from './codes.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

export interface AuthDeps {
  db: Db;
  secret: string;
  dataKey: Buffer;
  mailer: Mailer;
  log: FastifyBaseLogger;
  clock: Clock;
}

const ROLES_FOR: Record<AccountType, readonly Role[]> = {
  provider: ['provider'],
  recipient: ['recipient'],
  staff: ['county_worker', 'county_admin', 'state_admin'],
};

function formatUntil(lang: Language, at: Date): string {
  return new Intl.DateTimeFormat(localeOf(lang), {
    timeZone: 'America/Los_Angeles',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

function lockedError(lang: Language, until: Date, county: CountyRow | undefined) {
  const helpDesk = helpDeskOf(county);
  return new AppError(
    423,
    'accountLocked',
    { until: formatUntil(lang, until), phone: helpDesk.phone },
    { lockedUntil: until.toISOString(), helpDesk },
  );
}

/** The lock as sign-in tells it, alike for every ID: no county, so the statewide help desk. */
const signInLocked = (lang: Language, until: Date) => lockedError(lang, until, undefined);

/** County codes run from 1 to 58 (counties.id): this one is nobody's. */
const NO_COUNTY = 0;

async function countyOf(db: Db, user: { county_id: number | null }) {
  return user.county_id === null ? undefined : findCountyById(db, user.county_id);
}

/** Delivery failures are logged, not thrown: the person can ask for a new code, and nothing else rolls back. */
async function deliver(deps: AuthDeps, to: string, mail: { subject: string; text: string }) {
  try {
    await deps.mailer.send(to, mail);
  } catch (err) {
    deps.log.error({ err }, 'mail delivery failed');
  }
}

// --- Sign-in -------------------------------------------------------------------------------------------

export interface SignedIn {
  session: StartedSession;
  /** `pending`: the password was right and a second factor is asked for; `enrol`: one must be added first. */
  stage: 'pending' | 'enrol' | 'full';
  idleMinutes: number;
  user: { id: number; role: Role; countyId: number | null; loginId: string; firstName: string; lastName: string; language: Language };
  /** What a password sign-in that finished read and wrote already, so its answer need not read it again. */
  known?: { deviceToken: string; county: CountyRow | undefined; security: ReturnType<typeof factors.securityOf> };
}

/**
 * Counts consecutive failures per attempted ID, whether an account has it or not (accounts.signInKey), in a
 * row locked for the attempt, so concurrent attempts on several servers count once each; locks at the
 * threshold for the lockout period. An ID that is unknown, not set up or of another kind of account gets the
 * same answers as a wrong password on a real one, in the same order (401, then 423 with the lock's end), the
 * same password-hashing cost and the same statements: only the audit trail knows the difference. Such an ID
 * follows the default policy; a county that sets another threshold or period makes its own IDs stand out by
 * that, so the lock answer names no county (its help desk is the statewide one) and the threshold and period
 * are the county's choice to make, knowingly (OWASP Authentication Cheat Sheet, "Account Lockout";
 * NIST SP 800-63B rev 4, 3.2.2 "Rate Limiting (Throttling)").
 */
export async function signIn(deps: AuthDeps, input: SignInRequest, client: Client, deviceToken?: string): Promise<SignedIn> {
  const { db } = deps;
  const audit = { ip: client.ip, userAgent: client.userAgent };
  const key = accounts.signInKey(deps.dataKey, input.loginId);
  const outcome = await db.transaction().execute(async (trx) => {
    const { failures, user: found, factorPreferences } = await accounts.holdSignInFailuresFor(trx, key, input.loginId);
    const user = found && ROLES_FOR[input.accountType].includes(found.role) && found.password_hash ? found : undefined;
    // Read for every ID, the county of nobody being NO_COUNTY: the same statements run, so the time of the answer
    // does not tell a real ID either.
    const county = await findCountyById(trx, user?.county_id ?? NO_COUNTY);
    const policy = policyOf(county);
    const base = { ...audit, subjectUserId: found?.id ?? null, actorUserId: user?.id ?? null, countyId: found?.county_id ?? null };
    if (accounts.isLocked(failures, deps.clock.now())) {
      await verifyAgainstNothing(input.password);
      await recordAudit(trx, { ...base, action: 'sign_in.locked', outcome: 'denied' });
      return { error: signInLocked(client.lang, failures.locked_until!) };
    }
    const valid = user ? await verifyPassword(user.password_hash!, input.password) : (await verifyAgainstNothing(input.password), false);
    if (!user || !valid) {
      const after = await accounts.recordFailedAttempt(trx, key, policy.lockoutThreshold, policy.lockoutMinutes);
      const reason = user ? 'wrong_password' : found ? 'not_set_up_or_wrong_type' : 'unknown_id';
      await recordAudit(trx, { ...base, action: 'sign_in.failure', outcome: 'failure', details: { reason } });
      if (accounts.isLocked(after, deps.clock.now())) {
        await recordAudit(trx, { ...base, action: 'account.locked', outcome: 'success', details: { minutes: policy.lockoutMinutes, reason } });
        return { error: signInLocked(client.lang, after.locked_until!) };
      }
      return { error: new AppError(401, 'invalidCredentials') };
    }
    const userBase = { ...base, subjectUserId: user.id, actorUserId: user.id, countyId: user.county_id };
    if (user.status !== 'active') {
      await recordAudit(trx, { ...userBase, action: 'sign_in.failure', outcome: 'denied', details: { reason: 'deactivated' } });
      return {
        error: new AppError(403, 'accountDeactivated', { reason: user.deactivated_reason ?? '', phone: helpDeskOf(county).phone }),
      };
    }
    const facts = await factors.factorFactsOf(trx, user.id, factorPreferences);
    const stage = factors.stageAfterPassword(facts, user.role, policy);
    const session = await startSession(trx, user.id, policy, audit, stage);
    if (stage === 'pending') {
      // The failures are cleared only once the second factor is given too: a right password alone proves too little.
      await recordAudit(trx, { ...userBase, action: 'sign_in.password_accepted', outcome: 'success' });
      return { session, stage, idleMinutes: policy.idleTimeoutMinutes, user: signedInUser(user) };
    }
    // A row that counts nothing is as good as none (the hourly sweep drops it): most sign-ins need no delete.
    if (failures.failed_attempts > 0) await accounts.clearFailures(trx, key);
    await recordAudit(trx, { ...userBase, action: 'sign_in.success', outcome: 'success', details: { secondFactor: null } });
    // Noted in this transaction, not another one after it: a sign-in is one commit.
    const device = await noteSignInDevice(trx, { userId: user.id, sessionIdHash: sha256(session.token), deviceToken, client });
    return {
      session,
      stage,
      idleMinutes: policy.idleTimeoutMinutes,
      user: signedInUser(user),
      known: { deviceToken: device.deviceToken, county, security: factors.securityOf(facts, user.role, policy, stage) },
    };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

function signedInUser(user: accounts.UserRow): SignedIn['user'] {
  return { id: user.id, role: user.role, countyId: user.county_id, loginId: user.login_id, firstName: user.first_name, lastName: user.last_name, language: pickLanguage(user.preferred_language) };
}

const factorDeps = (deps: AuthDeps, textSender: factors.FactorDeps['textSender'], publicUrl: string): factors.FactorDeps => ({
  db: deps.db,
  dataKey: deps.dataKey,
  clock: deps.clock,
  textSender,
  publicUrl,
});

/**
 * The second step of a sign-in: the factor is checked in the same transaction that counts a wrong one toward the
 * lockout (like a wrong password, NIST SP 800-63B rev 4 3.2.2) or, when right, clears the count and finishes the
 * session under a new token.
 */
export async function finishSignIn(
  deps: AuthDeps,
  fdeps: Pick<factors.FactorDeps, 'textSender' | 'publicUrl'>,
  pending: { idHash: Buffer; userId: number },
  step: factors.SecondStep,
  client: Client,
): Promise<SignedIn> {
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const user = await accounts.findUserById(trx, pending.userId, true);
    if (!user || user.status !== 'active') return { error: new AppError(401, 'signInRequired') };
    const key = accounts.signInKey(deps.dataKey, user.login_id);
    const failures = await accounts.holdSignInFailures(trx, key);
    const county = await countyOf(trx, user);
    const policy = policyOf(county);
    const base = { ip: client.ip, userAgent: client.userAgent, actorUserId: user.id, subjectUserId: user.id, countyId: user.county_id };
    if (accounts.isLocked(failures, deps.clock.now())) {
      await recordAudit(trx, { ...base, action: 'sign_in.locked', outcome: 'denied', details: { step: 'second_factor' } });
      return { error: signInLocked(client.lang, failures.locked_until!) };
    }
    const checked = await factors.checkFactor(factorDeps({ ...deps, db: trx }, fdeps.textSender, fdeps.publicUrl), trx, user, step, client);
    if (!checked.ok) {
      const after = await accounts.recordFailedAttempt(trx, key, policy.lockoutThreshold, policy.lockoutMinutes);
      await recordAudit(trx, { ...base, action: 'sign_in.failure', outcome: 'failure', details: { reason: 'wrong_second_factor', factor: step.kind } });
      if (accounts.isLocked(after, deps.clock.now())) {
        await recordAudit(trx, { ...base, action: 'account.locked', outcome: 'success', details: { minutes: policy.lockoutMinutes, reason: 'wrong_second_factor' } });
        return { error: signInLocked(client.lang, after.locked_until!) };
      }
      return { error: checked.error };
    }
    await accounts.clearFailures(trx, key);
    await factors.rememberFactor(trx, user.id, checked.factor);
    const session = await completeSignIn(trx, pending.idHash, 'full', checked.factor);
    if (!session) return { error: new AppError(401, 'signInRequired') };
    await recordAudit(trx, { ...base, action: 'sign_in.success', outcome: 'success', details: { secondFactor: checked.factor } });
    return { session, stage: 'full' as const, idleMinutes: policy.idleTimeoutMinutes, user: signedInUser(user) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

/**
 * "Sign in with a passkey": no ID and no password. The passkey verified its owner on the device (face, fingerprint
 * or screen lock), so it is two factors on its own, and phishing-resistant: it answers only this portal's address.
 */
export async function signInWithPasskey(
  deps: AuthDeps,
  fdeps: Pick<factors.FactorDeps, 'textSender' | 'publicUrl'>,
  input: { challengeId: number; response: Parameters<typeof factors.passkeyOwner>[3] },
  client: Client,
): Promise<SignedIn> {
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const owner = await factors.passkeyOwner(factorDeps({ ...deps, db: trx }, fdeps.textSender, fdeps.publicUrl), trx, input.challengeId, input.response);
    const user = owner === null ? undefined : await accounts.findUserById(trx, owner, true);
    const audit = { ip: client.ip, userAgent: client.userAgent };
    if (!user) {
      await recordAudit(trx, { ...audit, action: 'sign_in.failure', outcome: 'failure', details: { reason: 'passkey_not_accepted' } });
      return { error: new AppError(400, 'passkeyNotAccepted') };
    }
    const county = await countyOf(trx, user);
    const base = { ...audit, actorUserId: user.id, subjectUserId: user.id, countyId: user.county_id };
    if (user.status !== 'active') {
      await recordAudit(trx, { ...base, action: 'sign_in.failure', outcome: 'denied', details: { reason: 'deactivated' } });
      return { error: new AppError(403, 'accountDeactivated', { reason: user.deactivated_reason ?? '', phone: helpDeskOf(county).phone }) };
    }
    const policy = policyOf(county);
    // The person proved who they are with something no guesser has: a lock that guessers caused does not keep them out.
    await accounts.clearFailures(trx, accounts.signInKey(deps.dataKey, user.login_id));
    const session = await startSession(trx, user.id, policy, audit, 'full', 'passkey');
    await recordAudit(trx, { ...base, action: 'sign_in.success', outcome: 'success', details: { secondFactor: 'passkey', passkeyOnly: true } });
    return { session, stage: 'full' as const, idleMinutes: policy.idleTimeoutMinutes, user: signedInUser(user) };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome;
}

// --- Passwords -----------------------------------------------------------------------------------------

/** NIST SP 800-63B rev 4 3.1.1.2: refuse blocklisted and context-specific passwords, with the reason. */
export function checkNewPassword(password: string, loginId: string, field = 'password') {
  if (isBlockedPassword(password)) throw new FieldError(field, 'passwordCommon');
  if (password.replace(/[\s-]/g, '').includes(loginId)) throw new FieldError(field, 'passwordContainsId');
}

async function hashAnswers(answers: { questionId: SecurityQuestionId; answer: string }[]) {
  return Promise.all(
    answers.map(async (a) => ({ questionId: a.questionId, answerHash: await hashPassword(normaliseAnswer(a.answer)) })),
  );
}

// --- Flows shared by set-up and reset --------------------------------------------------------------------

async function liveFlow(db: Db, token: string, purpose: 'setup' | 'reset') {
  const flow = await store.findLiveFlow(db, sha256(token), purpose);
  if (!flow) throw new AppError(400, 'flowExpired');
  return flow;
}

async function sendCode(deps: AuthDeps, flow: store.FlowRow, to: string, kind: 'setupCode' | 'resetCode', lang: Language, email?: string) {
  if (flow.codes_sent >= CODES_PER_FLOW) throw new AppError(400, 'flowExpired');
  const { code, hash } = issueCode(deps.secret, flow.token_hash);
  await store.setFlowCode(deps.db, flow.token_hash, hash, CODE_MINUTES, email);
  return { to, mail: templates[lang][kind]({ code, minutes: CODE_MINUTES }) };
}

/** Checks a typed code against its flow: at most 5 tries, within 10 minutes, once. */
async function verifyFlowCode(deps: AuthDeps, token: string, purpose: 'setup' | 'reset', code: string) {
  const result = await deps.db.transaction().execute(async (trx) => {
    const flow = await liveFlow(trx, token, purpose);
    if (flow.code_attempts >= CODE_TRIES) return new AppError(400, 'codeTooManyTries');
    if (flow.verified_at || flow.code_expires_at === null || flow.code_expires_at <= flow.now) {
      return new AppError(400, 'codeExpired');
    }
    if (!codeMatches(deps.secret, flow.token_hash, flow.code_hash, code)) return wrong(trx, flow);
    await store.markFlowVerified(trx, flow.token_hash, 'email_code');
    return null;
  });
  if (result) throw result;
}

async function wrong(db: Db, flow: store.FlowRow) {
  const attempts = await store.countFlowAttempt(db, flow.token_hash);
  const remaining = Math.max(0, CODE_TRIES - attempts);
  return remaining === 0 ? new AppError(400, 'codeTooManyTries') : new AppError(400, 'codeWrong', { remaining });
}

// --- First-time set-up -------------------------------------------------------------------------------------

const sameName = (a: string, b: string) =>
  a.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase() ===
  b.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

export async function startSetup(
  deps: AuthDeps,
  input: { providerId: string; lastName: string; dateOfBirth: string; ssnLast4: string },
  client: Client,
) {
  const audit = { ip: client.ip, userAgent: client.userAgent };
  const key = accounts.signInKey(deps.dataKey, input.providerId);
  const result = await deps.db.transaction().execute(async (trx) => {
    const failures = await accounts.holdSignInFailures(trx, key);
    const found = await accounts.findUserByLoginId(trx, input.providerId, true);
    const user = found?.role === 'provider' ? found : undefined;
    const county = await findCountyById(trx, user?.county_id ?? NO_COUNTY);
    const locked = accounts.isLocked(failures, deps.clock.now());
    const matches =
      !!user &&
      user.ssn_last4_hmac !== null &&
      sameName(user.last_name, input.lastName) &&
      user.date_of_birth === input.dateOfBirth &&
      accounts.ssnLast4Hmac(deps.dataKey, input.ssnLast4).equals(user.ssn_last4_hmac);
    if (!user || !matches) {
      // Guessing the last 4 digits is the attack here, so mismatches count toward the ID's sign-in lockout, and
      // for an unknown ID too: otherwise failures here followed by one at sign-in would show which IDs are real.
      if (!locked) {
        const policy = policyOf(county);
        await accounts.recordFailedAttempt(trx, key, policy.lockoutThreshold, policy.lockoutMinutes);
      }
      await recordAudit(trx, {
        ...audit,
        action: 'account.setup',
        outcome: 'failure',
        subjectUserId: user?.id ?? null,
        countyId: user?.county_id ?? null,
        details: { reason: user ? 'identity_mismatch' : 'unknown_id' },
      });
      return { error: new AppError(400, 'identityNotMatched') };
    }
    // The person has just proved who they are: their county's help desk may be named.
    if (locked) return { error: lockedError(client.lang, failures.locked_until!, county) };
    if (user.password_hash) return { error: new AppError(400, 'alreadySetUp') };
    if (user.status !== 'active') {
      return { error: new AppError(403, 'accountDeactivated', { reason: user.deactivated_reason ?? '', phone: helpDeskOf(county).phone }) };
    }
    const token = newToken();
    await store.insertFlow(trx, { tokenHash: sha256(token), purpose: 'setup', userId: user.id, minutes: SETUP_FLOW_MINUTES });
    return {
      flowToken: token,
      firstName: user.first_name,
      securityQuestionsAllowed: policyOf(county).securityQuestionsAllowed,
      emailOnFile: user.email ? maskEmail(user.email) : null,
    };
  });
  if ('error' in result) throw result.error;
  return result;
}

export async function sendSetupCode(deps: AuthDeps, input: { flowToken: string; email: string }, client: Client) {
  const { to, mail, expiresAt } = await deps.db.transaction().execute(async (trx) => {
    const flow = await liveFlow(trx, input.flowToken, 'setup');
    const sent = await sendCode({ ...deps, db: trx }, flow, input.email, 'setupCode', client.lang, input.email);
    return { ...sent, expiresAt: new Date(flow.now.getTime() + CODE_MINUTES * 60_000) };
  });
  await deliver(deps, to, mail);
  return { sentTo: maskEmail(to), expiresAt: expiresAt.toISOString() };
}

export function verifySetupCode(deps: AuthDeps, input: { flowToken: string; code: string }) {
  return verifyFlowCode(deps, input.flowToken, 'setup', input.code);
}

export async function completeSetup(
  deps: AuthDeps,
  input: { flowToken: string; password: string; securityAnswers?: { questionId: SecurityQuestionId; answer: string }[] | undefined },
  client: Client,
) {
  await deps.db.transaction().execute(async (trx) => {
    const flow = await liveFlow(trx, input.flowToken, 'setup');
    if (!flow.verified_at || !flow.user_id || !flow.email) throw new AppError(400, 'flowExpired');
    const user = await accounts.findUserById(trx, flow.user_id, true);
    if (!user) throw new AppError(400, 'flowExpired');
    if (user.password_hash) throw new AppError(400, 'alreadySetUp');
    checkNewPassword(input.password, user.login_id);
    const county = await countyOf(trx, user);
    const allowed = policyOf(county).securityQuestionsAllowed;
    if (allowed && !input.securityAnswers) throw new FieldError('securityAnswers', 'questionsDistinct');
    await accounts.setPassword(trx, user.id, await hashPassword(input.password));
    await accounts.clearFailures(trx, accounts.signInKey(deps.dataKey, user.login_id));
    await accounts.setVerifiedEmail(trx, user.id, flow.email);
    await accounts.replaceSecurityAnswers(trx, user.id, allowed && input.securityAnswers ? await hashAnswers(input.securityAnswers) : []);
    await store.consumeUserFlows(trx, user.id);
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: 'account.setup',
      outcome: 'success',
      actorUserId: user.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { securityQuestions: allowed },
    });
    // A security notice to the confirmed address: if someone else set this account up, the owner hears of it.
    await notify(trx, { event: 'account_created', key: `account_set_up:${user.id}`, userIds: [user.id], data: { kind: 'setup', loginId: user.login_id } });
  });
}

// --- Password reset -------------------------------------------------------------------------------------

/** Three questions derived from the ID, the same every time, so an unknown ID looks like a real account. */
function decoyQuestions(secret: string, loginId: string): SecurityQuestionId[] {
  const pool = [...SECURITY_QUESTIONS];
  const seed = hmac(secret, `decoy:${loginId}`);
  const picked: SecurityQuestionId[] = [];
  for (let i = 0; picked.length < 3; i++) {
    const [q] = pool.splice(seed[i]! % pool.length, 1);
    picked.push(q!);
  }
  return picked;
}

export async function startReset(
  deps: AuthDeps,
  input: { accountType: AccountType; loginId: string; method: 'email' | 'questions' },
  client: Client,
) {
  const pending = await deps.db.transaction().execute(async (trx) => {
    const found = await accounts.findUserByLoginId(trx, input.loginId);
    const user = found && ROLES_FOR[input.accountType].includes(found.role) && found.password_hash ? found : undefined;
    const county = user ? await countyOf(trx, user) : undefined;
    const token = newToken();
    const tokenHash = sha256(token);
    // Security questions are a weak "something you know" (NIST SP 800-63B rev 4 no longer allows them): kept only where
    // the county allows them and only for accounts with no second factor (docs/decisions/0010-security-questions.md).
    const usable =
      input.method === 'email'
        ? !!user?.email
        : !!user && policyOf(county).securityQuestionsAllowed && !(await factors.factorFactsOf(trx, user.id)).hasFactor;
    await store.insertFlow(trx, { tokenHash, purpose: 'reset', userId: usable ? user!.id : null, minutes: RESET_FLOW_MINUTES });
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: 'password.reset_requested',
      outcome: usable ? 'success' : 'failure',
      subjectUserId: user?.id ?? null,
      countyId: user?.county_id ?? null,
      details: { method: input.method },
    });
    if (input.method === 'questions') {
      const answers = usable ? await accounts.listSecurityAnswers(trx, user!.id) : [];
      const questions =
        answers.length === 3 ? answers.map((a) => a.question_id as SecurityQuestionId) : decoyQuestions(deps.secret, input.loginId);
      return { response: { flowToken: token, method: input.method, questions }, send: null };
    }
    const flow = (await store.findLiveFlow(trx, tokenHash, 'reset'))!;
    if (!usable) {
      // No mail goes out, but the flow's clock runs the same way, so replies stay alike.
      await store.setFlowCode(trx, tokenHash, null, CODE_MINUTES);
      return { response: { flowToken: token, method: input.method }, send: null };
    }
    const send = await sendCode({ ...deps, db: trx }, flow, user!.email!, 'resetCode', client.lang);
    return { response: { flowToken: token, method: input.method }, send };
  });
  // Not awaited: waiting for the mail server only when the account exists would tell, by the reply's
  // timing, which IDs are real.
  if (pending.send) void deliver(deps, pending.send.to, pending.send.mail);
  return pending.response;
}

export function verifyResetCode(deps: AuthDeps, input: { flowToken: string; code: string }) {
  return verifyFlowCode(deps, input.flowToken, 'reset', input.code);
}

export async function verifyResetAnswers(deps: AuthDeps, input: { flowToken: string; answers: string[] }) {
  const error = await deps.db.transaction().execute(async (trx) => {
    const flow = await liveFlow(trx, input.flowToken, 'reset');
    if (flow.code_attempts >= CODE_TRIES) return new AppError(400, 'codeTooManyTries');
    const stored = flow.user_id === null ? [] : await accounts.listSecurityAnswers(trx, flow.user_id);
    let allMatch = stored.length === 3;
    for (const [i, answer] of input.answers.entries()) {
      const s = stored[i];
      const ok = s ? await verifyPassword(s.answer_hash, normaliseAnswer(answer)) : (await verifyAgainstNothing(answer), false);
      allMatch &&= ok;
    }
    if (!allMatch) {
      const attempts = await store.countFlowAttempt(trx, flow.token_hash);
      return attempts >= CODE_TRIES ? new AppError(400, 'codeTooManyTries') : new AppError(400, 'answersWrong');
    }
    await store.markFlowVerified(trx, flow.token_hash, 'security_questions');
    return null;
  });
  if (error) throw error;
}

/**
 * A reset lifts a lockout, ends every session of the account, and tells the owner: a security notice
 * (in the portal, by email and by text when a phone is on file) through the notification queue, committed
 * with the change, so it goes out even if this process stops right after.
 */
export async function completeReset(deps: AuthDeps, input: { flowToken: string; password: string }, client: Client) {
  await deps.db.transaction().execute(async (trx) => {
    const flow = await liveFlow(trx, input.flowToken, 'reset');
    if (!flow.verified_at || !flow.user_id) throw new AppError(400, 'flowExpired');
    const user = await accounts.findUserById(trx, flow.user_id, true);
    if (!user) throw new AppError(400, 'flowExpired');
    checkNewPassword(input.password, user.login_id);
    const key = accounts.signInKey(deps.dataKey, user.login_id);
    const wasLocked = accounts.isLocked(await accounts.holdSignInFailures(trx, key), deps.clock.now());
    await accounts.setPassword(trx, user.id, await hashPassword(input.password));
    await accounts.clearFailures(trx, key);
    const ended = await endUserSessions(trx, user.id, 'password_reset');
    await store.consumeUserFlows(trx, user.id);
    const base = { ip: client.ip, userAgent: client.userAgent, actorUserId: user.id, subjectUserId: user.id, countyId: user.county_id };
    await recordAudit(trx, { ...base, action: 'password.reset', outcome: 'success', details: { by: flow.verified_by, sessionsEnded: ended } });
    if (wasLocked) await recordAudit(trx, { ...base, action: 'account.unlocked', outcome: 'success', details: { by: 'password_reset' } });
    await notify(trx, { event: 'password_changed', key: `password_changed:${user.id}:${newToken().slice(0, 16)}`, userIds: [user.id], data: { by: 'reset' } });
  });
}
