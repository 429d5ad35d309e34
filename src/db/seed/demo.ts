import { sql } from 'kysely';
import type { Db } from '../connection.js';
import { seedDemoMessages } from './demo-messages.js';
import { seedDemoWorkday, type DemoWorkdayDeps } from './demo-workday.js';

/**
 * Demo sign-ins, listed in the README. Loaded once, on the first start of a demo-mode database, and never
 * with NODE_ENV=production. Names, emails and the help-desk number are fictional.
 */
export const DEMO_PASSWORD = 'demo-portal-passphrase';
export const DEMO_COUNTY_ID = 19; // Los Angeles
export const DEMO_SECURITY_ANSWERS = [
  { questionId: 'first_school', answer: 'Lincoln Elementary' },
  { questionId: 'childhood_street', answer: 'Main Street' },
  { questionId: 'first_pet', answer: 'Canela' },
] as const;

export const DEMO_UNREGISTERED = {
  loginId: '900000004',
  firstName: 'Rosa',
  lastName: 'Delgado',
  dateOfBirth: '1979-05-14',
  ssnLast4: '4321',
  email: 'rosa.delgado@example.com',
} as const;

export type DemoRole = 'provider' | 'recipient' | 'county_worker' | 'county_admin' | 'state_admin';
export interface DemoPerson {
  role: DemoRole;
  loginId: string;
  firstName: string;
  lastName: string;
  dateOfBirth?: string;
  ssnLast4?: string;
  email: string;
}

export const DEMO_PEOPLE: readonly DemoPerson[] = [
  { role: 'provider', loginId: '900000001', firstName: 'Maria', lastName: 'Gonzalez', dateOfBirth: '1975-03-02', ssnLast4: '1111', email: 'maria.gonzalez@example.com' },
  { role: 'provider', loginId: '900000002', firstName: 'James', lastName: 'Nguyen', dateOfBirth: '1982-11-20', ssnLast4: '2222', email: 'james.nguyen@example.com' },
  { role: 'provider', loginId: '900000003', firstName: 'Ani', lastName: 'Petrosyan', dateOfBirth: '1968-07-09', ssnLast4: '3333', email: 'ani.petrosyan@example.com' },
  { role: 'recipient', loginId: '9000001', firstName: 'Elena', lastName: 'Ramirez', email: 'elena.ramirez@example.com' },
  { role: 'recipient', loginId: '9000002', firstName: 'Walter', lastName: 'Brooks', email: 'walter.brooks@example.com' },
  { role: 'recipient', loginId: '9000003', firstName: 'Grace', lastName: 'Kim', email: 'grace.kim@example.com' },
  { role: 'recipient', loginId: '9000004', firstName: 'Hovhannes', lastName: 'Sarkisian', email: 'hovhannes.sarkisian@example.com' },
  { role: 'county_worker', loginId: 'demo.worker', firstName: 'Dana', lastName: 'Worker', email: 'demo.worker@example.com' },
  { role: 'county_admin', loginId: 'demo.admin', firstName: 'Alex', lastName: 'Admin', email: 'demo.admin@example.com' },
  { role: 'state_admin', loginId: 'demo.state', firstName: 'Sam', lastName: 'State', email: 'demo.state@example.com' },
];

export const DEMO_HELP_DESK = {
  help_phone: '(555) 010-0199',
  help_email: 'ihss-help@example.com',
  help_hours: 'Monday to Friday, 8 a.m. to 5 p.m. (demo data)',
};

/** The hashes every demo sign-in shares: the demo password and the demo security answers. */
export async function demoSignIn(deps: DemoSeedDeps) {
  return { passwordHash: await deps.hashPassword(DEMO_PASSWORD), answerHashes: await Promise.all(DEMO_SECURITY_ANSWERS.map((a) => deps.hashAnswer(a.answer))) };
}

/** A demo account, set up (email confirmed, the demo password and answers), in the demo county unless a state admin. */
export async function insertDemoPerson(trx: Db, p: DemoPerson, signIn: Awaited<ReturnType<typeof demoSignIn>>, deps: Pick<DemoSeedDeps, 'ssnLast4Hmac'>) {
  const { id } = await trx
    .insertInto('users')
    .values({
      role: p.role,
      login_id: p.loginId,
      county_id: p.role === 'state_admin' ? null : DEMO_COUNTY_ID,
      first_name: p.firstName,
      last_name: p.lastName,
      date_of_birth: p.dateOfBirth ?? null,
      ssn_last4_hmac: p.ssnLast4 ? deps.ssnLast4Hmac(p.ssnLast4) : null,
      email: p.email,
      email_verified_at: sql<Date>`portal_now()`,
      password_hash: signIn.passwordHash,
      password_changed_at: sql<Date>`portal_now()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('security_answers')
    .values(DEMO_SECURITY_ANSWERS.map((a, i) => ({ user_id: id, position: i + 1, question_id: a.questionId, answer_hash: signIn.answerHashes[i]! })))
    .execute();
  return id;
}

/**
 * County staff must have a second factor (issue #14). The demo staff get text-message codes to a 555 number: the
 * demo's texts land in its outbox (/dev/outbox), so anyone trying the demo reads the code there, as they read the
 * emailed codes. Added to a database seeded before, too; a staff member who set up another factor keeps it.
 */
export const DEMO_STAFF_PHONE = '5550100199';

async function seedDemoStaffFactors(trx: Db) {
  await sql`
    INSERT INTO sms_factors (user_id, phone, verified_at)
    SELECT id, ${DEMO_STAFF_PHONE}, portal_now() FROM users
    WHERE login_id IN ('demo.worker', 'demo.admin', 'demo.state')
    ON CONFLICT (user_id) DO NOTHING`.execute(trx);
}

export interface DemoSeedDeps extends DemoWorkdayDeps {
  hashPassword(p: string): Promise<string>;
  hashAnswer(a: string): Promise<string>;
  ssnLast4Hmac(last4: string): Buffer;
}

export async function seedDemo(db: Db, deps: DemoSeedDeps): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const done = await trx.selectFrom('app_meta').select('key').where('key', '=', 'demo_seeded').executeTakeFirst();
    // The workday data (issue #4) has its own marker, so a database seeded before it gets it too.
    if (done) return (await seedDemoWorkday(trx, deps), await seedDemoMessages(trx), await seedDemoStaffFactors(trx), false);
    await trx.updateTable('counties').set(DEMO_HELP_DESK).where('id', '=', DEMO_COUNTY_ID).execute();
    const signIn = await demoSignIn(deps);
    for (const p of DEMO_PEOPLE) await insertDemoPerson(trx, p, signIn, deps);
    await seedDemoStaffFactors(trx);
    const u = DEMO_UNREGISTERED;
    await trx
      .insertInto('users')
      .values({
        role: 'provider',
        login_id: u.loginId,
        county_id: DEMO_COUNTY_ID,
        first_name: u.firstName,
        last_name: u.lastName,
        date_of_birth: u.dateOfBirth,
        ssn_last4_hmac: deps.ssnLast4Hmac(u.ssnLast4),
        email: u.email,
      })
      .execute();
    await trx.insertInto('app_meta').values({ key: 'demo_seeded', value: sql`to_jsonb(portal_now())` }).execute();
    await seedDemoWorkday(trx, deps);
    await seedDemoMessages(trx);
    return true;
  });
}
