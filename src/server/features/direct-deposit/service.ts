/**
 * Issue #15: direct deposit, safely. Where a provider's pay goes, and the change of it that a stolen password would
 * be used for.
 *
 * A change (a bank account, or a paper warrant) needs a recent password or factor (the route's re-authentication),
 * is audited, tells every contact on file (every email and phone: the ledger pay_destination_notices, one job each),
 * and is held for the county's cooling-off period (business days; DEFAULT_HOLD_BUSINESS_DAYS until a county admin
 * sets another), during which the provider or the county's staff can cancel it. Then the bank's pre-note clears, and
 * the pay runs issued from the third banking day after its settlement pay the new account (Nacha Operating Rules
 * 2.6.2, quoted at PRENOTE_WAIT_BANKING_DAYS); until then the old account, or a warrant, is paid.
 *
 * No job moves a change along: its dates are fixed when it is made (domain depositTimeline) and its stage is read
 * from them and the portal's date (domain depositStage), so a restart, a late worker or a test on another day all
 * see the same stage. A change still waiting when the provider makes another is replaced at once (one waiting per
 * provider, under the provider's row lock). A retry of the same request (its idempotency key) answers the first
 * outcome and changes nothing.
 *
 * The account number is encrypted with the data key (AES-256-GCM, lib/encryption.ts) bound to the provider, and only
 * its last 4 digits leave this module: in answers, on screens, in notices, audit rows and logs.
 */
import type { DestinationView, DirectDepositSettings, DirectDepositView, PayDestinationRequest, StaffDirectDepositView, WaitingChangeView } from '../../../contracts/direct-deposit.js';
import { pickLanguage } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate, type IsoDate } from '../../../domain/index.js';
import { DEFAULT_HOLD_BUSINESS_DAYS, depositStage, depositTimeline, HOLD_BUSINESS_DAYS, isCancellable } from '../../../domain/direct-deposit.js';
import { enqueue } from '../../../jobs/queue.js';
import type { JobHandler } from '../../../jobs/worker.js';
import { AppError, forbidden, notFound } from '../../errors.js';
import type { Client } from '../../lib/client.js';
import { encryptField } from '../../lib/encryption.js';
import { firstOutcome, remember, type Outcome } from '../../lib/idempotency.js';
import { hmac } from '../../lib/tokens.js';
import type { Viewer } from '../../lib/viewer.js';
import * as accounts from '../accounts/service.js';
import { recordAudit } from '../audit/service.js';
import { findCountyById, getCounty, helpDeskOf } from '../counties/service.js';
import { enrolmentPhone } from '../enrolment/service.js';
import { maskEmail, type Mailer } from '../mail/service.js';
import type { TextSender } from '../notifications/service.js';
import { getProfile } from '../profile/service.js';
import { maskPhone, verifiedTextPhone } from '../second-factors/service.js';
import { renderNotice } from './notice.js';
import * as store from './store.js';

export interface PayDestinationDeps {
  db: Db;
  dataKey: Buffer;
}

/** The account number's ciphertext is bound to its provider: copied into another provider's row, it does not decrypt. */
export const accountNumberAad = (providerId: number) => `user:${providerId}:pay-destination`;

// --- Where a payment goes ------------------------------------------------------------------------------------

export type PayDestination = { method: 'direct_deposit'; accountId: number; last4: string } | { method: 'warrant' };

/**
 * Where a payment issued on issueDate goes: the account in force that day (a change counts from the pay run after
 * its pre-note cleared; until then the old one), else a paper warrant.
 */
export async function payDestinationOn(db: Db, providerId: number, issueDate: IsoDate): Promise<PayDestination> {
  return destinationOf(await store.inForceOn(db, providerId, issueDate));
}

function destinationOf(d: store.DestinationRow | undefined): PayDestination {
  if (d?.method !== 'direct_deposit' || d.account_last4 === null) return { method: 'warrant' };
  return { method: 'direct_deposit', accountId: d.id, last4: d.account_last4 };
}

/** `payDestinationOn` for many providers at once (a pay run's batch), by provider. */
export async function payDestinationsOn(db: Db, providerIds: readonly number[], issueDate: IsoDate): Promise<Map<number, PayDestination>> {
  const rows = new Map((await store.inForceOnEach(db, providerIds, issueDate)).map((r) => [r.provider_user_id, r]));
  return new Map(providerIds.map((id) => [id, destinationOf(rows.get(id))]));
}

// --- Views ---------------------------------------------------------------------------------------------------

const factsOf = (d: store.DestinationRow) => ({ holdEndsOn: d.hold_ends_on, liveFrom: d.live_from, cancelled: d.cancelled_at !== null, replaced: d.replaced_at !== null });

