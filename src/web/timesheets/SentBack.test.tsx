// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClaimStory, ClaimTimeline } from '../../contracts/claims';
import type { TimesheetView } from '../../contracts/timesheets';
import { addDays, recipientDecisionDue } from '../../domain';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { renderPage, stubServer, type Sent } from '../testing/server';
import { formatDay } from './format';
import { draftView, lastPeriod } from './testing';
import { TimesheetPage } from './TimesheetPage';

const day = addDays(lastPeriod.start, 2);
const reason = { code: 'HOURS_NOT_SUPPORTED_BY_EVV', title: 'The hours are not backed by check-ins', howToFix: 'Enter only the hours your check-ins show.', date: day, weekStart: null };
const story = (over: Partial<ClaimStory> = {}): ClaimStory => ({
  decidedBy: null,
  deciderName: null,
  decidedAt: null,
  returned: false,
  note: null,
  reasons: [],
  nextStep: 'submit',
  correctionId: null,
  recipientDecideBy: null,
  ...over,
});
const denied = story({ decidedBy: 'county', deciderName: 'Los Angeles', decidedAt: clock.now().toISOString(), returned: true, note: 'See the 3rd', reasons: [reason], nextStep: 'correct' });

/** The claim's timeline as the server tells it: the given versions and their stories. */
const timeline = (versions: { id: number; version: number; status: TimesheetView['status']; story: ClaimStory }[]): ClaimTimeline => ({
  caseNumber: '9000001',
  recipient: { firstName: 'Elena', lastName: 'Ramirez' },
  payPeriod: { start: lastPeriod.start, end: lastPeriod.end },
  versions: versions.map((v) => ({ ...v, submittedAt: null, grossCents: null, pay: null })),
  events: [],
  denialReasons: [],
  canCorrect: true,
});

function server(views: Record<number, TimesheetView>, claim: ClaimTimeline, submit?: (r: Sent) => Response) {
  return stubServer((request) => {
    const id = /^\/api\/timesheets\/(\d+)$/.exec(request.path)?.[1];
    if (id) return Response.json(views[Number(id)]);
    if (/^\/api\/claims\/\d+\/timeline/.test(request.path)) return Response.json(claim);
    if (request.path.startsWith('/api/timesheets?')) return Response.json({ timesheets: [] });
    if (request.path.startsWith('/api/cases')) return Response.json({ month: lastPeriod.start.slice(0, 7), cases: [] });
    if (request.path.endsWith('/submit') && submit) return submit(request);
    return undefined;
  });
}

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('a timesheet sent back', () => {
  it('denied by the county (after the recipient approved it): says who denied it and why, offers the correction, and shows no success', async () => {
    const view = draftView({ status: 'denied', editable: false, submittedAt: clock.now().toISOString(), decision: { decision: 'approved', reason: null, decidedAt: clock.now().toISOString() } });
    server({ 7: view }, timeline([{ id: 7, version: 1, status: 'denied', story: denied }]));
    renderPage(<TimesheetPage />, { path: '/timesheets/:id', at: '/timesheets/7' });

    expect(await screen.findByText(/^Los Angeles County denied it on /)).toBeTruthy();
    expect(screen.getByText('The hours are not backed by check-ins').closest('li')!.textContent).toContain(`About ${formatDay(day, 'en')}`);
    expect(screen.getByText('The county’s note: “See the 3rd”')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Correct and resubmit' })).toBeTruthy();
    expect(screen.queryByText(/approved it/)).toBeNull();
    expect(document.querySelector('.usa-alert--success')).toBeNull();
  });

  it('the correction shows why it was sent back, each reason beside its day, and one "Submit the correction" button', async () => {
    const correction = draftView({ id: 8, version: 2, supersedesId: 7 });
    server({ 8: correction }, timeline([{ id: 7, version: 1, status: 'denied', story: { ...denied, nextStep: 'correcting', correctionId: 8 } }, { id: 8, version: 2, status: 'draft', story: story() }]));
    renderPage(<TimesheetPage />, { path: '/timesheets/:id', at: '/timesheets/8' });

    expect(await screen.findByRole('heading', { name: 'Why it was sent back' })).toBeTruthy();
    await waitFor(() => expect(document.getElementById(`day-${day}`)?.textContent).toContain('Sent back: The hours are not backed by check-ins'));
    expect(screen.getAllByRole('button', { name: /^Submit/ }).map((b) => b.textContent)).toEqual(['Submit the correction']);
  });

  it('after "Submit": the confirmation takes focus, with what happens next and the day the recipient is asked to decide by', async () => {
    const submittedAt = clock.now().toISOString();
    const after = draftView({ status: 'submitted', editable: false, submittedAt });
    server({ 7: draftView() }, timeline([{ id: 7, version: 1, status: 'draft', story: story() }]), () => Response.json(after));
    renderPage(<TimesheetPage />, { path: '/timesheets/:id', at: '/timesheets/7' });
    await screen.findByText('Submit this timesheet');
    fireEvent.click(document.getElementById('confirm-work')!);
    const submit = document.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    await waitFor(() => expect(submit.hasAttribute('disabled')).toBe(false));
    fireEvent.click(submit);

    const heading = await screen.findByRole('heading', { name: 'Submitted: your timesheet is with Elena Ramirez' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByText(new RegExp(`asked to approve it or send it back by ${formatDay(recipientDecisionDue(submittedAt), 'en')}\\.`))).toBeTruthy();
  });
});
