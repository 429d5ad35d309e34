/**
 * The provider's own contact details. Mailing address and language change freely; the phone and the email
 * need the current password again, and a new email is used only once the 6-digit code sent to it is typed
 * (10 minutes, 5 tries, single use, as the sign-in codes). The old address is told of the change. Every
 * change, and every wrong password, is audited. A phone or email change also sends the `contact_changed`
 * security notice (in the portal, by email; preferences cannot switch it off).
 */
import type { FastifyBaseLogger } from 'fastify';
import { pickLanguage, type Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { AppError, FieldError, notFound } from '../../errors.js';
import { verifyPassword } from '../../lib/passwords.js';
import { hmac, newSixDigitCode, newToken, safeEqual } from '../../lib/tokens.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, helpDeskOf } from '../counties/service.js';
import { maskEmail, type Mailer } from '../mail/service.js';
import { notify } from '../notifications/service.js';
import { profileMail } from './mail.js';
import * as store from './store.js';
import type { Client } from '../../lib/client.js';

export const CODE_MINUTES = 10;
export const CODE_TRIES = 5;

export interface Deps {
  db: Db;
  secret: string;
  mailer: Mailer;
  log: FastifyBaseLogger;
}
const codeHash = (secret: string, userId: number, address: string, code: string) => hmac(secret, `email-change:${userId}:${address.toLowerCase()}:${code}`);

export async function getProfile(db: Db, userId: number) {
  const user = await accounts.findUserById(db, userId);
  if (!user) throw notFound();
  const p = await store.findProfile(db, userId);
  const pending = await store.findPendingEmailChange(db, userId);
  return {
    loginId: user.login_id,
    firstName: user.first_name,
    lastName: user.last_name,
    email: user.email,
    pendingEmail: pending?.new_value ?? null,
    phone: p?.phone ?? null,
    mailingAddress:
      p?.mailing_street && p.mailing_city && p.mailing_state && p.mailing_zip
        ? { street: p.mailing_street, unit: p.mailing_unit, city: p.mailing_city, state: p.mailing_state, zip: p.mailing_zip }
        : null,
    preferredLanguage: pickLanguage(user.preferred_language),
  };
}

async function recheckPassword(db: Db, userId: number, password: string, client: Client, purpose: string) {
  const user = await accounts.findUserById(db, userId);
  if (!user?.password_hash || !(await verifyPassword(user.password_hash, password))) {
    await recordAudit(db, { ip: client.ip, userAgent: client.userAgent, action: 'profile.password_recheck', outcome: 'failure', actorUserId: userId, subjectUserId: userId, countyId: user?.county_id ?? null, details: { purpose } });
    throw new FieldError('currentPassword', 'passwordWrong');
  }
  return user;
}

export async function updateProfile(
  db: Db,
  userId: number,
  input: { mailingAddress?: { street: string; unit?: string | null | undefined; city: string; state: string; zip: string } | undefined; preferredLanguage?: Language | undefined },
  client: Client,
) {
  await db.transaction().execute(async (trx) => {
    const user = await accounts.findUserById(trx, userId, true);
    if (!user || user.county_id === null) throw notFound();
    const changed: string[] = [];
    if (input.mailingAddress) {
      const a = input.mailingAddress;
      await store.upsertProfile(trx, userId, user.county_id, { mailing_street: a.street, mailing_unit: a.unit ?? null, mailing_city: a.city, mailing_state: a.state, mailing_zip: a.zip });
      changed.push('mailingAddress');
    }
    if (input.preferredLanguage) {
      await accounts.setPreferredLanguage(trx, userId, input.preferredLanguage);
      changed.push('preferredLanguage');
    }
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: 'profile.updated', outcome: 'success', actorUserId: userId, subjectUserId: userId, countyId: user.county_id, details: { changed } });
  });
  return getProfile(db, userId);
}

