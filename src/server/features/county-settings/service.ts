import { POLICY_LIMITS, type CountySettings, type UpdateCountySettingsRequest } from '../../../contracts/county-settings.js';
import type { Role } from '../../../contracts/auth.js';
import type { Db } from '../../../db/connection.js';
import { notFound } from '../../errors.js';
import { recordAudit, type AuditEvent } from '../audit/service.js';
import { ratesByCounty } from '../cases/service.js';
import { findCountyById, getCounty, type CountyRow } from '../counties/service.js';
import * as store from './store.js';

export interface Viewer {
  id: number;
  role: Role;
  countyId: number | null;
}

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
    },
    languages: c.languages,
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
 * rules apply from the next sign-in attempt; timeouts apply to sessions started after the change.
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
    ...(input.languages ? { languages: input.languages } : {}),
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
