import { hmac, newSixDigitCode, safeEqual } from '../../lib/tokens.js';

/** One-time codes: 6 digits, valid 10 minutes, 5 tries, single use (issue #2). */
export const CODE_MINUTES = 10;
export const CODE_TRIES = 5;
export const CODES_PER_FLOW = 5;
export const SETUP_FLOW_MINUTES = 30;
export const RESET_FLOW_MINUTES = 20;

/** Codes are stored as an HMAC bound to their flow, so a code read from one flow's row fits no other. */
export function codeHash(secret: string, flowTokenHash: Buffer, code: string): Buffer {
  return hmac(secret, `code:${flowTokenHash.toString('hex')}:${code}`);
}

export function issueCode(secret: string, flowTokenHash: Buffer) {
  const code = newSixDigitCode();
  return { code, hash: codeHash(secret, flowTokenHash, code) };
}

export function codeMatches(secret: string, flowTokenHash: Buffer, stored: Buffer | null, code: string): boolean {
  return stored !== null && safeEqual(stored, codeHash(secret, flowTokenHash, code));
}
