import { isIP } from 'node:net';
import type { ClientDescription } from '../../../contracts/sessions.js';

export type Place = Pick<ClientDescription, 'network' | 'ipVersion' | 'address'>;

/** IPv4 ranges that never come from the internet itself: a home, office or carrier network's own addresses. */
function isPrivateV4(a: number, b: number): boolean {
  return (
    a === 10 || // RFC 1918
    (a === 172 && b >= 16 && b <= 31) || // RFC 1918
    (a === 192 && b === 168) || // RFC 1918
    (a === 100 && b >= 64 && b <= 127) || // RFC 6598, shared by carriers and VPNs: not a place on the internet
    (a === 169 && b === 254) // link-local
  );
}

/**
 * An approximate place from the network kind alone (see NETWORK_KINDS in contracts/sessions.ts for why no map).
 * An internet IPv4 address keeps its first three parts, which name a network (often a provider's), and hides the
 * last, which names one subscriber: enough to tell "my home" from "somewhere else" without publishing an address.
 * An IPv6 address is not shown at all: its first half names a single home or phone, and its second half the device.
 */
export function placeOf(ip: string | null | undefined): Place {
  if (!ip) return { network: 'unknown', ipVersion: null, address: null };
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  const v4 = mapped ?? ip;
  if (isIP(v4) === 4) {
    const [a = 0, b = 0, c = 0] = v4.split('.').map(Number);
    if (a === 127) return { network: 'this_computer', ipVersion: 4, address: null };
    if (isPrivateV4(a, b)) return { network: 'private', ipVersion: 4, address: null };
    return { network: 'internet', ipVersion: 4, address: `${a}.${b}.${c}.x` };
  }
  if (isIP(ip) === 6) {
    if (ip === '::1') return { network: 'this_computer', ipVersion: 6, address: null };
    // fc00::/7 unique-local, fe80::/10 link-local.
    if (/^f[cd][0-9a-f]{0,2}:/i.test(ip) || /^fe[89ab][0-9a-f]?:/i.test(ip)) return { network: 'private', ipVersion: 6, address: null };
    return { network: 'internet', ipVersion: 6, address: null };
  }
  return { network: 'unknown', ipVersion: null, address: null };
}
