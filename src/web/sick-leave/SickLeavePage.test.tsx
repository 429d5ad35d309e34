// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseStatusView } from '../../contracts/cases';
import { en } from '../../contracts/messages/en';
import { addDays, monthOf, renderReason } from '../../domain';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { SickLeavePage } from './SickLeavePage';
import { enterValue } from '../testing/enter-value';

const today = clock.today();
const yesterday = addDays(today, -1);

const overview = {
  asOf: today,
  earnedOn: addDays(today, -200),
  usableOn: addDays(today, -100),
  usable: true,
  fiscalYear: { start: addDays(today, -30), end: addDays(today, 330) },
  yearlyMinutes: 2880,
  balanceMinutes: 2880,
  workedTowardEarningMinutes: 6000,
  claims: [],
};

const ann: CaseStatusView = {
  caseNumber: '9000001',
  recipient: { firstName: 'Ann', lastName: 'Test' },
  county: { code: 19, slug: 'los-angeles', name: 'Los Angeles' },
  status: 'active',
  eligibleFrom: addDays(today, -400),
  eligibleTo: null,
  month: monthOf(today),
  authorizedMinutes: 6000,
  claimedMinutes: 0,
  remainingAuthorizedMinutes: 6000,
  weeklyMaximumMinutes: 1500,
  assignment: null,
};

/** The server as far as this page reaches it: the overview, the provider's cases, and `claim` for the claim. */
function server(claim: (request: Sent) => Response | Promise<Response>) {
  return stubServer((request) => {
    if (request.path === '/api/sick-leave') return Response.json(overview);
    if (request.path.startsWith('/api/cases')) return Response.json({ month: monthOf(today), cases: [ann] });
    if (request.path === '/api/sick-leave/claims') return claim(request);
    return undefined;
  });
}

const claimView = (body: { date: string; minutes: number }) => ({
  id: 1,
  caseNumber: ann.caseNumber,
  recipient: ann.recipient,
  provider: { firstName: 'James', lastName: 'Test' },
  date: body.date,
  minutes: body.minutes,
  status: 'pending',
  requestedAt: `${today}T10:00:00.000Z`,
  decidedAt: null,
  rejectReason: null,
  findings: [],
});

async function fillIn(hours: string) {
  renderPage(<SickLeavePage />);
  await screen.findByRole('option', { name: /Ann Test/ });
  enterValue(screen.getByLabelText('Day you could not work'), yesterday);
  enterValue(screen.getByLabelText('Hours'), hours);
}

const send = () => fireEvent.click(screen.getByRole('button', { name: 'Ask for sick leave' }));
const claims = (sent: Sent[]) => writes(sent).filter((r) => r.path === '/api/sick-leave/claims');

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the sick leave claim form', () => {
  it('sends nothing while the hours are not whole half hours, and says why beside the field and in the summary', async () => {
    const sent = server((r) => Response.json(claimView(r.body as { date: string; minutes: number })));
    await fillIn('1.25');
    send();

    const why = renderReason('en', 'SICK_LEAVE_NOT_HALF_HOURS', { data: { requestedMinutes: 75 } }).title;
    const hours = screen.getByLabelText('Hours');
    expect(hours.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('claim-hours-error')?.textContent).toContain(why);
    expect(screen.getByRole('link', { name: why }).getAttribute('href')).toBe('#claim-hours');
    expect(claims(sent)).toEqual([]);
  });

  it('sends the claim once, with one idempotency key, and cannot be sent twice while the first is pending', async () => {
    const sent = server(() => pending());
    await fillIn('2.5');
    send();
    await waitFor(() => expect(claims(sent)).toHaveLength(1));
    expect(claims(sent)[0]!.body).toEqual({ idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/), caseNumber: ann.caseNumber, date: yesterday, minutes: 150 });
    expect((screen.getByRole('button', { name: 'Ask for sick leave' }) as HTMLButtonElement).disabled).toBe(true);
    send();
    expect(claims(sent)).toHaveLength(1);
  });

  it('says it was sent, empties the form and shows the new balance', async () => {
    const sent = server((r) => Response.json(claimView(r.body as { date: string; minutes: number })));
    await fillIn('1');
    send();
    await screen.findByText('Sent. Your recipient will be asked to confirm it.');
    expect((screen.getByLabelText('Hours') as HTMLInputElement).value).toBe('');
    // The overview is asked for again once the claim is recorded.
    expect(sent.filter((r) => r.path === '/api/sick-leave')).toHaveLength(2);
  });

  it('retries a claim the server could not record with the same key, so it is never recorded twice', async () => {
    let tries = 0;
    const sent = server((r) => (++tries === 1 ? Response.json({ error: { code: 'internal', message: 'internal' } }, { status: 500 }) : Response.json(claimView(r.body as { date: string; minutes: number }))));
    await fillIn('1');
    send();
    await screen.findByRole('heading', { name: 'There is a problem' });
    send();
    await screen.findByText('Sent. Your recipient will be asked to confirm it.');
    const [first, second] = claims(sent).map((r) => (r.body as { idempotencyKey: string }).idempotencyKey);
    expect(second).toBe(first);
  });

  it("shows the server's refusal beside the field it names", async () => {
    server(() => refusal(400, 'badRequest', [{ path: 'minutes', code: 'minutesShape' }]));
    await fillIn('2');
    send();
    await waitFor(() => expect(document.getElementById('claim-hours-error')?.textContent).toContain(en.minutesShape));
  });

  it("lists the rules engine's findings when the server refuses the claim", async () => {
    const finding = { code: 'SICK_LEAVE_OVER_BALANCE', kind: 'blocking', data: { balanceMinutes: 60, requestedMinutes: 120 }, title: 'More than you have left', howToFix: 'Ask for 1 hour or less.' };
    server(() => Response.json({ error: { code: 'sickLeaveBlocked', message: 'blocked', findings: [finding] } }, { status: 422 }));
    await fillIn('2');
    send();
    const alert = await screen.findByText(/This sick leave claim cannot be sent: 1 problem/);
    expect(within(alert.closest('.usa-alert')! as HTMLElement).getByText('More than you have left')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'There is a problem' })).toBeNull();
  });
});
