/**
 * What each payment of a provider is subject to (issue #15, "terms"). The pay run asks `payTermsFor`; the provider
 * reads and changes their withholding elections (`withholdingView`, `changeElection`); county staff record the terms of
 * each provider and case and the case's Share of Cost, and the county admin the county's deduction rates. Every change
 * is audited with what it was before and after; a change of withholding also tells the provider (a security notice,
 * as a contact change is), because an election that stops or raises withholding is pay someone else could redirect.
 *
 * The program's rules and their sources are in rules.ts.
 */
import type {
  FederalElectionInput,
  PayrollTermsInput,
  SetDeductionRatesRequest,
  ShareOfCostInput,
  StaffWithholdingView,
  StateElectionInput,
  WithholdingView,
} from '../../../contracts/payroll-terms.js';
import type { Db } from '../../../db/connection.js';
import {
  addDays,
  californiaDate,
  monthSpan,
  type FederalElection,
  type IsoDate,
  type IsoMonth,
  type NetPayInput,
  type StateElection,
} from '../../../domain/index.js';
import { FieldError, notFound } from '../../errors.js';
import type { Client } from '../../lib/client.js';
import type { Viewer } from '../../lib/viewer.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCaseByNumber, listCaseAssignments, listProviderAssignments, listProvidersAssignments, today, type AssignmentRow, type CaseRow } from '../cases/service.js';
import { findCountyById, getCounty, type CountyRow } from '../counties/service.js';
import { notify } from '../notifications/service.js';
import {
  electionAppliesFrom,
  electionForPayment,
  exemptionOf,
  ficaStatus,
  LAPSED_EXEMPTION_FEDERAL,
  LAPSED_EXEMPTION_STATE,
  sdiStatus,
  WAITING_DAYS,
} from './rules.js';
import * as store from './store.js';

/** The issue date of a provider's first payment, or null if never paid: the payments feature's, handed in (it sits above this one). */
export type FirstPaidOn = (db: Db, providerId: number) => Promise<IsoDate | null>;

export type PayTerms = Pick<NetPayInput, 'relationship' | 'sdiElected' | 'liveInExcluded' | 'federal' | 'state' | 'unionDues' | 'cope' | 'healthPremium' | 'shareOfCost'>;

/**
 * Live-in exclusion for a month: every assignment of the provider to the case that overlaps it is live-in (and there
 * is one). A month partly served from outside the recipient's home keeps income tax on all of it: Notice 2014-7
 * excludes only pay for care of someone living in the provider's home, and withholding too much is refunded with the
 * tax return, while excluding too much misstates the W-2.
 */
function liveInAllMonth(rows: readonly AssignmentRow[], caseId: number) {
  const mine = rows.filter((r) => r.id === caseId);
  return mine.length > 0 && mine.every((r) => r.live_in);
}

type ElectionRow = store.ElectionRow;

function federalOf(row: ElectionRow | undefined): FederalElection | null {
  if (!row?.withhold) return null;
  return {
    filingStatus: row.filing_status as FederalElection['filingStatus'],
    multipleJobs: row.multiple_jobs!,
    dependentsCents: row.dependents_cents!,
    otherIncomeCents: row.other_income_cents!,
    deductionsCents: row.deductions_cents!,
    extraCents: row.extra_cents!,
    exempt: row.exempt!,
  };
}

function stateOf(row: ElectionRow | undefined): StateElection | null {
  if (!row?.withhold) return null;
  return {
    filingStatus: row.filing_status as StateElection['filingStatus'],
    allowances: row.allowances!,
    estimatedDeductionAllowances: row.estimated_deduction_allowances!,
    extraCents: row.extra_cents!,
    exempt: row.exempt!,
  };
}

const DEFAULT_TERMS = { relationship: 'other', sdi_elected: false, union_member: false, cope_cents: null, health_plan: false } as const;

export interface PayTermsQuery {
  providerId: number;
  caseId: number;
  countyId: number;
  payDate: IsoDate;
  serviceMonth: IsoMonth;
}