function destinationView(d: store.DestinationRow, today: IsoDate, inForceId: number | null): DestinationView {
  const facts = factsOf(d);
  return {
    id: d.id,
    method: d.method,
    accountType: d.account_type,
    routingNumber: d.routing_number,
    last4: d.account_last4,
    stage: depositStage(facts, today, inForceId !== null && inForceId !== d.id),
    requestedAt: d.requested_at.toISOString(),
    holdEndsOn: d.hold_ends_on,
    prenoteSettlesOn: d.prenote_settles_on,
    liveFrom: d.live_from,
    cancellable: isCancellable(facts, today),
    cancelled: d.cancelled_at ? { at: d.cancelled_at.toISOString(), by: d.cancelled_by === d.provider_user_id ? 'provider' : 'county' } : null,
  };
}

async function holdDaysOf(db: Db, countyId: number) {
  return (await store.findHoldDays(db, countyId))?.hold_business_days ?? DEFAULT_HOLD_BUSINESS_DAYS;
}

/** How many changes the provider's page lists. */
const HISTORY = 20;

async function viewOf(db: Db, providerId: number, countyId: number | null, today: IsoDate): Promise<DirectDepositView> {
  const [rows, inForce] = await Promise.all([store.listDestinations(db, providerId, HISTORY), store.inForceOn(db, providerId, today)]);
  const county = countyId === null ? undefined : await findCountyById(db, countyId);
  const inForceId = inForce?.id ?? null;
  const waiting = rows.find((d) => d.cancelled_at === null && d.replaced_at === null && d.live_from > today);
  return {
    inForce: inForce ? destinationView(inForce, today, inForceId) : null,
    waiting: waiting ? destinationView(waiting, today, inForceId) : null,
    history: rows.map((d) => destinationView(d, today, inForceId)),
    holdBusinessDays: countyId === null ? DEFAULT_HOLD_BUSINESS_DAYS : await holdDaysOf(db, countyId),
    helpPhone: helpDeskOf(county).phone,
  };
}

async function providerOf(db: Db, providerId: number, forUpdate = false) {
  const user = await accounts.findUserById(db, providerId, forUpdate);
  if (!user || user.role !== 'provider') throw notFound();
  return user;
}

/** The provider's own page: the account in force, a change waiting, every change. */
export async function ownDirectDeposit(db: Db, viewer: Viewer, now: Date) {
  const user = await providerOf(db, viewer.id);
  return viewOf(db, user.id, user.county_id, californiaDate(now));
}

// --- Changing it ---------------------------------------------------------------------------------------------

/**
 * Every contact on file: the account's email, and every phone: the profile's, the one recorded at enrolment, the
 * verified text-message factor's. A stolen password can change the first two phones' places, not the enrolment's, so
 * a change still reaches someone the thief does not control.
 */
async function contactsOf(db: Db, providerId: number) {
  const [profile, enrolled, texts] = await Promise.all([getProfile(db, providerId), enrolmentPhone(db, providerId), verifiedTextPhone(db, providerId)]);
  const phones = [...new Set([profile.phone, enrolled, texts].filter((p): p is string => p !== null))];
  return [...(profile.email ? [{ channel: 'email' as const, address: profile.email }] : []), ...phones.map((address) => ({ channel: 'sms' as const, address }))];
}

export const NOTICE_JOB = 'direct_deposit.notice';

/**
 * The request as the idempotency key's fingerprint holds it: the account number as an HMAC under the data key, so
 * the fingerprint (a SHA-256 kept beside the key) cannot be reversed by trying every account number.
 */
function fingerprintRequest(dataKey: Buffer, body: PayDestinationRequest): Record<string, unknown> {
  if (body.method === 'warrant') return { method: body.method };
  return { method: body.method, routingNumber: body.routingNumber, accountType: body.accountType, accountNumber: hmac(dataKey, `account:${body.accountNumber}`).toString('hex') };
}

/**
 * Makes a change of where pay goes; the route has already asked for a recent password or factor. In one
 * transaction, under the provider's row lock: the change with its dates, the waiting change it replaces, the audit
 * row, a notice per contact and its job, the answer kept under the idempotency key.
 */
