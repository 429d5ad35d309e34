/**
 * The random signature check. County payroll holds some timesheets with no exception for a closer look: LA DPSS
 * lists "holds (random signature checks, worker holds)" among its timesheet exceptions. A held timesheet waits in the
 * county's payroll queue (reason RANDOM_HOLD) until staff compare the signatures and the EVV records and approve or
 * deny it; a clean timesheet the check does not pick is approved by the system at once.
 *
 * The rate is the county's own setting (`counties.random_hold_per_mille`, 0-100 out of 1,000; 0 = off), set by its
 * county admin. The pick is not a random draw: it is a hash of the timesheet version's id, so a retried or replayed
 * approval of the same version routes the same way, and a correction (a new version) is judged afresh.
 */
import { createHash } from 'node:crypto';

export const RANDOM_HOLD = 'RANDOM_HOLD';

/** The version's place, 0-999, in the county's sample: a version is held when its slot is below the rate. */
export function randomHoldSlot(timesheetId: number): number {
  return createHash('sha256').update(`random-hold:${timesheetId}`).digest().readUInt32BE(0) % 1000;
}

/** Whether the random signature check holds version `timesheetId` at a rate of `perMille` out of 1,000. */
export function randomHoldPicks(timesheetId: number, perMille: number): boolean {
  return perMille > 0 && randomHoldSlot(timesheetId) < perMille;
}
