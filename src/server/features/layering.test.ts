import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * ARCHITECTURE: a feature reaches another feature's data through that feature's service, not its SQL. ESLint
 * refuses importing another feature's store; this test refuses the other way round the rule: a store that reads
 * or writes the accounts feature's `users` table on its own. Joins that only add a person's name to a feature's
 * own rows are allowed; so are the set-based fan-outs below, which reach up to a whole county (200,000 people)
 * in one statement and would otherwise become one query per person.
 */
const FEATURES = path.dirname(fileURLToPath(import.meta.url));
const OWN_STATEMENT = /selectFrom\('users'\)|updateTable\('users'\)|insertInto\('users'\)|deleteFrom\('users'\)|\bFROM users\b|\bUPDATE users\b|\bINTO users\b/g;
const SET_BASED_FAN_OUTS: Record<string, number> = {
  'messages/store.ts': 1, // addRecipients: a message's recipients, up to every active provider of a county
  'notifications/store.ts': 2, // resolveTargets and insertInApp: one statement for any number of people
};

describe('feature stores', () => {
  it("leave the users table to the accounts feature, except the listed set-based fan-outs", () => {
    const found: Record<string, number> = {};
    for (const feature of readdirSync(FEATURES, { withFileTypes: true })) {
      if (!feature.isDirectory() || feature.name === 'accounts') continue;
      const file = path.join(FEATURES, feature.name, 'store.ts');
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      const n = text.match(OWN_STATEMENT)?.length ?? 0;
      if (n > 0) found[`${feature.name}/store.ts`] = n;
    }
    expect(found).toEqual(SET_BASED_FAN_OUTS);
  });
});
