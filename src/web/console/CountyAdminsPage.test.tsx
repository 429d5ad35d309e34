// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { api } from '../api';
import { clock } from '../clock';
import { initI18n } from '../i18n';
import { CountyAdminsPage } from './CountyAdminsPage';

const alameda = { code: 1, slug: 'alameda', name: 'Alameda' };
const added = { loginId: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.gov', county: alameda, status: 'active', deactivatedReason: null, createdAt: clock.now().toISOString() };

/** What the server answers to the next write; a write left unanswered until the test says so. */
let answer: () => Promise<Response>;
let sent: { path: string; body: unknown }[] = [];

beforeAll(async () => {
  await initI18n('en');
});
beforeEach(() => {
  sent = [];
  answer = () => Promise.resolve(Response.json(added));
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string, init: RequestInit) => {
      if (init.method === 'POST') {
        sent.push({ path, body: JSON.parse(String(init.body)) });
        return answer();
      }
      if (path.startsWith('/api/state/county-admins')) return Promise.resolve(Response.json({ admins: sent.length > 0 ? [added] : [] }));
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
  client.setQueryData(api.countyAdmins.list.key(), { admins: [] });
  client.setQueryData(api.counties.list.key(), { counties: [alameda] });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <CountyAdminsPage />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return within(screen.getByRole('heading', { name: 'Add a county administrator' }).closest('form')!);
}

function fill(form: ReturnType<typeof renderPage>, loginId: string) {
  fireEvent.change(form.getByLabelText('County'), { target: { value: '1' } });
  fireEvent.change(form.getByLabelText('Staff username'), { target: { value: loginId } });
  fireEvent.change(form.getByLabelText('First name'), { target: { value: 'Jane' } });
  fireEvent.change(form.getByLabelText('Last name'), { target: { value: 'Doe' } });
  fireEvent.change(form.getByLabelText('Work email address'), { target: { value: 'jane@example.gov' } });
  fireEvent.click(form.getByRole('button', { name: 'Add administrator' }));
}

describe('adding a county administrator', () => {
  it('sends nothing while a field is wrong, and names each problem beside its field', () => {
    const form = renderPage();
    fireEvent.change(form.getByLabelText('Work email address'), { target: { value: 'jane at example' } });
    fireEvent.click(form.getByRole('button', { name: 'Add administrator' }));

    const county = form.getByLabelText('County');
    expect(county.getAttribute('aria-invalid')).toBe('true');
    expect(county.getAttribute('aria-describedby')).toBe('admin-county-error');
    expect(document.getElementById('admin-county-error')!.textContent).toBe(en.required);
    expect(form.getByLabelText('Work email address').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByRole('link', { name: en.required }).getAttribute('href')).toBe('#admin-county');
    expect(form.getByRole('link', { name: en.emailShape }).getAttribute('href')).toBe('#admin-email');
    expect(sent).toEqual([]);
  });

  it("shows the server's refusal beside the field it names, keeping what was typed", async () => {
    answer = () =>
      Promise.resolve(
        Response.json(
          { error: { code: 'staffUsernameTaken', message: en.staffUsernameTaken, fields: [{ path: 'loginId', code: 'staffUsernameTaken', message: en.staffUsernameTaken }] } },
          { status: 400 },
        ),
      );
    const form = renderPage();
    fill(form, 'jane.doe');

    const username = form.getByLabelText('Staff username') as HTMLInputElement;
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('admin-loginId-error')!.textContent).toBe(en.staffUsernameTaken);
    expect(form.getByRole('link', { name: en.staffUsernameTaken }).getAttribute('href')).toBe('#admin-loginId');
    expect(username.value).toBe('jane.doe');
    expect(form.getByLabelText('County').getAttribute('aria-invalid')).toBeNull();
  });

  it('cannot be sent twice while the first is pending, then says who was added and empties the form', async () => {
    let reply!: () => void;
    answer = () => new Promise((resolve) => (reply = () => resolve(Response.json(added))));
    const form = renderPage();
    fill(form, 'jane.doe');

    const button = form.getByRole('button', { name: 'Add administrator' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    fireEvent.click(button);
    expect(sent).toEqual([{ path: '/api/state/county-admins', body: { countyCode: 1, loginId: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.gov' } }]);

    reply();
    await form.findByText(/^Jane Doe \(jane\.doe\) is added\./);
    expect((form.getByLabelText('Staff username') as HTMLInputElement).value).toBe('');
    expect(button.disabled).toBe(false);
    expect(await screen.findByRole('heading', { name: 'Jane Doe · Alameda' })).toBeTruthy();
  });
});
