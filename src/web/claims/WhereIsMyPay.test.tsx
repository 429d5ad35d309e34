// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ClaimTimeline, PayExpectationView } from '../../contracts/claims';
import type { Dashboard } from '../../contracts/dashboard';
import { addDays, californiaDate } from '../../domain';
import { api } from '../api';
import { clock } from '../clock';
import { SessionProvider } from '../session';
import { renderPage, setUpPageTests, signedInSession, stubServer } from '../testing/server';
import { formatDay } from '../timesheets/format';
import { BillingRegion } from './BillingRegion';
import { ClaimTimelinePage } from './ClaimTimelinePage';

const today = californiaDate(clock.now());
const day = (n: number) => addDays(today, n);
const session = signedInSession();
const reason = { code: 'RANDOM_HOLD', title: 'This timesheet was picked at random for the county’s signature check.', howToFix: 'You do not need to do anything.' };

/** In county review three days past the State's 10 business days, on hold, paid by direct deposit once decided. */
const lateInReview: PayExpectationView = {
  stage: 'county_review',
  method: 'direct_deposit',
  expectedOn: day(3),
  arrived: false,
  mailedOn: null,
  stages: [
    { kind: 'recipient', state: 'done', on: day(-20), dueOn: day(-18), daysLate: 0 },
    { kind: 'county_review', state: 'now', on: day(-3), dueOn: day(-3), daysLate: 3 },
    { kind: 'approved', state: 'next', on: today, dueOn: null, daysLate: 0 },
    { kind: 'pay_run', state: 'next', on: day(1), dueOn: day(-3), daysLate: 0 },
    { kind: 'deposit', state: 'next', on: day(3), dueOn: day(3), daysLate: 0 },
  ],
  late: { stage: 'county_review', dueOn: day(-3), daysLate: 3 },
  reasons: [reason],
  onHold: true,
};

/** Mailed as a warrant, on its way and not late. */
const warrant: PayExpectationView = {
  stage: 'mail',
  method: 'warrant',
  expectedOn: day(4),
  arrived: false,
  mailedOn: day(-1),
  stages: [
    { kind: 'recipient', state: 'done', on: day(-4), dueOn: day(-3), daysLate: 0 },
    { kind: 'approved', state: 'done', on: day(-4), dueOn: null, daysLate: 0 },
    { kind: 'pay_run', state: 'done', on: day(-1), dueOn: day(8), daysLate: 0 },
    { kind: 'mail', state: 'now', on: day(4), dueOn: day(9), daysLate: 0 },
  ],
  late: null,
  reasons: [],
  onHold: false,
};

const timeline = (pay: PayExpectationView): ClaimTimeline => ({
  caseNumber: '9000001',
  recipient: { firstName: 'Elena', lastName: 'Ramirez' },
  payPeriod: { start: day(-30), end: day(-16) },
  versions: [{ id: 7, version: 1, status: 'in_county_review', submittedAt: clock.now().toISOString(), grossCents: 18_000, story: { decidedBy: null, deciderName: null, decidedAt: null, returned: false, note: null, reasons: [], nextStep: 'wait_county', correctionId: null, recipientDecideBy: null }, pay }],
  events: [],
  denialReasons: [],
  canCorrect: false,
});

setUpPageTests();

function renderWithSession(page: React.ReactNode, answer: (path: string) => Response | undefined, at = '/') {
  stubServer((request) => answer(request.path) ?? Response.json(session));
  renderPage(<SessionProvider>{page}</SessionProvider>, { path: at === '/' ? '/' : '/claims/:timesheetId', at, cache: [[api.auth.session.key(), session]] });
}