/**
 * What a payment of this provider from this case is subject to: the terms in force on payDate (elections by their
 * effective date, county rates by effective date, live-in from the assignment, Share of Cost of serviceMonth).
 * Nothing recorded: relationship 'other', no SDI election, no withholding, no union, no COPE, no health plan, no
 * Share of Cost. An exempt W-4 or DE 4 lapses after February 15 of the year after it was made (`electionForPayment`).
 */
export async function payTermsFor(db: Db, q: PayTermsQuery): Promise<PayTerms> {
  return (await payTermsForEach(db, q.payDate, [q]))[0]!;
}

/** `payTermsFor` of many payments of one pay date at once (a pay run's batch), in a few queries whatever their number. */
export async function payTermsForEach(db: Db, payDate: IsoDate, qs: readonly Omit<PayTermsQuery, 'payDate'>[]): Promise<PayTerms[]> {
  if (qs.length === 0) return [];
  const providerIds = [...new Set(qs.map((q) => q.providerId))];
  const caseIds = [...new Set(qs.map((q) => q.caseId))];
  const spans = [...new Set(qs.map((q) => q.serviceMonth))].sort().map((m) => monthSpan(m));
  const termRows = await store.termsOfProviders(db, providerIds);
  const elections = await store.electionsOfProvidersOn(db, providerIds, payDate);
  const rateRows = await store.ratesOfCountiesOn(db, [...new Set(qs.map((q) => q.countyId))], payDate);
  const socByMonth = new Map<string, Awaited<ReturnType<typeof store.shareOfCostIn>>>();
  for (const span of spans) socByMonth.set(span.start, await store.shareOfCostIn(db, caseIds, span.start));
  const assignments = await listProvidersAssignments(db, providerIds, spans[0]!.start, spans.at(-1)!.end);
  const termsOf = new Map(termRows.map((t) => [`${t.provider_user_id}:${t.case_id}`, t]));
  const electionOf = new Map(elections.map((e) => [`${e.provider_user_id}:${e.tax}`, e]));
  const socOf = new Map([...socByMonth].map(([month, rows]) => [month, new Map(rows.map((r) => [r.case_id, r]))]));
  const assignmentsOf = new Map<number, AssignmentRow[]>();
  for (const a of assignments) assignmentsOf.set(a.provider_user_id, [...(assignmentsOf.get(a.provider_user_id) ?? []), a]);
  return qs.map((q) => {
    const month = monthSpan(q.serviceMonth);
    const terms = termsOf.get(`${q.providerId}:${q.caseId}`) ?? DEFAULT_TERMS;
    const rates = rateRows.find((r) => r.county_id === q.countyId);
    const soc = socOf.get(month.start)!.get(q.caseId);
    const inMonth = (assignmentsOf.get(q.providerId) ?? []).filter((a) => a.start_date <= month.end && (a.end_date === null || a.end_date >= month.start));
    const inForce = <T>(tax: ElectionRow['tax'], election: (r: ElectionRow) => T | null) => {
      const row = electionOf.get(`${q.providerId}:${tax}`);
      return row ? { election: election(row), madeOn: californiaDate(row.made_at) } : null;
    };
    const dues = terms.union_member ? (rates?.union_dues_cents_per_hour ?? null) : null;
    const premium = terms.health_plan ? (rates?.health_premium_monthly_cents ?? null) : null;
    return {
      relationship: terms.relationship,
      sdiElected: terms.sdi_elected,
      liveInExcluded: liveInAllMonth(inMonth, q.caseId),
      federal: electionForPayment(inForce('federal', federalOf), payDate, LAPSED_EXEMPTION_FEDERAL),
      state: electionForPayment(inForce('state', stateOf), payDate, LAPSED_EXEMPTION_STATE),
      unionDues: dues === null ? null : { centsPerHour: dues },
      cope: terms.cope_cents === null ? null : { centsPerPayment: terms.cope_cents },
      healthPremium: premium === null ? null : { monthlyCents: premium },
      shareOfCost: soc && soc.monthly_cents > 0 ? { monthlyCents: soc.monthly_cents } : null,
    };
  });
}

