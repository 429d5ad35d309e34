import type { Db } from '../db/connection.js';
import { seedDemo, type DemoSeedDeps } from '../db/seed/demo.js';
import { seedDemoPayrollTerms } from '../db/seed/demo-payroll-terms.js';
import type { Config } from './config.js';
import { seedDemoCountyReview } from './demo-review.js';
import { ssnLast4Hmac } from './features/accounts/service.js';
import { seedDemoPayDestination } from './features/direct-deposit/demo.js';
import { diagnosesAad, encryptField } from './lib/encryption.js';
import { hashPassword, normaliseAnswer } from './lib/passwords.js';

/**
 * Loads the demo accounts and cases with the server's own hashing and encryption (demo mode only), then the county's
 * review queue through the portal's services, dated `now` (the portal's clock).
 */
export async function seedDemoData(db: Db, config: Config, now: Date): Promise<boolean> {
  const deps: DemoSeedDeps = {
    hashPassword,
    hashAnswer: (a) => hashPassword(normaliseAnswer(a)),
    ssnLast4Hmac: (digits) => ssnLast4Hmac(config.dataKey, digits),
    encryptDiagnoses: (caseNumber, plaintext) => encryptField(config.dataKey, plaintext, diagnosesAad(caseNumber)),
  };
  const seeded = await seedDemo(db, deps);
  await seedDemoPayrollTerms(db);
  await seedDemoCountyReview(db, deps, now);
  // Maria Gonzalez, the demo provider, is paid by direct deposit: a change she makes shows the hold.
  await seedDemoPayDestination(db, config.dataKey, now, '900000001');
  return seeded;
}