export async function changeDestination(deps: PayDestinationDeps, viewer: Viewer, body: PayDestinationRequest, client: Client, now: Date) {
  const key = { userId: viewer.id, key: body.idempotencyKey, operation: 'direct_deposit.change', request: fingerprintRequest(deps.dataKey, body) };
  return deps.db.transaction().execute(async (trx) => {
    const user = await providerOf(trx, viewer.id, true);
    const first = await firstOutcome(trx, key);
    if (first !== undefined) return first as unknown as DirectDepositView;
    if (user.county_id === null) throw forbidden();
    const today = californiaDate(now);
    const holdDays = await holdDaysOf(trx, user.county_id);
    const t = depositTimeline(body.method, today, holdDays);
    const account =
      body.method === 'direct_deposit'
        ? {
            routing_number: body.routingNumber,
            account_type: body.accountType,
            account_number_enc: encryptField(deps.dataKey, body.accountNumber, accountNumberAad(user.id)),
            account_last4: body.accountNumber.slice(-4),
          }
        : {};
    const id = await store.insertDestination(trx, {
      provider_user_id: user.id,
      county_id: user.county_id,
      method: body.method,
      ...account,
      requested_by: viewer.id,
      hold_business_days: holdDays,
      hold_ends_on: t.holdEndsOn,
      prenote_settles_on: t.prenoteSettlesOn,
      live_from: t.liveFrom,
    });
    const replaced = await store.replaceWaiting(trx, user.id, id, today);
    const last4 = 'account_last4' in account ? account.account_last4 : null;
    await recordAudit(trx, {
      ...client,
      action: 'direct_deposit.changed',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: user.id,
      countyId: user.county_id,
      details: { destinationId: id, method: body.method, last4, holdEndsOn: t.holdEndsOn, liveFrom: t.liveFrom, replaced },
    });
    for (const old of replaced) {
      await recordAudit(trx, { ...client, action: 'direct_deposit.replaced', outcome: 'success', actorUserId: viewer.id, subjectUserId: user.id, countyId: user.county_id, details: { destinationId: old, replacedBy: id } });
    }
    const noticeIds = await store.insertNotices(trx, id, await contactsOf(trx, user.id));
    await enqueue(trx, noticeIds.map((n) => ({ kind: NOTICE_JOB, dedupeKey: `${NOTICE_JOB}:${n}`, payload: { noticeId: n } })));
    const view = await viewOf(trx, user.id, user.county_id, today);
    await remember(trx, key, view as unknown as Outcome);
    return view;
  });
}

/**
 * Cancels a change during its cooling-off period: the provider their own, county staff one of their county's (a
 * state admin any). Another county's change is "not found", as if it did not exist. Cancelling what is already
 * cancelled changes nothing; after the hold, the answer says a new change is the way.
 */
async function cancel(db: Db, viewer: Viewer, destinationId: number, client: Client, now: Date) {
  const today = californiaDate(now);
  return db.transaction().execute(async (trx) => {
    const d = await store.lockDestination(trx, destinationId);
    const mine = viewer.role === 'provider' && d?.provider_user_id === viewer.id;
    const county = viewer.role === 'state_admin' || ((viewer.role === 'county_worker' || viewer.role === 'county_admin') && d?.county_id === viewer.countyId);
    if (!d || !(mine || county)) throw notFound();
    if (d.cancelled_at !== null) return d;
    if (!isCancellable(factsOf(d), today)) throw new AppError(409, 'depositChangeNotCancellable');
    await store.cancelDestination(trx, d.id, viewer.id);
    await recordAudit(trx, {
      ...client,
      action: 'direct_deposit.cancelled',
      outcome: 'success',
      actorUserId: viewer.id,
      subjectUserId: d.provider_user_id,
      countyId: d.county_id,
      details: { destinationId: d.id, by: mine ? 'provider' : 'county', method: d.method, last4: d.account_last4 },
    });
    return d;
  });
}

export async function cancelOwn(db: Db, viewer: Viewer, destinationId: number, client: Client, now: Date) {
  const d = await cancel(db, viewer, destinationId, client, now);
  const user = await providerOf(db, d.provider_user_id);
  return viewOf(db, user.id, user.county_id, californiaDate(now));
}

// --- The county's side ---------------------------------------------------------------------------------------

/** The counties a staff member acts for: their own, or every county (null) for the state admin. */
function staffScope(viewer: Viewer): number | null {
  if (viewer.role === 'state_admin') return null;
  if ((viewer.role !== 'county_worker' && viewer.role !== 'county_admin') || viewer.countyId === null) throw forbidden();
  return viewer.countyId;
}

/** Changes a county's payroll page lists: at most this many, the soonest first. */
const WAITING_LIMIT = 200;

/** The county's changes still held or clearing, with the notices sent of each (masked addresses). */
export async function waitingChanges(db: Db, viewer: Viewer, now: Date): Promise<{ changes: WaitingChangeView[] }> {
  const today = californiaDate(now);
  const rows = await store.listWaiting(db, staffScope(viewer), today, WAITING_LIMIT);
  const notices = await store.noticesOf(db, rows.map((r) => r.id));
  return {
    changes: rows.map((r) => ({
      ...destinationView(r, today, null),
      provider: { firstName: r.first_name, lastName: r.last_name, providerId: r.login_id },
      countyId: r.county_id,
      notices: notices
        .filter((n) => n.pay_destination_id === r.id)
        .map((n) => ({ channel: n.channel, to: n.channel === 'email' ? maskEmail(n.address) : maskPhone(n.address), status: n.status })),
    })),
  };
}

