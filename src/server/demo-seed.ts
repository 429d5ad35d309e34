import type { Db } from '../db/connection.js';
import { seedDemo } from '../db/seed/demo.js';
import type { Config } from './config.js';
import { ssnLast4Hmac } from './features/accounts/service.js';
import { diagnosesAad, encryptField } from './lib/encryption.js';
import { hashPassword, normaliseAnswer } from './lib/passwords.js';

/** Loads the demo accounts and cases with the server's own hashing and encryption (demo mode only). */
export function seedDemoData(db: Db, config: Config): Promise<boolean> {
  return seedDemo(db, {
    hashPassword,
    hashAnswer: (a) => hashPassword(normaliseAnswer(a)),
    ssnLast4Hmac: (digits) => ssnLast4Hmac(config.dataKey, digits),
    encryptDiagnoses: (caseNumber, plaintext) => encryptField(config.dataKey, plaintext, diagnosesAad(caseNumber)),
  });
}