// --- The provider's withholding --------------------------------------------------------------------------------------

/**
 * One election as recorded, and for an exempt claim the last issue date it covers and whether it has lapsed by the
 * first day it governs (today for the one in force, its own date for one pending).
 */
function entryOf<T extends { exempt: boolean }>(row: ElectionRow, election: (r: ElectionRow) => T | null, day: IsoDate) {
  const e = election(row);
  const governsFrom = row.effective_from > day ? row.effective_from : day;
  return {
    effectiveFrom: row.effective_from,
    madeAt: row.made_at.toISOString(),
    election: e,
    exemption: e?.exempt ? exemptionOf(californiaDate(row.made_at), governsFrom) : null,
  };
}

/** In force on `day` (the last to apply by then) and pending (each later date's last change), for one tax. */
function historyOf<T extends { exempt: boolean }>(rows: readonly ElectionRow[], day: IsoDate, election: (r: ElectionRow) => T | null) {
  const applied = rows.filter((r) => r.effective_from <= day);
  const later = rows.filter((r) => r.effective_from > day);
  const pending = later.filter((r, i) => later[i + 1]?.effective_from !== r.effective_from);
  return { inForce: applied.length > 0 ? entryOf(applied.at(-1)!, election, day) : null, pending: pending.map((r) => entryOf(r, election, day)) };
}

function countySummaryOf(c: CountyRow) {
  return { code: c.id, slug: c.slug, name: c.name };
}

/** The provider's elections and, for each of this month's recipients, what their payments are subject to today. */
export async function withholdingView(db: Db, viewer: Viewer, firstPaidOn: FirstPaidOn): Promise<WithholdingView> {
  const day = await today(db);
  const first = await firstPaidOn(db, viewer.id);
  const rows = await store.electionsOf(db, viewer.id);
  const month = monthSpan(day.slice(0, 7));
  const assignments = await listProviderAssignments(db, viewer.id, month.start, month.end);
  const cases = [...new Map(assignments.map((a) => [a.id, a])).values()];
  const terms = new Map((await store.termsOfProvider(db, viewer.id, cases.map((c) => c.id))).map((t) => [t.case_id, t]));
  const soc = new Map((await store.shareOfCostIn(db, cases.map((c) => c.id), month.start)).map((s) => [s.case_id, s.monthly_cents]));
  const counties = new Map<number, { county: CountyRow; rates: Awaited<ReturnType<typeof store.ratesOn>> }>();
  for (const id of new Set(cases.map((c) => c.county_id))) counties.set(id, { county: (await findCountyById(db, id))!, rates: await store.ratesOn(db, id, day) });
  const changeAppliesFrom = electionAppliesFrom(day, first);
  return {
    today: day,
    waitingDays: WAITING_DAYS,
    firstPaidOn: first,
    changeAppliesFrom,
    exemptClaimToday: exemptionOf(day, changeAppliesFrom),
    federal: historyOf(rows.filter((r) => r.tax === 'federal'), day, federalOf),
    state: historyOf(rows.filter((r) => r.tax === 'state'), day, stateOf),
    recipients: cases.map((c) => {
      const t = terms.get(c.id) ?? DEFAULT_TERMS;
      const { county, rates } = counties.get(c.county_id)!;
      const monthlyCents = soc.get(c.id) ?? 0;
      return {
        caseNumber: c.case_number,
        recipient: { firstName: c.first_name, lastName: c.last_name },
        county: countySummaryOf(county),
        relationship: t.relationship,
        socialSecurityAndMedicare: ficaStatus(t.relationship),
        sdi: sdiStatus(t.relationship, t.sdi_elected),
        liveInExcluded: liveInAllMonth(assignments, c.id),
        unionMember: t.union_member,
        unionDuesCentsPerHour: rates?.union_dues_cents_per_hour ?? null,
        copeCentsPerPayment: t.cope_cents,
        healthPlan: t.health_plan,
        healthPremiumMonthlyCents: rates?.health_premium_monthly_cents ?? null,
        shareOfCost: monthlyCents > 0 ? { month: day.slice(0, 7), monthlyCents } : null,
      };
    }),
  };
}

