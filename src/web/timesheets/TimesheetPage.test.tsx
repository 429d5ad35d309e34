// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { TimesheetView } from '../../contracts/timesheets';
import { addDays } from '../../domain';
import { initI18n } from '../i18n';
import { pending, renderPage, stubServer, writes, type Sent } from '../testing/server';
import { draftView, lastPeriod } from './testing';
import { TimesheetPage } from './TimesheetPage';
import { enterValue } from '../testing/enter-value';

const day = addDays(lastPeriod.start, 1);
const DAYS = '/api/timesheets/7/days';
const SUBMIT = '/api/timesheets/7/submit';

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The server of the editor: the draft, no other versions or names, saved days as sent; `submit` answers the submission. */
function timesheetServer(submit: (request: Sent) => Response | Promise<Response> = () => pending()) {
  return stubServer((request) => {
    if (request.path === '/api/timesheets/7') return Response.json(draftView());
    if (request.path.startsWith('/api/timesheets?')) return Response.json({ timesheets: [] });
    if (request.path.startsWith('/api/cases')) return Response.json({ month: lastPeriod.start.slice(0, 7), cases: [] });
    if (request.path === DAYS) {
      const { days } = request.body as { days: { date: string; workedMinutes: number }[] };
      const saved = days.map((d) => ({ ...d, travelMinutes: 0, startTime: null, endTime: null, location: null, fromEvv: false, evvMinutes: null, edited: false }));
      return Response.json(draftView({ days: saved } as Partial<TimesheetView>));
    }
    if (request.path === SUBMIT) return submit(request);
    return undefined;
  });
}

async function openEditor() {
  renderPage(<TimesheetPage />, { path: '/timesheets/:id', at: '/timesheets/7' });
  await screen.findByText('Submit this timesheet');
}

/** A day's hours field; an empty day is folded, so it is opened first. */
const hoursOf = (date: string) => {
  const fold = document.querySelector(`#day-${date} button[aria-expanded="false"]`);
  if (fold) fireEvent.click(fold);
  return document.getElementById(`day-${date}-hours`) as HTMLInputElement;
};
// Found by selector and text, not by role: working out every accessible name of 15 day cards is slow in jsdom.
const submitButton = () => document.querySelector<HTMLButtonElement>('button[type="submit"]')!;
const saveButton = () => screen.getByText('Save').closest('button')!;
const confirmBox = () => document.getElementById('confirm-work')!;

describe('the timesheet editor', () => {
  it('says what is wrong with a day beside it, and saves nothing while it is wrong', async () => {
    const sent = timesheetServer();
    await openEditor();
    enterValue(hoursOf(day), '7.5');
    fireEvent.click(saveButton());

    expect(hoursOf(day).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(hoursOf(day));
    expect(await screen.findByText(/Fix these before you can submit/)).toBeTruthy();
    expect(writes(sent)).toEqual([]);
  });

  it('asks the provider to confirm the hours before submitting, and sends nothing until they do', async () => {
    const sent = timesheetServer();
    await openEditor();
    enterValue(hoursOf(day), '4');
    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    fireEvent.click(submitButton());

    expect(screen.getByText('Check this box to confirm the hours are right before you submit.')).toBeTruthy();
    expect(writes(sent)).toEqual([]);
  });

  it('saves the typed days, then submits once with a one-time key: it cannot be sent twice while the first is pending', async () => {
    const sent = timesheetServer();
    await openEditor();
    enterValue(hoursOf(day), '4');
    fireEvent.click(confirmBox());
    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    fireEvent.click(submitButton());

    await screen.findByText('Submitting…');
    fireEvent.click(submitButton());
    expect(submitButton().hasAttribute('disabled')).toBe(true);
    expect(saveButton().hasAttribute('disabled')).toBe(true);
    expect(writes(sent).map((w) => w.path)).toEqual([DAYS, SUBMIT]);
    expect(writes(sent)[0]!.body).toEqual({ days: [{ date: day, workedMinutes: 240, travelMinutes: 0, startTime: null, endTime: null, location: null }] });
    expect(writes(sent)[1]!.body).toEqual({ idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });

  it('lists every blocking finding the server gives when it refuses the submission', async () => {
    const finding = { code: 'OVER_66_HOURS', kind: 'blocking', data: {}, title: 'More than 66 hours in a workweek', howToFix: 'Move hours to another week.' };
    timesheetServer(() => Response.json({ error: { code: 'timesheetBlocked', message: 'blocked', findings: [finding] } }, { status: 422 }));
    await openEditor();
    enterValue(hoursOf(day), '4');
    fireEvent.click(confirmBox());
    await waitFor(() => expect(submitButton().hasAttribute('disabled')).toBe(false));
    fireEvent.click(submitButton());

    expect(await screen.findByText(en.timesheetBlocked_one.replace('{{count}}', '1'))).toBeTruthy();
    expect(screen.getByText('More than 66 hours in a workweek')).toBeTruthy();
    expect(screen.getByText('Move hours to another week.')).toBeTruthy();
    expect(submitButton().hasAttribute('disabled')).toBe(false);
  });
});
