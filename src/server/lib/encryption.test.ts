import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptField, diagnosesAad, encryptField } from './encryption.js';

const key = randomBytes(32);

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips a value and never stores the plain text', () => {
    const stored = encryptField(key, 'Type 2 diabetes; low vision', diagnosesAad('9000001'));
    expect(stored.includes(Buffer.from('diabetes'))).toBe(false);
    expect(decryptField(key, stored, diagnosesAad('9000001'))).toBe('Type 2 diabetes; low vision');
  });

  it('gives a different ciphertext each time for the same value', () => {
    expect(encryptField(key, 'x', 'a').equals(encryptField(key, 'x', 'a'))).toBe(false);
  });

  it('refuses another key, another row, or a changed byte', () => {
    const stored = encryptField(key, 'Arthritis', diagnosesAad('9000001'));
    expect(() => decryptField(randomBytes(32), stored, diagnosesAad('9000001'))).toThrow();
    expect(() => decryptField(key, stored, diagnosesAad('9000002'))).toThrow();
    const tampered = Buffer.from(stored);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptField(key, tampered, diagnosesAad('9000001'))).toThrow();
  });
});