type ElectionChange = { tax: 'federal'; election: FederalElectionInput | null } | { tax: 'state'; election: StateElectionInput | null };

function electionColumns(change: ElectionChange) {
  if (change.election === null) return { withhold: false };
  if (change.tax === 'federal') {
    const e = change.election;
    return {
      withhold: true,
      filing_status: e.filingStatus,
      multiple_jobs: e.multipleJobs,
      dependents_cents: e.dependentsCents,
      other_income_cents: e.otherIncomeCents,
      deductions_cents: e.deductionsCents,
      extra_cents: e.extraCents,
      exempt: e.exempt,
    };
  }
  const e = change.election;
  return { withhold: true, filing_status: e.filingStatus, allowances: e.allowances, estimated_deduction_allowances: e.estimatedDeductionAllowances, extra_cents: e.extraCents, exempt: e.exempt };
}

/**
 * Records a new W-4 or DE 4 election of the signed-in provider (the route has checked they proved who they are in the
 * last minutes). It applies from `electionAppliesFrom`; the audit row has the election last made before it and this
 * one, and the provider is told in the portal and by email, which preferences cannot switch off.
 */
export async function changeElection(db: Db, viewer: Viewer, change: ElectionChange, client: Client, firstPaidOn: FirstPaidOn) {
  await db.transaction().execute(async (trx) => {
    // The account's row lock puts two changes of one provider one after the other, each seeing the one before.
    const user = await accounts.findUserById(trx, viewer.id, true);
    if (!user || user.county_id === null) throw notFound();
    const day = await today(trx);
    const effectiveFrom = electionAppliesFrom(day, await firstPaidOn(trx, viewer.id));
    const last = (await store.electionsOf(trx, viewer.id)).filter((r) => r.tax === change.tax).at(-1);
    const id = await store.insertElection(trx, { provider_user_id: viewer.id, county_id: user.county_id, tax: change.tax, effective_from: effectiveFrom, made_by: viewer.id, ...electionColumns(change) });
    const before = last ? { effectiveFrom: last.effective_from, election: change.tax === 'federal' ? federalOf(last) : stateOf(last) } : null;
    await recordAudit(trx, {
      ...client,
      action: 'withholding.election_changed',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: viewer.id,
      countyId: user.county_id,
      details: { tax: change.tax, before, after: { effectiveFrom, election: change.election } },
    });
    await notify(trx, { event: 'withholding_changed', key: `withholding_changed:election:${id}`, userIds: [viewer.id], data: { tax: change.tax, effectiveFrom } });
  });
  return withholdingView(db, viewer, firstPaidOn);
}

// --- County staff: a case's terms and Share of Cost -----------------------------------------------------------------

/** A case of the viewer's county (any, for a state admin); another county's answers "not found", as an unknown one. */
async function caseForStaff(db: Db, viewer: Viewer, caseNumber: string): Promise<CaseRow> {
  const c = await findCaseByNumber(db, caseNumber);
  if (!c || (viewer.role !== 'state_admin' && c.county_id !== viewer.countyId)) throw notFound();
  return c;
}

const termsView = (t: Pick<store.TermsRow, 'relationship' | 'sdi_elected' | 'union_member' | 'cope_cents' | 'health_plan'>) => ({
  relationship: t.relationship,
  sdiElected: t.sdi_elected,
  unionMember: t.union_member,
  copeCents: t.cope_cents,
  healthPlan: t.health_plan,
});

const ratesView = (r: NonNullable<Awaited<ReturnType<typeof store.ratesOn>>>) => ({
  effectiveFrom: r.effective_from,
  unionDuesCentsPerHour: r.union_dues_cents_per_hour,
  healthPremiumMonthlyCents: r.health_premium_monthly_cents,
  note: r.note,
});

