import type { Db } from '../../../db/connection.js';

export const countyColumns = [
  'id',
  'fips',
  'name',
  'slug',
  'help_phone',
  'help_email',
  'help_hours',
  'lockout_threshold',
  'lockout_minutes',
  'idle_timeout_minutes',
  'absolute_timeout_minutes',
  'security_questions_allowed',
  'languages',
  'random_hold_per_mille',
  'require_second_factor',
] as const;

export function listCounties(db: Db) {
  return db.selectFrom('counties').select(['id', 'slug', 'name']).orderBy('name').execute();
}

export function findCountyBySlug(db: Db, slug: string) {
  return db.selectFrom('counties').select(countyColumns).where('slug', '=', slug).executeTakeFirst();
}

export function findCountyById(db: Db, id: number) {
  return db.selectFrom('counties').select(countyColumns).where('id', '=', id).executeTakeFirst();
}

export type CountyRow = NonNullable<Awaited<ReturnType<typeof findCountyById>>>;
