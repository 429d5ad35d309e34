import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Field encryption for health data at rest (ARCHITECTURE.md, Data): AES-256-GCM under the server's data key
 * (`DATA_ENCRYPTION_KEY`). The stored value is `version (1 byte) | IV (12) | tag (16) | ciphertext`. The
 * associated data binds a value to its row (e.g. `case:9000001:diagnoses`), so a ciphertext copied into
 * another row does not decrypt.
 */
const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export function encryptField(key: Buffer, plaintext: string, associatedData: string): Buffer {
  if (key.length !== 32) throw new RangeError('The data key must be 32 bytes');
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
}

/** Throws when the key, the associated data or a single byte of the value is wrong. */
export function decryptField(key: Buffer, stored: Buffer, associatedData: string): string {
  if (stored.length < 1 + IV_BYTES + TAG_BYTES || stored[0] !== VERSION) throw new Error('Not an encrypted field');
  const iv = stored.subarray(1, 1 + IV_BYTES);
  const tag = stored.subarray(1 + IV_BYTES, 1 + IV_BYTES + TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, 'utf8'));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(stored.subarray(1 + IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
}

export const diagnosesAad = (caseNumber: string) => `case:${caseNumber}:diagnoses`;
