/**
 * A person's sign-in history, read from the audit trail: the person reads their own (auth) and county staff read it
 * for someone of their county (accounts), so it sits with the audit events both features read.
 */
import { isIP } from 'node:net';
import { SIGN_IN_EVENTS, type NetworkKind } from '../../../contracts/auth.js';
import type { Db } from '../../../db/connection.js';
import { parseUserAgent } from '../../lib/user-agent.js';
import { readOwnEvents } from './service.js';

/** "Chrome / Android": enough for a person to recognise their own phone (versions: see lib/user-agent.ts). */
export function describeDevice(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const { browser, os } = parseUserAgent(userAgent);
  if (!browser && !os) return userAgent.slice(0, 80);
  return [browser, os].filter(Boolean).join(' / ');
}

/**
 * Where an address sits, without a geolocation database: that would mean shipping and updating one, and
 * a city guess is often wrong for phones. The address itself is shown beside it.
 */
export function describeNetwork(ip: string | null): NetworkKind | null {
  if (!ip) return null;
  const v4 = ip.startsWith('::ffff:') ? ip.slice(7) : ip;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0] = v4.split('.').map(Number);
    if (a === 127) return 'loopback';
    if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
    if (a === 100 && b >= 64 && b <= 127) return 'carrier';
    return 'internet';
  }
  if (ip === '::1') return 'loopback';
  if (/^f[cd]/i.test(ip) || /^fe80/i.test(ip)) return 'private';
  return 'internet';
}

export async function signInHistory(db: Db, userId: number) {
  const rows = await readOwnEvents(db, userId, SIGN_IN_EVENTS, 100);
  return {
    events: rows.map((r) => ({
      at: r.occurred_at.toISOString(),
      action: r.action as (typeof SIGN_IN_EVENTS)[number],
      outcome: r.outcome,
      ip: r.ip,
      network: describeNetwork(r.ip),
      device: describeDevice(r.user_agent),
    })),
  };
}