export async function staffCancel(db: Db, viewer: Viewer, destinationId: number, client: Client, now: Date) {
  staffScope(viewer);
  await cancel(db, viewer, destinationId, client, now);
  return waitingChanges(db, viewer, now);
}

/** A provider's deposit status where staff look at the provider: their own county's providers only. */
export async function providerDirectDeposit(db: Db, viewer: Viewer, providerLoginId: string, now: Date): Promise<StaffDirectDepositView> {
  const scope = staffScope(viewer);
  const user = await accounts.findUserByLoginId(db, providerLoginId);
  if (!user || user.role !== 'provider' || (scope !== null && user.county_id !== scope)) throw notFound();
  return { ...(await viewOf(db, user.id, user.county_id, californiaDate(now))), provider: { firstName: user.first_name, lastName: user.last_name, providerId: user.login_id } };
}

// --- The county's cooling-off period -------------------------------------------------------------------------

async function countyFor(db: Db, viewer: Viewer, slug: string) {
  const detail = await getCounty(db, slug);
  if (viewer.role !== 'state_admin' && detail.code !== viewer.countyId) throw notFound();
  return detail;
}

async function settingsView(db: Db, county: { code: number; slug: string; name: string }): Promise<DirectDepositSettings> {
  return {
    county: { code: county.code, slug: county.slug, name: county.name },
    holdBusinessDays: await holdDaysOf(db, county.code),
    defaultHoldBusinessDays: DEFAULT_HOLD_BUSINESS_DAYS,
    limits: { ...HOLD_BUSINESS_DAYS },
  };
}

export async function countySettings(db: Db, viewer: Viewer, slug: string) {
  return settingsView(db, await countyFor(db, viewer, slug));
}

/** A county admin's new cooling-off period: for changes made from now on (each change keeps the dates it was given). */
export async function updateCountySettings(db: Db, viewer: Viewer, slug: string, holdBusinessDays: number, client: Client) {
  const county = await countyFor(db, viewer, slug);
  await db.transaction().execute(async (trx) => {
    const from = await holdDaysOf(trx, county.code);
    await store.putHoldDays(trx, county.code, holdBusinessDays, viewer.id);
    await recordAudit(trx, { ...client, action: 'direct_deposit.hold_changed', outcome: 'success', actorUserId: viewer.id, countyId: county.code, details: { from, to: holdBusinessDays } });
  });
  return settingsView(db, county);
}

// --- Sending the notices -------------------------------------------------------------------------------------

export interface NoticeDeps {
  mailer: Mailer;
  textSender: TextSender | null;
}

/**
 * Sends one notice, once: its ledger row is locked for the whole send and marked sent in the transaction that
 * completes the job, as notifications are (src/jobs/README.md, "Exactly once"). A notice goes out even if the change
 * was cancelled meanwhile: it is the record that someone asked for it.
 */
export function directDepositJobHandlers(deps: NoticeDeps): Record<string, JobHandler> {
  return {
    [NOTICE_JOB]: async ({ job, db, complete }) => {
      await db.transaction().execute(async (trx) => {
        const n = await store.lockNotice(trx, Number(job.payload.noticeId));
        if (!n || n.status !== 'pending') return complete(trx);
        const user = await providerOf(trx, n.provider_user_id);
        const county = await findCountyById(trx, n.county_id);
        const text = renderNotice(pickLanguage(user.preferred_language), {
          method: n.method,
          accountType: n.account_type,
          last4: n.account_last4,
          requestedOn: californiaDate(n.requested_at),
          holdEndsOn: n.hold_ends_on,
          liveFrom: n.live_from,
          helpPhone: helpDeskOf(county).phone,
        });
        const messageId = `<direct-deposit-notice-${n.notice_id}@notifications.ihss-portal>`;
        let settled: Parameters<typeof store.settleNotice>[2];
        if (n.channel === 'email') {
          await deps.mailer.send(n.address, { ...text.email, messageId });
          settled = { status: 'sent', messageId };
        } else if (deps.textSender) {
          settled = { status: 'sent', messageId: (await deps.textSender.send({ to: n.address, text: text.sms, idempotencyKey: messageId })).id };
        } else {
          settled = { status: 'skipped', detail: 'no text gateway' };
        }
        await store.settleNotice(trx, n.notice_id, settled);
        await complete(trx);
      });
    },
  };
}
