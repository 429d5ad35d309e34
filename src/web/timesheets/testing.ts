import type { TimesheetView } from '../../contracts/timesheets';
import { addDays, payPeriodOf } from '../../domain';
import { clock } from '../clock';

/** The previous pay period: wholly in the past, so no time typed in it is future time. */
export const lastPeriod = payPeriodOf(addDays(payPeriodOf(clock.today()).start, -1));

/** Elena Ramirez's timesheet for `lastPeriod` as the server sends it to her provider: a draft with nothing on it yet. */
export function draftView(overrides: Partial<TimesheetView> = {}): TimesheetView {
  return {
    id: 7,
    caseNumber: '9000001',
    recipient: { firstName: 'Elena', lastName: 'Ramirez' },
    provider: { firstName: 'Maria', lastName: 'Gonzalez' },
    county: { code: 19, slug: 'los-angeles', name: 'Los Angeles' },
    payPeriod: { start: lastPeriod.start, end: lastPeriod.end },
    version: 1,
    status: 'draft',
    supersedesId: null,
    supersededById: null,
    submittedAt: null,
    editable: true,
    liveIn: true,
    days: [],
    findings: [],
    canSubmit: true,
    totals: {
      workedMinutes: 0,
      travelMinutes: 0,
      weeks: [],
      month: { month: lastPeriod.start.slice(0, 7), authorizedMinutes: 6000, claimedMinutes: 0, remainingMinutes: 6000, assignedMinutes: 6000, assignedRemainingMinutes: 6000 },
      overtimeMinutes: 0,
      monthOvertimeMinutes: 0,
      rateCents: 1800,
      rates: [{ start: lastPeriod.start, end: lastPeriod.end, rateCents: 1800 }],
      expectedGrossCents: 0,
    },
    remainingScheduledVisits: 0,
    plannedDates: [],
    decision: null,
    rulesContext: {
      provider: { exemption: 'none' },
      recipients: [{ id: '9000001', monthlyAuthorizedMinutes: 6000, rateCents: 1800 }],
      priorEntries: [],
      today: clock.today(),
      now: clock.now().toISOString(),
    },
    ...overrides,
  };
}
