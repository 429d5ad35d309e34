// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EvvRecordView } from '../../contracts/evv';
import { addDays, californiaInstant } from '../../domain';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { FixesPage } from './FixesPage';
import { api } from '../api';

const day = addDays(clock.today(), -1);
const at = (hh: number, mm = 0) => new Date(californiaInstant(day, hh * 60 + mm)).toISOString();

function visit(id: number, caseNumber: string, firstName: string, checkInAt: string, checkOutAt: string, overlapsWith: number[]): EvvRecordView {
  return {
    id,
    caseNumber,
    recipient: { firstName, lastName: 'Test' },
    serviceType: 'ihss',
    date: day,
    checkInAt,
    checkOutAt,
    locationType: 'community',
    locationStatus: 'not_required',
    captureMethod: 'web',
    farFromHome: false,
    edit: null,
    discarded: false,
    overlapsWith,
    flags: ['overlaps_another_visit'],
  };
}

/** Two visits the server found overlapping: Ann 9:00 to 11:00, and Bea 10:00 to 12:00. */
const ann = visit(1, '9000001', 'Ann', at(9), at(11), [2]);
const bea = visit(2, '9000002', 'Bea', at(10), at(12), [1]);

let sent: { path: string; body: Record<string, unknown> }[] = [];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  sent = [];
  // The server, as far as this page reaches it: a session for the CSRF token, and the correction's answer.
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      if (init.method === 'POST') {
        const body = JSON.parse(String(init.body)) as Record<string, unknown>;
        sent.push({ path, body });
        return Promise.resolve(Response.json({ ...ann, flags: [], overlapsWith: [], discarded: body.discard === true }));
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
  client.setQueryData(api.evv.state.key(), { open: null, needsFix: [ann, bea], exemptCases: [] });
  for (const v of [ann, bea]) client.setQueryData(api.visits.occurrences.key({ query: { from: day, to: day, caseNumber: v.caseNumber } }), { occurrences: [] });
  client.setQueryData(api.visits.plans.key(), { plans: [] });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <FixesPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const formOf = (name: RegExp) => within(screen.getByRole('form', { name }));

describe('the fix of two overlapping visits', () => {
  it('says which visits overlap in plain words, and suggests ending the first when the second began', async () => {
    renderPage();
    const form = formOf(/^Your visit with Ann Test .* overlaps your visit with Bea Test/);
    const time = form.getByLabelText('Time you checked out') as HTMLInputElement;
    expect(time.value).toBe('10:00');
    expect(form.getByText(/Suggested: when your visit with Bea Test began/)).toBeTruthy();
    fireEvent.change(form.getByLabelText('Why does it need a correction?'), { target: { value: 'wrongTime' } });
    fireEvent.click(form.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.path).toBe('/api/evv/records/1/correct');
    expect(sent[0]!.body).toEqual({ checkOutAt: at(10), reason: 'I tapped at the wrong time', idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/) });
  });

  it('suggests starting the later visit when the first ended, or takes "it was not a visit" instead', async () => {
    renderPage();
    const form = formOf(/^Your visit with Bea Test .* overlaps your visit with Ann Test/);
    expect((form.getByLabelText('Time you checked in') as HTMLInputElement).value).toBe('11:00');
    fireEvent.click(form.getByLabelText(/It was not a visit: remove it/));
    expect(form.queryByLabelText('Time you checked in')).toBeNull();
    fireEvent.change(form.getByLabelText('Why does it need a correction?'), { target: { value: 'tappedTwice' } });
    fireEvent.click(form.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ path: '/api/evv/records/2/correct', body: { discard: true, reason: 'I tapped twice, or on two phones', idempotencyKey: expect.any(String) } });
  });
});