/** Every provider ever assigned to the case, once each, in the order the case lists them. */
async function providersOfCase(db: Db, caseId: number) {
  const rows = await listCaseAssignments(db, caseId, '0001-01-01', '9999-12-31');
  return [...new Map(rows.map((r) => [r.provider_user_id, r])).values()];
}

export async function caseTermsView(db: Db, viewer: Viewer, caseNumber: string) {
  const c = await caseForStaff(db, viewer, caseNumber);
  const day = await today(db);
  const terms = new Map((await store.termsOfCase(db, c.id)).map((t) => [t.provider_user_id, t]));
  const rates = await store.ratesOn(db, c.county_id, day);
  return {
    caseNumber: c.case_number,
    county: countySummaryOf((await findCountyById(db, c.county_id))!),
    today: day,
    providers: (await providersOfCase(db, c.id)).map((p) => {
      const t = terms.get(p.provider_user_id);
      return { provider: { providerId: p.login_id, firstName: p.first_name, lastName: p.last_name }, ...termsView(t ?? DEFAULT_TERMS), recorded: t !== undefined };
    }),
    shareOfCost: (await store.shareOfCostOfCase(db, c.id)).map((s) => ({ effectiveMonth: s.effective_month.slice(0, 7), monthlyCents: s.monthly_cents })),
    ratesToday: rates ? ratesView(rates) : null,
  };
}

/**
 * A provider's W-4 and DE 4 elections (in force and pending) for staff of the case's county, read-only. Like the case's
 * sensitive fields, every read is audited, with the provider as its subject, and so is every refusal: another
 * county's case, an unknown one and a provider never on the case all answer "not found".
 */
export async function staffWithholdingView(db: Db, viewer: Viewer, caseNumber: string, providerLoginId: string, client: Client): Promise<StaffWithholdingView> {
  const view = await db.transaction().execute(async (trx) => {
    const c = await findCaseByNumber(trx, caseNumber);
    const mayRead = c !== undefined && (viewer.role === 'state_admin' || c.county_id === viewer.countyId);
    const provider = mayRead ? (await providersOfCase(trx, c.id)).find((p) => p.login_id === providerLoginId) : undefined;
    const details = { caseNumber, providerId: providerLoginId };
    if (!c || !provider) {
      await recordAudit(trx, { ...client, action: 'withholding.elections_read', outcome: 'denied', actorUserId: viewer.id, countyId: viewer.countyId, details });
      return null;
    }
    await recordAudit(trx, { ...client, action: 'withholding.elections_read', outcome: 'success', actorUserId: viewer.id, subjectUserId: provider.provider_user_id, countyId: c.county_id, details });
    const day = await today(trx);
    const rows = await store.electionsOf(trx, provider.provider_user_id);
    return {
      caseNumber: c.case_number,
      provider: { providerId: provider.login_id, firstName: provider.first_name, lastName: provider.last_name },
      today: day,
      federal: historyOf(rows.filter((r) => r.tax === 'federal'), day, federalOf),
      state: historyOf(rows.filter((r) => r.tax === 'state'), day, stateOf),
    };
  });
  if (!view) throw notFound();
  return view;
}

/**
 * Records what a provider's payments from this case are subject to. Applies to payments issued from now on: a payment
 * already issued keeps what it was issued with. The audit row lists each changed field with its old and new value.
 */
export async function setTerms(db: Db, viewer: Viewer, caseNumber: string, providerLoginId: string, input: PayrollTermsInput, client: Client) {
  // The contract refuses it too; this keeps the rule where the write is, whoever calls.
  if (input.sdiElected && input.relationship === 'other') throw new FieldError('sdiElected', 'sdiElectionNotFamily');
  await db.transaction().execute(async (trx) => {
    const c = await caseForStaff(trx, viewer, caseNumber);
    const provider = (await providersOfCase(trx, c.id)).find((p) => p.login_id === providerLoginId);
    if (!provider) throw notFound();
    const before = termsView((await store.findTerms(trx, provider.provider_user_id, c.id, true)) ?? DEFAULT_TERMS);
    await store.upsertTerms(trx, { providerId: provider.provider_user_id, caseId: c.id, countyId: c.county_id, ...input, by: viewer.id });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [k, to] of Object.entries(input)) {
      const from = before[k as keyof typeof before];
      if (from !== to) changes[k] = { from, to };
    }
    await recordAudit(trx, { ...client, action: 'payroll_terms.recorded', outcome: 'success', actorUserId: viewer.id, subjectUserId: provider.provider_user_id, countyId: c.county_id, details: { caseNumber, providerId: providerLoginId, changes } });
  });
  return caseTermsView(db, viewer, caseNumber);
}

