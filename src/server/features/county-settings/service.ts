import { POLICY_LIMITS, type AddWageRateRequest, type CountySettings, type UpdateCountySettingsRequest, type WageRateList } from '../../../contracts/county-settings.js';
import type { Db } from '../../../db/connection.js';
import { addDays } from '../../../domain/index.js';
import { FieldError, notFound } from '../../errors.js';
import { PG_UNIQUE_VIOLATION, pgErrorCode } from '../../lib/pg-errors.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import { addWageRate as insertWageRate, ratesByCounty, wageRatesOf } from '../cases/service.js';
import { findCountyById, getCounty, type CountyRow } from '../counties/service.js';
import { lastSubmittedPeriodEnd } from '../timesheets/service.js';
import * as store from './store.js';
import type { Viewer } from '../../lib/viewer.js';

export type { Viewer };

/** A county admin reaches their own county only (another answers "not found"); a state admin any county. */
async function countyFor(db: Db, viewer: Viewer, slug: string): Promise<CountyRow> {
  const detail = await getCounty(db, slug);
  if (viewer.role !== 'state_admin' && detail.code !== viewer.countyId) throw notFound();
  return (await findCountyById(db, detail.code))!;
}

async function view(db: Db, c: CountyRow): Promise<CountySettings> {
  const rates = (await ratesByCounty(db, [c.id], '0001-01-01')).get(c.id);
  return {
    county: { code: c.id, slug: c.slug, name: c.name },
    helpDesk: { phone: c.help_phone, email: c.help_email, hours: c.help_hours },
    policy: {
      lockoutThreshold: c.lockout_threshold,
      lockoutMinutes: c.lockout_minutes,
      idleTimeoutMinutes: c.idle_timeout_minutes,
      absoluteTimeoutMinutes: c.absolute_timeout_minutes,
      securityQuestionsAllowed: c.security_questions_allowed,
      requireSecondFactor: c.require_second_factor,
    },
    languages: c.languages,
    randomHoldPerMille: c.random_hold_per_mille,
    limits: POLICY_LIMITS,
    wageRates: (rates?.rateChanges ?? []).map((r) => ({ effectiveFrom: r.effective, rateCents: r.rateCents })),
    updatedAt: (await store.countyUpdatedAt(db, c.id)).updated_at.toISOString(),
  };
}

export async function getCountySettings(db: Db, viewer: Viewer, slug: string) {
  return view(db, await countyFor(db, viewer, slug));
}

/**
 * Changes a county's settings; the audit row lists each changed field with its old and new value. Lockout
 * rules apply from the next sign-in attempt; timeouts apply to sessions started after the change; the random
 * signature check rate to recipients' approvals from the next one (the routing in claim-life/service.ts).
 */
export async function updateCountySettings(db: Db, viewer: Viewer, slug: string, input: UpdateCountySettingsRequest, client: Pick<AuditEvent, 'ip' | 'userAgent'>) {
  const county = await countyFor(db, viewer, slug);
  const next = {
    ...(input.helpDesk ? { help_phone: input.helpDesk.phone, help_email: input.helpDesk.email, help_hours: input.helpDesk.hours } : {}),
    ...(input.lockoutThreshold !== undefined ? { lockout_threshold: input.lockoutThreshold } : {}),
    ...(input.lockoutMinutes !== undefined ? { lockout_minutes: input.lockoutMinutes } : {}),
    ...(input.idleTimeoutMinutes !== undefined ? { idle_timeout_minutes: input.idleTimeoutMinutes } : {}),
    ...(input.absoluteTimeoutMinutes !== undefined ? { absolute_timeout_minutes: input.absoluteTimeoutMinutes } : {}),
    ...(input.securityQuestionsAllowed !== undefined ? { security_questions_allowed: input.securityQuestionsAllowed } : {}),
    ...(input.requireSecondFactor !== undefined ? { require_second_factor: input.requireSecondFactor } : {}),
    ...(input.languages ? { languages: input.languages } : {}),
    ...(input.randomHoldPerMille !== undefined ? { random_hold_per_mille: input.randomHoldPerMille } : {}),
  };
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [k, to] of Object.entries(next)) {
    const from = county[k as keyof CountyRow];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[k] = { from, to };
  }
  await db.transaction().execute(async (trx) => {
    await store.updateCounty(trx, county.id, next);
    await recordAudit(trx, { ...client, action: 'county.settings_changed', outcome: 'success', actorUserId: viewer.id, countyId: county.id, details: { changes } });
  });
  return view(db, (await findCountyById(db, county.id))!);
}

// --- Wage rates ----------------------------------------------------------------------------------------------

async function wageRatesView(db: Db, c: CountyRow): Promise<WageRateList> {
  const last = await lastSubmittedPeriodEnd(db, c.id);
  return {
    county: { code: c.id, slug: c.slug, name: c.name },
    rates: (await wageRatesOf(db, c.id)).map((r) => ({ effectiveFrom: r.effective_from, rateCents: r.rate_cents, note: r.note })),
    earliestEffectiveFrom: last ? addDays(last, 1) : null,
  };
}

export async function listWageRates(db: Db, viewer: Viewer, slug: string) {
  return wageRatesView(db, await countyFor(db, viewer, slug));
}

/**
 * Adds a rate from a date. What a payroll person expects: a rate applies to what has not been submitted yet.
 * So it may start on any date after the last day of the latest pay period with a submitted timesheet in the
 * county (earlier dates would change pay already submitted and shown to providers: back pay is a payroll
 * adjustment), and no two rates start on the same day. Drafts and later submissions use it at once (the rules
 * engine splits a period at the change). Rates are never edited or removed here: a wrong future rate is
 * superseded by adding the right one on a later date, or corrected by the state's support.
 */
export async function addWageRate(db: Db, viewer: Viewer, slug: string, input: AddWageRateRequest, client: Pick<AuditEvent, 'ip' | 'userAgent'>) {
  const county = await countyFor(db, viewer, slug);
  await db
    .transaction()
    .execute(async (trx) => {
      const last = await lastSubmittedPeriodEnd(trx, county.id);
      if (last && input.effectiveFrom <= last) {
        throw new FieldError('effectiveFrom', 'wageRateBeforeSubmitted', { periodEnd: last, earliest: addDays(last, 1) });
      }
      await insertWageRate(trx, { countyId: county.id, effectiveFrom: input.effectiveFrom, rateCents: input.rateCents, note: input.note ?? null });
      await recordAudit(trx, { ...client, action: 'county.wage_rate_added', outcome: 'success', actorUserId: viewer.id, countyId: county.id, details: { effectiveFrom: input.effectiveFrom, rateCents: input.rateCents, note: input.note ?? null } });
    })
    .catch((err: unknown) => {
      if (pgErrorCode(err) === PG_UNIQUE_VIOLATION) throw new FieldError('effectiveFrom', 'wageRateDateTaken', { date: input.effectiveFrom });
      throw err;
    });
  return wageRatesView(db, county);
}
