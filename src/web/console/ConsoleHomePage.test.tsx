// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Role } from '../../contracts/auth';
import { en } from '../../contracts/messages/en';
import type { StaffWork } from '../../contracts/staff-work';
import { api } from '../api';
import { SessionProvider } from '../session';
import { refusal, renderPage, setUpPageTests, signedInSession, stubServer } from '../testing/server';
import { DashboardPage } from '../dashboard/DashboardPage';
import { ConsoleHomePage } from './ConsoleHomePage';
import { Suspense } from 'react';

const LA = { code: 19, slug: 'los-angeles', name: 'Los Angeles' };

const session = (role: Role) =>
  signedInSession({
    role,
    loginId: 'demo.worker',
    firstName: 'Dana',
    lastName: 'Worker',
    county: role === 'state_admin' ? null : { slug: LA.slug, name: LA.name },
    helpDesk: { phone: '8005550100', email: null, hours: null, statewide: true },
  });

const WORK: StaffWork = {
  county: LA,
  review: { waiting: 3, escalated: 1 },
  disputes: { waiting: 2, soonestDue: '2026-03-12' },
  enrolmentsNotSetUp: 1,
};

setUpPageTests();

/** The start page of a `role`, with the server answering the counts with `counts` (every other request: the session). */
function renderHome(role: Role, counts: () => Response, page = <ConsoleHomePage />) {
  const sent = stubServer((request) => (request.path.startsWith('/api/staff/work') ? counts() : Response.json(session(role))));
  renderPage(
    <SessionProvider>
      {page}
    </SessionProvider>,
    { cache: [[api.auth.session.key(), session(role)]] },
  );
  return sent.map((request) => request.path);
}

const work = () => within(screen.getByRole('region', { name: 'Waiting for you' }));
const hrefOf = (name: string) => work().getByRole('link', { name }).getAttribute('href');

describe('ConsoleHomePage', () => {
  it("puts a county worker's work first, each count a link to its list, with plural words", async () => {
    const requested = renderHome('county_worker', () => Response.json(WORK));
    expect(await work().findByRole('link', { name: '3 timesheets waiting for review' })).toHaveProperty('href', expect.stringMatching(/\/staff\/review$/));
    expect(requested).toContain('/api/staff/work');
    // Only the supervisor has the escalated list: the worker's queue marks the escalated items.
    expect(work().queryByRole('link', { name: /escalated/ })).toBeNull();
    work().getByText('1 escalated timesheet: untouched for a business day');
    expect(hrefOf('2 violation disputes to answer')).toBe('/staff/violations');
    work().getByText('The first answer is due by March 12, 2026.');
    expect(hrefOf('1 provider enrolled who has not created an account yet')).toBe('/staff/enrolments');
    // The counts come before the tools.
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['Waiting for you', 'Tools']);
    screen.getByRole('link', { name: 'Timesheet review' });
  });

  it('greets county staff on the dashboard, where sign-in lands, with the same counts and tools', async () => {
    // Staff's part of the dashboard is a chunk of its own: the page waits for it as it waits for its own (lazyPage).
    renderHome(
      'county_worker',
      () => Response.json(WORK),
      <Suspense fallback={null}>
        <DashboardPage />
      </Suspense>,
    );
    await screen.findByRole('heading', { level: 1, name: 'Hello, Dana' });
    expect(await work().findByRole('link', { name: '3 timesheets waiting for review' })).toHaveProperty('href', expect.stringMatching(/\/staff\/review$/));
    screen.getByRole('link', { name: 'Timesheet review' });
  });

  it("links a county admin's escalated count to the supervisor's view", async () => {
    renderHome('county_admin', () => Response.json({ ...WORK, review: { waiting: 1, escalated: 2 } }));
    expect((await work().findByRole('link', { name: '2 escalated timesheets: untouched for a business day' })).getAttribute('href')).toBe('/staff/review/escalated');
    expect(hrefOf('1 timesheet waiting for review')).toBe('/staff/review');
  });

  it("shows a state admin the state's totals, as words where the lists are county staff's", async () => {
    renderHome('state_admin', () => Response.json({ ...WORK, county: null, disputes: { waiting: 0, soonestDue: null } }));
    await work().findByText('3 timesheets waiting for review');
    work().getByText('Totals of every county.');
    expect(work().getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/staff/enrolments']);
    work().getByText('0 violation disputes to answer');
    expect(work().queryByText(/first answer is due/)).toBeNull();
  });

  it('says so when the counts cannot be loaded, and still offers the tools', async () => {
    renderHome('county_worker', () => refusal(500, 'internal'));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe(en.internal));
    expect(work().queryAllByRole('link')).toEqual([]);
    screen.getByRole('link', { name: 'Timesheet review' });
  });
});
