// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { addDays } from '../../domain';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { EnrolPage } from './EnrolPage';

const today = clock.today();
const bornOn = addDays(today, -40 * 365);

/** What the server answers to the next write; a write left unanswered until the test says so. */
let answer: () => Promise<Response>;
let sent: { path: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  sent = [];
  answer = () => new Promise(() => undefined);
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      if (init.method === 'POST') {
        sent.push({ path, body: JSON.parse(String(init.body)) as Record<string, unknown> });
        return answer();
      }
      return Promise.resolve(Response.json({ authenticated: false, csrfToken: 'token', demo: false }));
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderPage() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <EnrolPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

function typeDate(legend: string, iso: string) {
  const [year, month, day] = iso.split('-');
  const group = within(screen.getByRole('group', { name: legend }));
  fireEvent.change(group.getByLabelText('Month'), { target: { value: month } });
  fireEvent.change(group.getByLabelText('Day'), { target: { value: day } });
  fireEvent.change(group.getByLabelText('Year'), { target: { value: year } });
}

function fillValid() {
  fireEvent.change(screen.getByLabelText('First name'), { target: { value: 'Rosa' } });
  fireEvent.change(screen.getByLabelText('Last name'), { target: { value: 'Test' } });
  typeDate('Date of birth', bornOn);
  fireEvent.change(screen.getByLabelText('Last 4 digits of the Social Security number'), { target: { value: '1234' } });
  typeDate('Provider orientation completed on', today);
  typeDate('Background check cleared on', today);
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Enrol and issue Provider ID' }));

describe('enrolling a provider', () => {
  it('sends nothing while a field is wrong, and checks a started address in full', () => {
    renderPage();
    fillValid();
    fireEvent.change(screen.getByLabelText('Street address'), { target: { value: '1 Main St' } });
    submit();

    expect(screen.getByLabelText('City').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('ZIP code').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.cityShape }).getAttribute('href')).toBe('#enrol-city');
    expect(screen.getByRole('link', { name: en.zipShape }).getAttribute('href')).toBe('#enrol-zip');
    expect(screen.getByLabelText('Street address').getAttribute('aria-invalid')).toBeNull();
    expect(sent).toEqual([]);
  });

  it("shows the server's refusal beside the field it names", async () => {
    answer = () =>
      Promise.resolve(
        Response.json(
          {
            error: {
              code: 'enrolmentStepDate',
              message: en.enrolmentStepDate,
              fields: [{ path: 'backgroundCheckClearedOn', code: 'enrolmentStepDate', message: en.enrolmentStepDate }],
            },
          },
          { status: 400 },
        ),
      );
    renderPage();
    fillValid();
    submit();

    await waitFor(() => expect(document.getElementById('enrol-background-error')?.textContent).toBe(en.enrolmentStepDate));
    expect(within(screen.getByRole('group', { name: 'Background check cleared on' })).getByLabelText('Day').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.enrolmentStepDate }).getAttribute('href')).toBe('#enrol-background');
    expect(document.getElementById('enrol-orientation-error')).toBeNull();
  });

  it('cannot be sent twice while the first is pending: one provider, one Provider ID', async () => {
    renderPage();
    fillValid();
    submit();

    const button = screen.getByRole('button', { name: 'Enrol and issue Provider ID' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    submit();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      path: '/api/staff/enrolments',
      body: { firstName: 'Rosa', lastName: 'Test', dateOfBirth: bornOn, ssnLast4: '1234', preferredLanguage: 'en', orientationCompletedOn: today, backgroundCheckClearedOn: today },
    });
  });
});
