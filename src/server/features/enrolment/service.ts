import { randomInt } from 'node:crypto';
import type { EnrolmentLetter, EnrolProviderRequest } from '../../../contracts/enrolment.js';
import { CREATE_ACCOUNT_NEEDS } from '../../../contracts/enrolment.js';
import { pickLanguage } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate } from '../../../domain/index.js';
import { FieldError, forbidden, notFound } from '../../errors.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import * as accounts from '../accounts/service.js';
import { nowInDb } from '../cases/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, getCounty, helpDeskOf } from '../counties/service.js';
import * as store from './store.js';
import type { Viewer } from '../../lib/viewer.js';
import type { Client } from '../../lib/client.js';

export type { Viewer };


/** The demo accounts use 900000001-900000099; issued IDs stay out of that range so demo data never collides. */
const DEMO_RANGE = { from: 900_000_000, to: 900_000_099 };

/**
 * A new Provider ID: 9 digits, never starting with 0 (so it survives spreadsheets and phone keypads that drop
 * leading zeros), drawn at random from 100000000-999999999 (not sequential: a neighbour's ID cannot be guessed
 * from one's own), outside the demo range. Uniqueness against every login ID is the database's UNIQUE key.
 */
export function newProviderId(random: (min: number, max: number) => number = randomInt): string {
  for (;;) {
    const n = random(100_000_000, 1_000_000_000);
    if (n < DEMO_RANGE.from || n > DEMO_RANGE.to) return String(n);
  }
}

/** Today in California by the database's clock, like every other judgement of time in the portal. */
async function todayInCalifornia(db: Db): Promise<string> {
  return californiaDate(await nowInDb(db));
}

function checkSteps(input: EnrolProviderRequest, today: string) {
  if (input.dateOfBirth >= today) throw new FieldError('dateOfBirth', 'dateOfBirthRange');
  for (const field of ['orientationCompletedOn', 'backgroundCheckClearedOn'] as const) {
    if (input[field] > today) throw new FieldError(field, 'enrolmentStepDate');
    if (input[field] <= input.dateOfBirth) throw new FieldError(field, 'enrolmentBeforeBirth');
  }
}

function countyOf(viewer: Viewer): number {
  if (viewer.countyId === null) throw forbidden();
  return viewer.countyId;
}

/**
 * Enrols a provider in the staff member's own county: the account (not yet set up: no password, email not
 * confirmed), the enrolment record, and the audit row, in one transaction. The provider then creates their
 * account with the existing "Create your account" flow, using the letter's Provider ID and the name, date of
 * birth and SSN digits recorded here.
 */
export async function enrolProvider(db: Db, dataKey: Buffer, viewer: Viewer, input: EnrolProviderRequest, client: Client): Promise<EnrolmentLetter> {
  const countyId = countyOf(viewer);
  checkSteps(input, await todayInCalifornia(db));
  for (let attempt = 1; ; attempt++) {
    try {
      const loginId = await db.transaction().execute(async (trx) => {
        let id = newProviderId();
        while (await accounts.findUserByLoginId(trx, id)) id = newProviderId();
        const userId = await accounts.insertUser(trx, {
          role: 'provider',
          loginId: id,
          countyId,
          firstName: input.firstName,
          lastName: input.lastName,
          dateOfBirth: input.dateOfBirth,
          ssnLast4Hmac: accounts.ssnLast4Hmac(dataKey, input.ssnLast4),
          email: input.email ?? null,
          preferredLanguage: input.preferredLanguage,
        });
        await store.insertEnrolment(trx, {
          userId,
          countyId,
          orientation: input.orientationCompletedOn,
          backgroundCheck: input.backgroundCheckClearedOn,
          phone: input.phone ?? null,
          mailing: input.mailingAddress ?? null,
          enrolledBy: viewer.id,
        });
        await recordAudit(trx, {
          ...client,
          action: 'provider.enrolled',
          outcome: 'success',
          actorUserId: viewer.id,
          subjectUserId: userId,
          countyId,
          details: { providerId: id, orientation: input.orientationCompletedOn, backgroundCheck: input.backgroundCheckClearedOn },
        });
        return id;
      });
      return letterFor(db, viewer, loginId);
    } catch (err) {
      // Two enrolments drew the same random ID at the same instant: draw again.
      if (pgErrorCode(err) !== PG_UNIQUE_VIOLATION || attempt >= 5) throw err;
    }
  }
}

/**
 * The phone the county recorded at enrolment, or null: a contact on file the account itself cannot change, so a
 * security notice sent there reaches the provider even when a stolen password changed the profile's phone.
 */
export const enrolmentPhone = store.enrolmentPhone;

/** The letter's content, for staff of the provider's county (a state admin: any county). */
export async function letterFor(db: Db, viewer: Viewer, providerId: string): Promise<EnrolmentLetter> {
  const e = await store.findEnrolment(db, providerId);
  if (!e || e.county_id === null || (viewer.role !== 'state_admin' && e.county_id !== viewer.countyId)) throw notFound();
  const county = (await findCountyById(db, e.county_id))!;
  return {
    providerId: e.login_id,
    firstName: e.first_name,
    lastName: e.last_name,
    county: { code: county.id, slug: county.slug, name: county.name },
    enrolledOn: californiaDate(e.enrolled_at),
    language: pickLanguage(e.preferred_language),
    mailingAddress:
      e.mailing_street && e.mailing_city && e.mailing_state && e.mailing_zip
        ? { street: e.mailing_street, unit: e.mailing_unit, city: e.mailing_city, state: e.mailing_state, zip: e.mailing_zip }
        : null,
    createAccount: { path: '/create-account', youWillNeed: [...CREATE_ACCOUNT_NEEDS] },
    steps: { orientationCompletedOn: e.orientation_completed_on, backgroundCheckClearedOn: e.background_check_cleared_on },
    helpDesk: helpDeskOf(county),
    neverAsksForPassword: true,
  };
}

export async function listEnrolments(db: Db, viewer: Viewer, q: { limit: number; county?: string | undefined }) {
  let countyId: number;
  if (viewer.role === 'state_admin') {
    if (!q.county) throw new FieldError('county', 'required');
    countyId = (await getCounty(db, q.county)).code;
  } else countyId = countyOf(viewer);
  const rows = await store.listEnrolments(db, countyId, q.limit);
  return {
    enrolments: rows.map((r) => ({
      providerId: r.login_id,
      firstName: r.first_name,
      lastName: r.last_name,
      enrolledAt: r.enrolled_at.toISOString(),
      enrolledBy: `${r.by_first} ${r.by_last}`,
      setUp: r.password_hash !== null,
      status: r.status,
    })),
  };
}

/** How many providers enrolled in a county (undefined: every county) have not created their account; the caller scopes. */
export const countNotSetUp = store.countNotSetUp;
