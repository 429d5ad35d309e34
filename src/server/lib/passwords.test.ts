import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { blocklistFile, hashPassword, isBlockedPassword, normaliseAnswer, verifyPassword } from './passwords.js';

describe('password blocklist', () => {
  it('ships at least the 100,000 most common passwords', () => {
    const entries = new Set(gunzipSync(readFileSync(blocklistFile())).toString('utf8').split('\n').filter(Boolean));
    expect(entries.size).toBeGreaterThanOrEqual(100_000);
  });

  it('refuses long passwords from the list whatever their case', () => {
    expect(isBlockedPassword('1qaz2wsx3edc4rfv')).toBe(true);
    expect(isBlockedPassword('1QAZ2WSX3EDC4RFV')).toBe(true);
    expect(isBlockedPassword('sunflower kettle marathon 42')).toBe(false);
  });
});

describe('argon2id hashing', () => {
  it('verifies the right password and refuses another, with the settled parameters', async () => {
    const h = await hashPassword('correct horse battery staple');
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(h, 'correct horse battery stapler')).toBe(false);
  });
});

describe('security answers', () => {
  it('compare ignoring case and spacing', () => {
    expect(normaliseAnswer('  Main   STREET ')).toBe(normaliseAnswer('main street'));
  });
});