/**
 * Sets the case's monthly Share of Cost from a month on (until a later month's row); 0 ends it. Payments of that month
 * not issued yet take it; what a payment already took stays on its stub.
 */
export async function setShareOfCost(db: Db, viewer: Viewer, caseNumber: string, input: ShareOfCostInput, client: Client) {
  await db.transaction().execute(async (trx) => {
    const c = await caseForStaff(trx, viewer, caseNumber);
    const from = await store.upsertShareOfCost(trx, { caseId: c.id, countyId: c.county_id, effectiveMonth: `${input.effectiveMonth}-01`, monthlyCents: input.monthlyCents, by: viewer.id });
    await recordAudit(trx, {
      ...client,
      action: 'case.share_of_cost_set',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: c.recipient_user_id,
      countyId: c.county_id,
      details: { caseNumber, effectiveMonth: input.effectiveMonth, monthlyCents: { from, to: input.monthlyCents } },
    });
  });
  return caseTermsView(db, viewer, caseNumber);
}

// --- County admin: deduction rates -----------------------------------------------------------------------------------

/** A county admin reaches their own county only (another answers "not found"); a state admin any county. */
async function countyFor(db: Db, viewer: Viewer, slug: string): Promise<CountyRow> {
  const detail = await getCounty(db, slug);
  if (viewer.role !== 'state_admin' && detail.code !== viewer.countyId) throw notFound();
  return (await findCountyById(db, detail.code))!;
}

async function ratesList(db: Db, county: CountyRow) {
  return {
    county: countySummaryOf(county),
    rates: (await store.ratesOfCounty(db, county.id)).map(ratesView),
    earliestEffectiveFrom: addDays(await today(db), 1),
  };
}

export async function listDeductionRates(db: Db, viewer: Viewer, slug: string) {
  return ratesList(db, await countyFor(db, viewer, slug));
}

/**
 * Sets the county's union dues and health premium from a date (a rate already set for that date is replaced). Only a
 * date after today: a payment takes the rates in force on its issue date, and one issued today may already have.
 */
export async function setDeductionRates(db: Db, viewer: Viewer, slug: string, input: SetDeductionRatesRequest, client: Client) {
  const county = await countyFor(db, viewer, slug);
  await db.transaction().execute(async (trx) => {
    const earliest = addDays(await today(trx), 1);
    if (input.effectiveFrom < earliest) throw new FieldError('effectiveFrom', 'deductionRateNotFuture', { earliest });
    const to = { unionDues: input.unionDuesCentsPerHour, healthPremium: input.healthPremiumMonthlyCents, note: input.note ?? null };
    const before = await store.upsertRates(trx, { countyId: county.id, effectiveFrom: input.effectiveFrom, ...to, by: viewer.id });
    await recordAudit(trx, {
      ...client,
      action: 'county.deduction_rates_set',
      outcome: 'success',
      actorUserId: viewer.id,
      countyId: county.id,
      details: {
        effectiveFrom: input.effectiveFrom,
        from: before ? { unionDuesCentsPerHour: before.union_dues_cents_per_hour, healthPremiumMonthlyCents: before.health_premium_monthly_cents, note: before.note } : null,
        to: { unionDuesCentsPerHour: to.unionDues, healthPremiumMonthlyCents: to.healthPremium, note: to.note },
      },
    });
  });
  return ratesList(db, county);
}
