// @vitest-environment jsdom
import { cleanup, fireEvent, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimesheetView } from '../../contracts/timesheets';
import { addDays, workweekOf } from '../../domain';
import { initI18n } from '../i18n';
import { pending, renderPage, stubServer } from '../testing/server';
import { draftView, lastPeriod } from './testing';
import { TimesheetEditor } from './TimesheetEditor';
import { enterValue } from '../testing/enter-value';

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** A weekday of the period's first whole workweek, and the same weekday a week later. */
const sunday = workweekOf(addDays(lastPeriod.start, 6)).start;
const monday = addDays(sunday, 1);
const nextMonday = addDays(monday, 7);

function openEditor(view: TimesheetView = draftView()) {
  stubServer((request) => (request.path.startsWith('/api/cases') ? Response.json({ month: lastPeriod.start.slice(0, 7), cases: [] }) : pending()));
  renderPage(<TimesheetEditor initial={view} />);
}

const card = (date: string) => document.getElementById(`day-${date}`)!;
const field = (date: string, name: string) => document.getElementById(`day-${date}-${name}`) as HTMLInputElement | HTMLSelectElement;
const openDay = (date: string) => fireEvent.click(card(date).querySelector('button[aria-expanded="false"]')!);
const submitButton = () => document.querySelector<HTMLButtonElement>('button[type="submit"]')!;

describe('recording a day', () => {
  it('folds empty days behind a named button that opens one day', () => {
    openEditor();
    const button = card(monday).querySelector('button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.textContent).toContain('Add time');
    expect(field(monday, 'hours')).toBeNull();
    openDay(monday);
    expect(field(monday, 'hours')).toBeTruthy();
    expect(field(nextMonday, 'hours')).toBeNull();
  });

  it('opens days with a planned visit up to today, and leaves later ones folded: they cannot be claimed yet', () => {
    const view = draftView({ plannedDates: [monday, nextMonday] });
    openEditor({ ...view, rulesContext: { ...view.rulesContext!, today: monday } });
    expect(field(monday, 'hours')).toBeTruthy();
    expect(field(nextMonday, 'hours')).toBeNull();
  });

  it('names a day with a place and no hours as incomplete, and blocks Submit', async () => {
    openEditor();
    openDay(monday);
    enterValue(field(monday, 'location'), 'home');
    const summary = await waitFor(() => {
      const box = document.getElementById('blocking-summary');
      expect(box?.textContent).toMatch(/has no hours/);
      return box!;
    });
    expect(summary.textContent).toContain(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(new Date(`${monday}T12:00:00Z`)));
    expect(card(monday).textContent).toMatch(/has no hours/);
    expect(submitButton().disabled).toBe(true);
  });

  it('counts the hours from a start and an end, and shows typed hours that differ from them', async () => {
    openEditor();
    openDay(monday);
    enterValue(field(monday, 'start'), '09:00');
    enterValue(field(monday, 'end'), '13:00');
    expect(card(monday).textContent).toContain('4 hours, from 09:00 to 13:00');
    await waitFor(() => expect(submitButton().disabled).toBe(false));
    enterValue(field(monday, 'hours'), '3');
    expect(document.getElementById(`day-${monday}-mismatch`)?.textContent).toBe('You entered 3 hours; 09:00 to 13:00 is 4 hours. Your hours are the ones paid: check them.');
  });

  it('shows a day filled from check-ins with its start, end and the visits added up', () => {
    const day = { date: monday, workedMinutes: 180, travelMinutes: 0, startTime: '09:00', endTime: '13:00', location: 'home' as const, fromEvv: true, evvMinutes: 180, edited: false };
    openEditor(draftView({ liveIn: false, days: [day] }));
    expect(field(monday, 'start').value).toBe('09:00');
    expect(field(monday, 'end').value).toBe('13:00');
    expect(card(monday).textContent).toContain('3 hours, your check-ins added up');
    enterValue(field(monday, 'hours'), '4');
    expect(document.getElementById(`day-${monday}-mismatch`)?.textContent).toContain('your check-ins add up to 3 hours');
  });

  it('fills the empty days of a week from the week before with "Same as last week", and says which', () => {
    openEditor();
    openDay(monday);
    enterValue(field(monday, 'hours'), '5');
    const week = document.getElementById(`week-${addDays(sunday, 7)}`)!;
    fireEvent.click([...week.querySelectorAll('button')].find((b) => b.textContent === 'Same as last week')!);
    expect(field(nextMonday, 'hours').value).toBe('5');
    expect(week.querySelector('[role="status"]')!.textContent).toMatch(/^Filled 1 day from last week: Monday, /);
    // Undone by editing: the filled day is an ordinary day.
    enterValue(field(nextMonday, 'hours'), '');
    expect(field(nextMonday, 'hours').value).toBe('');
  });
});
