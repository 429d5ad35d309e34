// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { TimesheetView } from '../../contracts/timesheets';
import { addDays } from '../../domain';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { draftView, lastPeriod } from '../timesheets/testing';
import { ReviewPage } from './ReviewPage';
import { enterValue } from '../testing/enter-value';

const DECISION = '/api/recipient/timesheets/7/decision';
const REASON = 'Reason for rejecting (needed only to reject)';

/** The timesheet as its recipient sees it: submitted, without the provider's totals and rules case. */
const submitted = draftView({
  status: 'submitted',
  editable: false,
  submittedAt: `${lastPeriod.end}T20:00:00.000Z`,
  days: [{ date: addDays(lastPeriod.start, 1), workedMinutes: 240, travelMinutes: 0, startTime: null, endTime: null, location: null, fromEvv: false, evvMinutes: null, edited: false }],
  totals: null,
  rulesContext: null,
  plannedDates: [],
});

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function reviewServer(decide: (request: Sent) => Response | Promise<Response> = () => pending()) {
  return stubServer((request) => {
    if (request.path === '/api/timesheets/7') return Response.json(submitted);
    if (request.path === DECISION) return decide(request);
    return undefined;
  });
}

async function openReview() {
  renderPage(<ReviewPage />, { path: '/review/:id', at: '/review/7' });
  await screen.findByRole('heading', { name: 'Your decision' });
}

describe("the recipient's decision on a timesheet", () => {
  it('asks for a reason before a rejection, beside the reason field, and sends nothing', async () => {
    const sent = reviewServer();
    await openReview();
    enterValue(screen.getByLabelText(REASON), ' no ');
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));

    const field = screen.getByLabelText(REASON);
    expect(screen.getByText(en.rejectReasonShape)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(writes(sent)).toEqual([]);

    enterValue(field, ' no, ');
    expect(screen.queryByText(en.rejectReasonShape)).toBeNull();
  });

  it('sends the rejection with its reason as the contract reads it, and shows the decision the server recorded', async () => {
    const rejected: TimesheetView = { ...submitted, status: 'rejected_by_recipient', decision: { decision: 'rejected', reason: 'Tuesday was 3 hours', decidedAt: `${lastPeriod.end}T21:00:00.000Z` } };
    const sent = reviewServer(() => Response.json(rejected));
    await openReview();
    enterValue(screen.getByLabelText(REASON), '  Tuesday was 3 hours \r\n');
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));

    expect(await screen.findByText(/You rejected this timesheet/)).toBeTruthy();
    expect(writes(sent)).toEqual([{ method: 'POST', path: DECISION, body: { decision: 'reject', reason: 'Tuesday was 3 hours' } }]);
  });

  it('asks before approving: shows the provider, the period, each day\'s hours and the total, and sends nothing on one tap', async () => {
    const sent = reviewServer();
    await openReview();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));

    const confirmation = screen.getByRole('region', { name: 'Approve these hours?' });
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Approve these hours?' }));
    expect(confirmation.textContent).toContain(`${submitted.provider.firstName} ${submitted.provider.lastName}`);
    expect(confirmation.textContent).toContain('Total: 4 hours worked');
    expect(within(confirmation).getAllByRole('row')).toHaveLength(3);
    expect(writes(sent)).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Go back' }));
    expect(screen.queryByRole('region', { name: 'Approve these hours?' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Approve' }));
    expect(writes(sent)).toEqual([]);
  });

  it('approves without a reason once confirmed, and cannot be sent twice while the first is pending', async () => {
    const sent = reviewServer();
    await openReview();
    enterValue(screen.getByLabelText(REASON), 'not needed');
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const confirm = screen.getByRole('button', { name: 'Yes, approve these hours' });
    fireEvent.click(confirm);
    fireEvent.click(confirm);
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));

    expect(confirm.hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('button', { name: 'Reject' }).hasAttribute('disabled')).toBe(true);
    await vi.waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(writes(sent)[0]).toEqual({ method: 'POST', path: DECISION, body: { decision: 'approve' } });
  });

  it("shows the server's refusal, and lets the recipient try again", async () => {
    reviewServer(() => refusal(409, 'timesheetAlreadyDecided'));
    await openReview();
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, approve these hours' }));

    expect(await screen.findByText(en.timesheetAlreadyDecided)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Yes, approve these hours' }).hasAttribute('disabled')).toBe(false);
  });

  it("shows the server's refusal of the reason beside the reason field", async () => {
    reviewServer(() => refusal(400, 'validation', [{ path: 'reason', code: 'rejectReasonShape' }]));
    await openReview();
    enterValue(screen.getByLabelText(REASON), 'Tuesday was 3 hours');
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }));

    expect(await screen.findByText(en.rejectReasonShape)).toBeTruthy();
    expect(screen.getByLabelText(REASON).getAttribute('aria-invalid')).toBe('true');
  });
});
