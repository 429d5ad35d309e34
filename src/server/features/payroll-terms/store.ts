import { sql, type Insertable } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { PayrollRelationship, WithholdingElectionsTable } from '../../../db/schema.js';

// --- Terms per provider and case -----------------------------------------------------------------------------------

export function findTerms(db: Db, providerId: number, caseId: number, forUpdate = false) {
  const q = db.selectFrom('payroll_terms').selectAll().where('provider_user_id', '=', providerId).where('case_id', '=', caseId);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}
export type TermsRow = NonNullable<Awaited<ReturnType<typeof findTerms>>>;

/** Every provider-and-case terms row of these providers (a pay run's batch asks for their cases' terms at once). */
export function termsOfProviders(db: Db, providerIds: readonly number[]) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('payroll_terms').selectAll().where('provider_user_id', 'in', providerIds).execute();
}

export function termsOfCase(db: Db, caseId: number) {
  return db.selectFrom('payroll_terms').selectAll().where('case_id', '=', caseId).execute();
}

export function termsOfProvider(db: Db, providerId: number, caseIds: readonly number[]) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('payroll_terms').selectAll().where('provider_user_id', '=', providerId).where('case_id', 'in', caseIds).execute();
}

export async function upsertTerms(
  db: Db,
  t: { providerId: number; caseId: number; countyId: number; relationship: PayrollRelationship; sdiElected: boolean; unionMember: boolean; copeCents: number | null; healthPlan: boolean; by: number },
) {
  const values = { relationship: t.relationship, sdi_elected: t.sdiElected, union_member: t.unionMember, cope_cents: t.copeCents, health_plan: t.healthPlan, updated_by: t.by };
  await db
    .insertInto('payroll_terms')
    .values({ provider_user_id: t.providerId, case_id: t.caseId, county_id: t.countyId, ...values })
    .onConflict((oc) => oc.columns(['provider_user_id', 'case_id']).doUpdateSet({ ...values, updated_at: sql`portal_now()` }))
    .execute();
}

// --- County deduction rates ------------------------------------------------------------------------------------------

export function ratesOfCounty(db: Db, countyId: number) {
  return db.selectFrom('county_deduction_rates').selectAll().where('county_id', '=', countyId).orderBy('effective_from').execute();
}

/** The county's rates in force on `date`: the row with the latest date not after it. */
export function ratesOn(db: Db, countyId: number, date: string) {
  return db
    .selectFrom('county_deduction_rates')
    .selectAll()
    .where('county_id', '=', countyId)
    .where('effective_from', '<=', date)
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Each of these counties' rates in force on `date`, as `ratesOn` (counties with none are missing). */
export function ratesOfCountiesOn(db: Db, countyIds: readonly number[], date: string) {
  if (countyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('county_deduction_rates')
    .distinctOn('county_id')
    .selectAll()
    .where('county_id', 'in', countyIds)
    .where('effective_from', '<=', date)
    .orderBy('county_id')
    .orderBy('effective_from', 'desc')
    .execute();
}

/** Sets the county's rates from a date; the row that date had, if any, comes back (for the audit). */
export async function upsertRates(db: Db, r: { countyId: number; effectiveFrom: string; unionDues: number | null; healthPremium: number | null; note: string | null; by: number }) {
  const before = await db.selectFrom('county_deduction_rates').selectAll().where('county_id', '=', r.countyId).where('effective_from', '=', r.effectiveFrom).forUpdate().executeTakeFirst();
  const values = { union_dues_cents_per_hour: r.unionDues, health_premium_monthly_cents: r.healthPremium, note: r.note, set_by: r.by };
  await db
    .insertInto('county_deduction_rates')
    .values({ county_id: r.countyId, effective_from: r.effectiveFrom, ...values })
    .onConflict((oc) => oc.columns(['county_id', 'effective_from']).doUpdateSet({ ...values, set_at: sql`portal_now()` }))
    .execute();
  return before;
}

// --- Share of Cost ---------------------------------------------------------------------------------------------------

export function shareOfCostOfCase(db: Db, caseId: number) {
  return db.selectFrom('case_share_of_cost').select(['effective_month', 'monthly_cents']).where('case_id', '=', caseId).orderBy('effective_month').execute();
}

/** Each case's Share of Cost row in force in the month starting `monthStart`. */
export function shareOfCostIn(db: Db, caseIds: readonly number[], monthStart: string) {
  if (caseIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('case_share_of_cost')
    .distinctOn('case_id')
    .select(['case_id', 'effective_month', 'monthly_cents'])
    .where('case_id', 'in', caseIds)
    .where('effective_month', '<=', monthStart)
    .orderBy('case_id')
    .orderBy('effective_month', 'desc')
    .execute();
}

/** Sets a case's Share of Cost from a month; the amount that month had, if any, comes back (for the audit). */
export async function upsertShareOfCost(db: Db, s: { caseId: number; countyId: number; effectiveMonth: string; monthlyCents: number; by: number }) {
  const before = await db
    .selectFrom('case_share_of_cost')
    .select('monthly_cents')
    .where('case_id', '=', s.caseId)
    .where('effective_month', '=', s.effectiveMonth)
    .forUpdate()
    .executeTakeFirst();
  await db
    .insertInto('case_share_of_cost')
    .values({ case_id: s.caseId, county_id: s.countyId, effective_month: s.effectiveMonth, monthly_cents: s.monthlyCents, set_by: s.by })
    .onConflict((oc) => oc.columns(['case_id', 'effective_month']).doUpdateSet({ monthly_cents: s.monthlyCents, set_by: s.by, set_at: sql`portal_now()` }))
    .execute();
  return before?.monthly_cents ?? null;
}

// --- Withholding elections -------------------------------------------------------------------------------------------

const ELECTION_COLUMNS = [
  'id',
  'tax',
  'withhold',
  'filing_status',
  'multiple_jobs',
  'dependents_cents',
  'other_income_cents',
  'deductions_cents',
  'allowances',
  'estimated_deduction_allowances',
  'extra_cents',
  'exempt',
  'effective_from',
  'made_at',
] as const;

/** A provider's elections of both taxes, oldest first (by the date each applies, then as made). */
export function electionsOf(db: Db, providerId: number) {
  return db.selectFrom('withholding_elections').select(ELECTION_COLUMNS).where('provider_user_id', '=', providerId).orderBy('effective_from').orderBy('id').execute();
}
export type ElectionRow = Awaited<ReturnType<typeof electionsOf>>[number];

/** The election of each tax in force on `date` for each provider: per provider and tax, the latest applying by then (a later one made the same day wins). */
export function electionsOfProvidersOn(db: Db, providerIds: readonly number[], date: string) {
  if (providerIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('withholding_elections')
    .distinctOn(['provider_user_id', 'tax'])
    .select(['provider_user_id', ...ELECTION_COLUMNS])
    .where('provider_user_id', 'in', providerIds)
    .where('effective_from', '<=', date)
    .orderBy('provider_user_id')
    .orderBy('tax')
    .orderBy('effective_from', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertElection(db: Db, e: Insertable<WithholdingElectionsTable>) {
  const { id } = await db.insertInto('withholding_elections').values(e).returning('id').executeTakeFirstOrThrow();
  return id;
}
