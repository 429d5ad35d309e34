import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { safeEqual, sha256 } from './tokens.js';

function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || (isIP(v4) === 4 && v4.startsWith('127.'));
}

function namesThisMachine(host: string | undefined): boolean {
  if (!host || !URL.canParse(`http://${host}`)) return false;
  const { hostname } = new URL(`http://${host}`);
  return hostname === 'localhost' || hostname === '[::1]' || isLoopbackAddress(hostname);
}

/**
 * A caller on this very machine, for what only its operator may read (the demo outbox, metrics). Three
 * things must hold:
 * - the TCP peer is a loopback address: the socket's own, never `request.ip`, which TRUST_PROXY takes from
 *   X-Forwarded-For, a header anyone can send;
 * - the request did not come through a proxy: a reverse proxy on the same machine is a loopback peer as well,
 *   but it adds X-Forwarded-For or Forwarded (a proxy that adds neither must not sit in front of the portal);
 * - the Host header names this machine: a web page whose own name is made to resolve to 127.0.0.1 (DNS
 *   rebinding) reaches the port from the operator's browser, but sends its own name.
 */
export function isLocalCaller(request: FastifyRequest): boolean {
  const { headers } = request;
  return (
    isLoopbackAddress(request.socket.remoteAddress) &&
    headers['x-forwarded-for'] === undefined &&
    headers.forwarded === undefined &&
    namesThisMachine(headers.host)
  );
}

/** `Authorization: Bearer <token>`, compared in constant time (both sides hashed first, so lengths match). */
export function hasBearerToken(request: FastifyRequest, token: string | undefined): boolean {
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(request.headers.authorization ?? '');
  return token !== undefined && match !== null && safeEqual(sha256(match[1]!), sha256(token));
}
