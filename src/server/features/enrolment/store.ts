import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';

export async function insertEnrolment(
  db: Db,
  e: {
    userId: number;
    countyId: number;
    orientation: string;
    backgroundCheck: string;
    phone: string | null;
    mailing: { street: string; unit?: string | null | undefined; city: string; state: string; zip: string } | null;
    enrolledBy: number;
  },
) {
  await db
    .insertInto('provider_enrolments')
    .values({
      user_id: e.userId,
      county_id: e.countyId,
      orientation_completed_on: e.orientation,
      background_check_cleared_on: e.backgroundCheck,
      phone: e.phone,
      mailing_street: e.mailing?.street ?? null,
      mailing_unit: e.mailing?.unit || null,
      mailing_city: e.mailing?.city ?? null,
      mailing_state: e.mailing?.state ?? null,
      mailing_zip: e.mailing?.zip ?? null,
      enrolled_by: e.enrolledBy,
    })
    .execute();
}

export function findEnrolment(db: Db, loginId: string) {
  return db
    .selectFrom('provider_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select([
      'u.id',
      'u.login_id',
      'u.first_name',
      'u.last_name',
      'u.preferred_language',
      'u.county_id',
      'e.orientation_completed_on',
      'e.background_check_cleared_on',
      'e.mailing_street',
      'e.mailing_unit',
      'e.mailing_city',
      'e.mailing_state',
      'e.mailing_zip',
      'e.enrolled_at',
    ])
    .where('u.login_id', '=', loginId)
    .executeTakeFirst();
}
export type EnrolmentRow = NonNullable<Awaited<ReturnType<typeof findEnrolment>>>;

export async function enrolmentPhone(db: Db, userId: number): Promise<string | null> {
  const row = await db.selectFrom('provider_enrolments').select('phone').where('user_id', '=', userId).executeTakeFirst();
  return row?.phone ?? null;
}

export function listEnrolments(db: Db, countyId: number, limit: number) {
  return db
    .selectFrom('provider_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .innerJoin('users as by', 'by.id', 'e.enrolled_by')
    .select(['u.login_id', 'u.first_name', 'u.last_name', 'u.status', 'u.password_hash', 'e.enrolled_at', 'by.first_name as by_first', 'by.last_name as by_last'])
    .where('e.county_id', '=', countyId)
    .orderBy('e.enrolled_at', 'desc')
    .limit(limit)
    .execute();
}

/**
 * Providers enrolled in one county or (undefined) every county whose account is active and not created yet. The
 * account's county is the enrolment's (enrolProvider writes both); naming it too lets the count start from the few
 * accounts not set up (the partial index users_not_set_up) instead of every enrolment of the county.
 */
export async function countNotSetUp(db: Db, countyId: number | undefined) {
  let q = db
    .selectFrom('provider_enrolments as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('u.role', '=', 'provider')
    .where('u.password_hash', 'is', null)
    .where('u.status', '=', 'active');
  if (countyId !== undefined) q = q.where('e.county_id', '=', countyId).where('u.county_id', '=', countyId);
  return (await q.executeTakeFirstOrThrow()).n;
}