export async function changePhone(db: Db, userId: number, input: { currentPassword: string; phone: string }, client: Client) {
  const user = await recheckPassword(db, userId, input.currentPassword, client, 'phone');
  await db.transaction().execute(async (trx) => {
    const before = await store.findProfile(trx, userId);
    await store.upsertProfile(trx, userId, user.county_id!, { phone: input.phone });
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: 'profile.phone_changed',
      outcome: 'success',
      actorUserId: userId,
      subjectUserId: userId,
      countyId: user.county_id,
      details: { hadPhone: !!before?.phone, last4: input.phone.slice(-4) },
    });
    // A security notice (cannot be switched off): in the portal, by email, and by text to the new phone if texts are on.
    await notify(trx, { event: 'contact_changed', key: `contact_changed:phone:${userId}:${newToken().slice(0, 16)}`, userIds: [userId], data: { what: 'phone' } });
  });
  return getProfile(db, userId);
}

export async function startEmailChange(deps: Deps, userId: number, input: { currentPassword: string; newEmail: string }, client: Client) {
  const user = await recheckPassword(deps.db, userId, input.currentPassword, client, 'email');
  if (user.email && user.email.toLowerCase() === input.newEmail.toLowerCase()) throw new FieldError('newEmail', 'emailSameAsCurrent');
  const code = newSixDigitCode();
  const row = await deps.db.transaction().execute(async (trx) => {
    const r = await store.replacePendingEmailChange(trx, userId, input.newEmail, codeHash(deps.secret, userId, input.newEmail, code), CODE_MINUTES);
    await recordAudit(trx, { ip: client.ip, userAgent: client.userAgent, action: 'profile.email_change_requested', outcome: 'success', actorUserId: userId, subjectUserId: userId, countyId: user.county_id, details: { to: maskEmail(input.newEmail) } });
    return r;
  });
  try {
    await deps.mailer.send(input.newEmail, profileMail[client.lang].emailChangeCode({ code, minutes: CODE_MINUTES }));
  } catch (err) {
    deps.log.error({ err }, 'mail delivery failed');
  }
  return { sentTo: maskEmail(input.newEmail), expiresAt: row.expires_at.toISOString() };
}

export async function confirmEmailChange(deps: Deps, userId: number, code: string, client: Client) {
  const result = await deps.db.transaction().execute(async (trx) => {
    const pending = await store.findPendingEmailChange(trx, userId, true);
    if (!pending) return { error: new AppError(400, 'emailChangeNotPending') };
    if (pending.code_attempts >= CODE_TRIES) return { error: new AppError(400, 'codeTooManyTries') };
    if (!safeEqual(pending.code_hash, codeHash(deps.secret, userId, pending.new_value, code))) {
      const attempts = await store.countAttempt(trx, pending.id);
      const remaining = Math.max(0, CODE_TRIES - attempts);
      return { error: remaining === 0 ? new AppError(400, 'codeTooManyTries') : new AppError(400, 'codeWrong', { remaining }) };
    }
    const user = (await accounts.findUserById(trx, userId, true))!;
    await accounts.setVerifiedEmail(trx, userId, pending.new_value);
    await store.consume(trx, pending.id);
    await recordAudit(trx, {
      ip: client.ip,
      userAgent: client.userAgent,
      action: 'profile.email_changed',
      outcome: 'success',
      actorUserId: userId,
      subjectUserId: userId,
      countyId: user.county_id,
      details: { from: user.email ? maskEmail(user.email) : null, to: maskEmail(pending.new_value) },
    });
    // A security notice (cannot be switched off), to the new address and in the portal; the old address gets its own mail below.
    await notify(trx, { event: 'contact_changed', key: `contact_changed:email:${pending.id}`, userIds: [userId], data: { what: 'email' } });
    const county = user.county_id === null ? undefined : await findCountyById(trx, user.county_id);
    return { oldEmail: user.email, newEmail: pending.new_value, phone: helpDeskOf(county).phone };
  });
  if ('error' in result) throw result.error;
  if (result.oldEmail) {
    try {
      await deps.mailer.send(result.oldEmail, profileMail[client.lang].emailChanged({ newAddress: maskEmail(result.newEmail), phone: result.phone }));
    } catch (err) {
      deps.log.error({ err }, 'mail delivery failed');
    }
  }
  return getProfile(deps.db, userId);
}
