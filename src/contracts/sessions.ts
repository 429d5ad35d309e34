/**
 * "Devices and sessions" (issue #14): the signed-in person's open sessions, each with its device, browser and an
 * approximate place, and signing out one of them or every other one.
 */
import { z } from 'zod';
import { msg, ok } from './common.js';
import { endpoint } from './endpoint.js';

/** What a browser runs on, as its user agent says; `unknown` when it says nothing we recognise. */
export const DEVICE_KINDS = ['phone', 'tablet', 'computer', 'unknown'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

/**
 * Where a session's address sits, from the address alone: the portal has no geolocation database (one would have to
 * be shipped and kept up to date, and a city guessed for a phone's carrier address is often wrong). `this_computer`
 * is the portal's own machine (loopback: a demo, or a proxy the portal does not trust to name the caller);
 * `private` a home, office or carrier network's own range (RFC 1918, RFC 6598, link-local, IPv6 unique-local);
 * `internet` any other; `unknown` when no address was recorded.
 */
export const NETWORK_KINDS = ['this_computer', 'private', 'internet', 'unknown'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** A browser and where it is, in codes and product names: each language words them (web, and the notices). */
export const clientDescription = z.object({
  device: z.enum(DEVICE_KINDS),
  browser: z.string().nullable().describe('Chrome, Safari, Firefox, Edge, Samsung Internet or Opera; null when not recognised'),
  os: z.string().nullable().describe('Android, iOS, Windows, macOS, Linux or ChromeOS; null when not recognised'),
  network: z.enum(NETWORK_KINDS),
  ipVersion: z.union([z.literal(4), z.literal(6)]).nullable(),
  address: z.string().nullable().describe('An internet IPv4 address with its last part hidden (203.0.113.x); null otherwise'),
});
export type ClientDescription = z.infer<typeof clientDescription>;

/**
 * A session's public id: the first 8 bytes, in hex, of the stored SHA-256 of its 256-bit random token. The hash of
 * a secret that long reveals nothing of it, a prefix of the hash less, and the server hashes whatever cookie it is
 * sent, so the id cannot be presented as a session either.
 */
export const SESSION_ID = /^[0-9a-f]{16}$/;

export const sessionView = clientDescription.extend({
  id: z.string().regex(SESSION_ID),
  current: z.boolean().describe('The session that made this request: "This device"'),
  signedInAt: z.string(),
  lastUsedAt: z.string(),
});
export type SessionView = z.infer<typeof sessionView>;

export const sessionList = z.object({ sessions: z.array(sessionView).describe('Open sessions, the most recently used first') });
export type SessionList = z.infer<typeof sessionList>;

export const sessionParams = z.object({ id: z.string(msg('notFound')).regex(SESSION_ID, msg('notFound')) });

export const otherSessionsEnded = z.object({ ended: z.number().int().min(0).describe('How many sessions were signed out') });

export const sessionEndpoints = {
  list: endpoint({ method: 'GET', path: '/api/sessions', access: 'authenticated', summary: 'My open sessions: device, browser, approximate place, sign-in and last use', answer: sessionList }),
  signOut: endpoint({
    method: 'POST',
    path: '/api/sessions/:id/sign-out',
    access: 'authenticated',
    summary: 'Sign out one of my other sessions (404 when it is not mine or no longer open; 409 for this one: sign out instead)',
    params: sessionParams,
    answer: ok,
  }),
  signOutOthers: endpoint({
    method: 'POST',
    path: '/api/sessions/sign-out-others',
    access: 'authenticated',
    summary: 'Sign out every session of mine except this one',
    answer: otherSessionsEnded,
  }),
};
