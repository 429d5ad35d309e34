import type { CaseStatusView } from '../../contracts/cases';
import { clock } from '../clock';

/**
 * An active case of Los Angeles, assigned to the provider from today with 100 hours a month and none claimed yet, as
 * the cases list answers it; `over` changes what a test is about.
 */
export function activeCase(caseNumber: string, over: Partial<CaseStatusView> = {}): CaseStatusView {
  const today = clock.today();
  return {
    caseNumber,
    recipient: { firstName: 'Elena', lastName: 'Ramirez' },
    county: { code: 19, slug: 'los-angeles', name: 'Los Angeles' },
    status: 'active',
    eligibleFrom: today,
    eligibleTo: null,
    month: today.slice(0, 7),
    authorizedMinutes: 6000,
    claimedMinutes: 0,
    remainingAuthorizedMinutes: 6000,
    weeklyMaximumMinutes: 1500,
    assignment: { startDate: today, endDate: null, assignedMinutes: 6000, claimedMinutes: 0, remainingAssignedMinutes: 6000, liveIn: false, travelAgreement: false },
    ...over,
  };
}
