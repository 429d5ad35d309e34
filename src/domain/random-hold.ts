/**
 * The random signature check. County payroll holds some timesheets with no exception for a closer look: LA DPSS
 * lists "holds (random signature checks, worker holds)" among its timesheet exceptions. A held timesheet waits in the
 * county's payroll queue (reason RANDOM_HOLD) until staff compare the signatures and the EVV records and approve or
 * deny it; a clean timesheet the check does not pick is approved by the system at once.
 *
 * The rate is the county's own setting (`counties.random_hold_per_mille`, 0-100 out of 1,000; 0 = off), set by its
 * county admin. The pick is not a random draw: it is a hash of the timesheet version's id, so a retried or replayed
 * approval of the same version routes the same way, and a correction (a new version) is judged afresh.
 */

export const RANDOM_HOLD = 'RANDOM_HOLD';

/** The version's place, 0-999, in the county's sample: a version is held when its slot is below the rate. */
export function randomHoldSlot(timesheetId: number): number {
  return sha256FirstWord(`random-hold:${timesheetId}`) % 1000;
}

/** Whether the random signature check holds version `timesheetId` at a rate of `perMille` out of 1,000. */
export function randomHoldPicks(timesheetId: number, perMille: number): boolean {
  return perMille > 0 && randomHoldSlot(timesheetId) < perMille;
}

// SHA-256 (NIST FIPS 180-4), written out because the domain runs in the browser too and imports no crypto library.
// Only the digest's first 32 bits are used, so the slots are those the check has always given (node:crypto's sha256).
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** The first 32-bit word of the SHA-256 digest of an ASCII text. */
export function sha256FirstWord(ascii: string): number {
  const bytes = Array.from(ascii, (c) => c.charCodeAt(0) & 0xff);
  const bits = bytes.length * 8;
  bytes.push(0x80);
  while (bytes.length % 64 !== 56) bytes.push(0);
  // The message length in bits, big-endian over 8 bytes; a text this rule hashes is far below 2^32 bits.
  bytes.push(0, 0, 0, 0, (bits >>> 24) & 0xff, (bits >>> 16) & 0xff, (bits >>> 8) & 0xff, bits & 0xff);
  const h = [...H0];
  const w = new Array<number>(64);
  for (let block = 0; block < bytes.length; block += 64) {
    for (let t = 0; t < 16; t++) {
      const i = block + t * 4;
      w[t] = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    }
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      const s0 = rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3);
      const s1 = rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, hh].forEach((v, i) => (h[i] = (h[i]! + v) >>> 0));
  }
  return h[0]!;
}
