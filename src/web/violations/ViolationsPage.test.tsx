// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { ViolationView } from '../../contracts/violations';
import { addDays } from '../../domain';
import { api } from '../api';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { ViolationsPage } from './ViolationsPage';

const today = clock.today();
const violation: ViolationView = {
  id: 3,
  timesheetId: 11,
  month: today.slice(0, 7),
  occurredOn: today,
  number: 1,
  consequence: 'notice',
  noticeDate: today,
  notice: [],
  disputeDeadline: addDays(today, 10),
  canDispute: true,
  dispute: { state: 'none', text: null, responseDue: null, decisionNote: null },
  training: { offeredUntil: null, completedOn: null, canTake: false },
  rescinded: false,
  suspension: null,
  provider: null,
};

let answer: () => Promise<Response>;
let sent: { path: string; body: unknown }[] = [];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  sent = [];
  answer = () => Promise.resolve(Response.json({ error: { code: 'violationDisputeClosed', message: en.violationDisputeClosed, params: { deadline: today } } }, { status: 409 }));
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      if (init.method === 'POST') {
        sent.push({ path, body: JSON.parse(String(init.body)) });
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
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false } } });
  client.setQueryData(api.violations.list.key(), { violations: [violation] });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ViolationsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

describe('disputing a violation', () => {
  it('sends nothing while the reason is empty: the field takes focus with its problem beside it', () => {
    renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    const field = screen.getByLabelText('Why you disagree');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${field.id}-error`)!.textContent).toBe(en.noteShape);
    expect(document.activeElement).toBe(field);
    expect(sent).toEqual([]);
  });

  it('says a refusal that is not about the words in an alert, and keeps what was typed', async () => {
    renderPage();
    const field = screen.getByLabelText('Why you disagree') as HTMLTextAreaElement;
    fireEvent.change(field, { target: { value: 'I was asked to stay with my recipient at the hospital.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    const words = await screen.findByText(/^The time to dispute this violation ended on .*\. Call your county IHSS office\.$/);
    expect(words.closest('[role="alert"] .usa-alert--error')).toBeTruthy();
    expect(sent).toEqual([{ path: '/api/violations/3/dispute', body: { text: 'I was asked to stay with my recipient at the hospital.' } }]);
    expect(field.value).toBe('I was asked to stay with my recipient at the hospital.');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});
