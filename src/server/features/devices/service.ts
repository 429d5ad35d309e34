/**
 * Browsers an account has signed in from (issue #14), known by a long-lived random cookie of their own: a sign-in from
 * one the account has not seen before sends the `new_device_sign_in` notice.
 *
 * A feature of its own rather than part of sessions: the notice goes through notifications, which reads accounts,
 * which ends sessions; sessions calling notifications would close that loop (features/feature-cycles.test.ts).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/connection.js';
import { newToken, sha256 } from '../../lib/tokens.js';
import { privateCookie } from '../../plugins/auth.js';
import { notify } from '../notifications/service.js';
import { attachDevice, describeClient } from '../sessions/service.js';
import * as store from './store.js';

export const DEVICE_COOKIE = 'ihss_device';

/** About 13 months: the most a browser keeps a cookie (Chrome caps Max-Age at 400 days), so a yearly user stays known. */
export const DEVICE_COOKIE_DAYS = 400;

/** A token newToken() made: 32 random bytes in base64url. Anything else the browser sends is ignored. */
const DEVICE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The device cookie the browser sent, if it has the shape of one. */
export function deviceTokenOf(request: FastifyRequest): string | undefined {
  const token = request.cookies[DEVICE_COOKIE];
  return token !== undefined && DEVICE_TOKEN.test(token) ? token : undefined;
}

/**
 * Sets (or renews) the device cookie. HttpOnly, and Secure and SameSite as the session cookie (plugins/auth.ts): it
 * is not a credential, but whoever copies it can sign in from elsewhere without the new-device notice.
 */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string) {
  request.cookies[DEVICE_COOKIE] = token;
  reply.setCookie(DEVICE_COOKIE, token, { ...privateCookie(request), maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60 });
}

export interface SignInDevice {
  userId: number;
  /** The session the sign-in made, once it is signed in (after the second factor, if any). */
  sessionIdHash: Buffer;
  /** The device cookie the browser sent (deviceTokenOf), or undefined. */
  deviceToken: string | undefined;
  client: { ip: string | null; userAgent: string | null };
}

/**
 * Notes the browser of a successful sign-in: finds or adds its known_devices row (keeping the browser's token, so one
 * browser is one device for every account signed in from it), joins the session to it, and, when the account had
 * signed in before from another browser and never from this one, sends the `new_device_sign_in` notice. The first
 * browser an account uses sends none: there is nothing yet to compare it with. All in one transaction (the caller's,
 * when `db` is one). The caller sets the cookie to the token returned, which renews its 400 days.
 */
export async function noteSignInDevice(db: Db, sign: SignInDevice): Promise<{ deviceToken: string; isNew: boolean }> {
  const deviceToken = sign.deviceToken !== undefined && DEVICE_TOKEN.test(sign.deviceToken) ? sign.deviceToken : newToken();
  const work = async (trx: Db) => {
    const device = await store.findOrAddDevice(trx, sign.userId, sha256(deviceToken));
    await attachDevice(trx, sign.sessionIdHash, device.id);
    if (device.inserted && (await store.knowsOtherDevice(trx, sign.userId, device.id))) {
      const seen = describeClient(sign.client);
      await notify(trx, {
        event: 'new_device_sign_in',
        key: `new_device_sign_in:device:${device.id}`,
        userIds: [sign.userId],
        // Codes and product names, not sentences: each language words them when the notice is read or sent.
        data: { device: seen.device, browser: seen.browser, os: seen.os, network: seen.network, ipVersion: seen.ipVersion, address: seen.address },
      });
    }
    return { deviceToken, isNew: device.inserted };
  };
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
