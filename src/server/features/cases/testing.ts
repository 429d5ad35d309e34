/** Test fixtures for the workday features: cases, authorisations, assignments and wage rates, inserted as county enrolment will. */
import type { Db } from '../../../db/connection.js';
import type { Config } from '../../config.js';
import { encryptField, diagnosesAad } from '../../lib/encryption.js';
import { createUser } from '../../testing/test-app.js';

export interface FixtureCase {
  caseNumber: string;
  countyId?: number;
  monthlyMinutes?: number;
  withRecipientAccount?: boolean;
  diagnoses?: string;
  home?: { latitude: number; longitude: number };
  eligibleFrom?: string;
}

export async function createCase(db: Db, config: Config, c: FixtureCase): Promise<{ caseId: number; recipientUserId: number | null }> {
  const countyId = c.countyId ?? 19;
  const recipientUserId = c.withRecipientAccount === false ? null : await createUser(db, config, { role: 'recipient', loginId: c.caseNumber, countyId });
  const { id } = await db
    .insertInto('cases')
    .values({
      case_number: c.caseNumber,
      county_id: countyId,
      recipient_user_id: recipientUserId,
      first_name: 'Rec',
      last_name: `Ipient${c.caseNumber.slice(-2)}`,
      eligible_from: c.eligibleFrom ?? '2020-01-01',
      street: `${c.caseNumber.slice(-3)} Test St`,
      city: 'Los Angeles',
      zip: '90012',
      phone: '5550109999',
      home_latitude: c.home?.latitude ?? 34.05,
      home_longitude: c.home?.longitude ?? -118.24,
      diagnoses_encrypted: c.diagnoses ? encryptField(config.dataKey, c.diagnoses, diagnosesAad(c.caseNumber)) : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('case_authorizations').values({ case_id: id, county_id: countyId, effective_month: '2020-01-01', monthly_minutes: c.monthlyMinutes ?? 283 * 60 }).execute();
  await db.insertInto('wage_rates').values({ county_id: countyId, effective_from: '2020-01-01', rate_cents: 1800, note: 'test' }).onConflict((oc) => oc.doNothing()).execute();
  return { caseId: id, recipientUserId };
}

export async function assign(
  db: Db,
  a: { providerId: number; caseId: number; countyId?: number; liveIn?: boolean; assignedMinutes?: number | null; travel?: boolean; start?: string; end?: string | null },
) {
  await db
    .insertInto('assignments')
    .values({
      provider_user_id: a.providerId,
      case_id: a.caseId,
      county_id: a.countyId ?? 19,
      start_date: a.start ?? '2020-01-01',
      end_date: a.end ?? null,
      assigned_monthly_minutes: a.assignedMinutes ?? null,
      live_in: a.liveIn ?? false,
      travel_agreement: a.travel ?? false,
    })
    .execute();
}

export async function setExemption(db: Db, providerId: number, exemption: 'none' | 'exemption1' | 'exemption2') {
  await db.insertInto('provider_profiles').values({ user_id: providerId, county_id: 19, exemption }).onConflict((oc) => oc.column('user_id').doUpdateSet({ exemption })).execute();
}