describe('where is my pay, on the claim page', () => {
  it('a late county review: the day the money is expected, each step with its state in words, why the county holds it, and the county help desk to call', async () => {
    renderWithSession(<ClaimTimelinePage />, (path) => (path.startsWith('/api/claims/7/timeline') ? Response.json(timeline(lateInReview)) : undefined), '/claims/7');
    const region = within(await screen.findByRole('region', { name: 'Where is my pay' }));
    region.getByText(`Expected in your bank on ${formatDay(day(3), 'en')}`, { selector: 'p' }); // the headline; the last step says the same
    region.getByText(`The State has 10 business days to pay an approved timesheet; they ended on ${formatDay(day(-3), 'en')}: the county’s review is 3 days late.`);
    region.getByText('Call your county’s help desk:');
    expect(region.getByRole('link', { name: '510-555-0100' }).getAttribute('href')).toMatch(/^tel:/);
    const steps = region.getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(steps).toHaveLength(5);
    expect(steps[0]!.textContent).toBe(`DoneApproved by your recipient on ${formatDay(day(-20), 'en')}`);
    expect(steps[1]!.getAttribute('aria-current')).toBe('step');
    expect(steps[1]!.textContent).toContain(`NowIn county review: a decision is expected by ${formatDay(day(-3), 'en')}`);
    expect(steps[1]!.textContent).toContain('The county has put it on hold.');
    expect(steps[1]!.textContent).toContain(reason.title);
    expect(steps[3]!.textContent).toBe(`NextIn the pay run of ${formatDay(day(1), 'en')}`);
  });

  it('a warrant: mailed on its issue date and expected by mail, with no call to make while it is on time', async () => {
    renderWithSession(<ClaimTimelinePage />, (path) => (path.startsWith('/api/claims/7/timeline') ? Response.json(timeline(warrant)) : undefined), '/claims/7');
    const region = within(await screen.findByRole('region', { name: 'Where is my pay' }));
    region.getByText(`Your check is expected in the mail by ${formatDay(day(4), 'en')}`, { selector: 'p' });
    region.getByText(`Check mailed on ${formatDay(day(-1), 'en')}, expected by ${formatDay(day(4), 'en')}`);
    region.getByText(`Paid by the State on ${formatDay(day(-1), 'en')}`);
    expect(region.queryByText('Call your county’s help desk:')).toBeNull();
  });
});

describe('where is my pay, on the dashboard', () => {
  it('lists each claim on its way with the day its money is expected, links it to its claim, and shows the help desk once for the late ones', async () => {
    const dashboard: Dashboard = {
      role: 'provider',
      today,
      payPeriod: { start: day(-3), end: day(10) },
      attention: [],
      scheduledVisits: { today: [], nextSevenDaysCount: 0 },
      timekeeping: { openCheckIn: null, needsFixCount: 0, exemptCases: [], timesheets: [] },
      billing: {
        count: 2,
        byState: [],
        latestPayments: [],
        onTheWay: [
          { timesheetId: 7, caseNumber: '9000001', recipient: { firstName: 'Elena', lastName: 'Ramirez' }, payPeriod: { start: day(-30), end: day(-16) }, grossCents: 18_000, pay: lateInReview },
          { timesheetId: 8, caseNumber: '9000002', recipient: { firstName: 'Sam', lastName: 'Lee' }, payPeriod: { start: day(-30), end: day(-16) }, grossCents: 9_000, pay: warrant },
        ],
      },
      messages: { count: 0 },
    };
    renderWithSession(<BillingRegion />, (path) => (path === '/api/dashboard' ? Response.json(dashboard) : path.startsWith('/api/violations') ? Response.json({ violations: [] }) : undefined));
    const region = within(await screen.findByRole('region', { name: 'Billing and invoicing' }));
    await region.findByRole('heading', { name: 'Pay on its way' });
    const first = region.getByRole('link', { name: /^Elena Ramirez, / });
    expect(first.getAttribute('href')).toBe('/claims/7');
    region.getByText(`Expected in your bank on ${formatDay(day(3), 'en')}`);
    region.getByText(`Your check is expected in the mail by ${formatDay(day(4), 'en')}`);
    region.getByText(/the county’s review is 3 days late\.$/);
    expect(region.getAllByText('Call your county’s help desk:')).toHaveLength(1);
  });
});
