import type { CountyDetail, HelpDesk } from '../../../contracts/counties.js';
import { STATEWIDE_HELP_DESK } from '../../../contracts/counties.js';
import type { Db } from '../../../db/connection.js';
import { notFound } from '../../errors.js';
import { findCountyById, findCountyBySlug, listCounties, type CountyRow } from './store.js';

export type { CountyRow } from './store.js';

/** The security policy that applies to an account: its county's, or the defaults for statewide staff. */
export interface SecurityPolicy {
  lockoutThreshold: number;
  lockoutMinutes: number;
  idleTimeoutMinutes: number;
  absoluteTimeoutMinutes: number;
  securityQuestionsAllowed: boolean;
  /** Providers and recipients must add a second factor (issue #14); staff always must, whatever this says. */
  requireSecondFactor: boolean;
}

export const DEFAULT_POLICY: SecurityPolicy = {
  lockoutThreshold: 5,
  lockoutMinutes: 24 * 60,
  idleTimeoutMinutes: 15,
  absoluteTimeoutMinutes: 12 * 60,
  securityQuestionsAllowed: true,
  requireSecondFactor: false,
};

export function policyOf(county: CountyRow | undefined | null): SecurityPolicy {
  if (!county) return DEFAULT_POLICY;
  return {
    lockoutThreshold: county.lockout_threshold,
    lockoutMinutes: county.lockout_minutes,
    idleTimeoutMinutes: county.idle_timeout_minutes,
    absoluteTimeoutMinutes: county.absolute_timeout_minutes,
    securityQuestionsAllowed: county.security_questions_allowed,
    requireSecondFactor: county.require_second_factor,
  };
}

/** A county without its own help-desk phone sends people to the statewide IHSS service desk. */
export function helpDeskOf(county: CountyRow | undefined | null): HelpDesk {
  if (!county?.help_phone) return { ...STATEWIDE_HELP_DESK, statewide: true };
  return { phone: county.help_phone, email: county.help_email, hours: county.help_hours, statewide: false };
}

export async function getCounties(db: Db) {
  const rows = await listCounties(db);
  return rows.map((r) => ({ code: r.id, slug: r.slug, name: r.name }));
}

export function toCountyDetail(c: CountyRow): CountyDetail {
  return {
    code: c.id,
    slug: c.slug,
    name: c.name,
    fips: c.fips,
    helpDesk: helpDeskOf(c),
    languages: c.languages,
    policy: policyOf(c),
  };
}

export async function getCounty(db: Db, slug: string): Promise<CountyDetail> {
  const c = await findCountyBySlug(db, slug);
  if (!c) throw notFound();
  return toCountyDetail(c);
}

export { findCountyById };
