import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Db } from '../connection.js';

const countiesFile = z.object({
  counties: z.array(z.object({ code: z.number().int(), fips: z.string(), name: z.string(), slug: z.string() })).length(58),
});

/** The 58 counties are facts (copied from shared/data/counties.json); settings stay as counties edit them. */
export function loadCountyFacts() {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'counties.json');
  return countiesFile.parse(JSON.parse(readFileSync(file, 'utf8'))).counties;
}

export async function seedCounties(db: Db): Promise<void> {
  await db
    .insertInto('counties')
    .values(loadCountyFacts().map((c) => ({ id: c.code, fips: c.fips, name: c.name, slug: c.slug })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
