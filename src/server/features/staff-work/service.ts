/**
 * County staff's work at a glance (issue #12): how much waits in the lists of the console, counted by each feature
 * that owns the list, in SQL (a county's queue runs to tens of thousands of items; nothing is loaded to be counted).
 *
 * - Scope, like the cases console: county staff count their own county, whatever they ask; a state admin counts one
 *   county by its slug, or every county without it.
 * - "Escalated" is the review queue's own notion (claim-life): an item untouched for 1 business day, California time,
 *   weekends and state holidays skipped; it is what the supervisor's view lists.
 * - Disputes due are those a provider filed that wait for the county's answer (the county answers within 10 business
 *   days, SOC 2272), with the soonest answer due; a violation the provider may still dispute is not the county's work yet.
 */
import type { StaffWork } from '../../../contracts/staff-work.js';
import type { Db } from '../../../db/connection.js';
import { forbidden } from '../../errors.js';
import type { Viewer } from '../../lib/viewer.js';
import * as claimLife from '../claim-life/service.js';
import { findCountyById, getCounty } from '../counties/service.js';
import * as enrolment from '../enrolment/service.js';
import * as violations from '../violations/service.js';

/** The county the viewer's counts cover: their own, or for a state admin the one asked for (null: every county). */
async function countyOf(db: Db, viewer: Viewer, slug: string | undefined): Promise<StaffWork['county']> {
  if (viewer.role === 'state_admin') {
    if (!slug) return null;
    const c = await getCounty(db, slug);
    return { code: c.code, slug: c.slug, name: c.name };
  }
  if ((viewer.role !== 'county_worker' && viewer.role !== 'county_admin') || viewer.countyId === null) throw forbidden();
  const c = (await findCountyById(db, viewer.countyId))!;
  return { code: c.id, slug: c.slug, name: c.name };
}

export async function staffWork(db: Db, viewer: Viewer, q: { county?: string | undefined }, now: Date): Promise<StaffWork> {
  const county = await countyOf(db, viewer, q.county);
  const countyId = county?.code;
  const [review, disputes, enrolmentsNotSetUp] = await Promise.all([
    claimLife.countOpenAndEscalated(db, countyId, now),
    violations.disputesAwaiting(db, countyId),
    enrolment.countNotSetUp(db, countyId),
  ]);
  return { county, review, disputes, enrolmentsNotSetUp };
}
