// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../contracts/messages/en';
import { api } from '../api';
import { clock } from '../clock';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { CountyAdminsPage } from './CountyAdminsPage';
import { enterValue } from '../testing/enter-value';

const alameda = { code: 1, slug: 'alameda', name: 'Alameda' };
const added = { loginId: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.gov', county: alameda, status: 'active', deactivatedReason: null, createdAt: clock.now().toISOString() };

/** A server that answers the add with `add`, and lists the administrator once an add was sent. */
function server(add: () => Response | Promise<Response> = () => Response.json(added)) {
  const sent: Sent[] = stubServer((request) => {
    if (request.method === 'POST') return add();
    if (request.path.startsWith('/api/state/county-admins')) return Response.json({ admins: writes(sent).length > 0 ? [added] : [] });
    return undefined;
  });
  return sent;
}

setUpPageTests();

function open() {
  renderPage(<CountyAdminsPage />, {
    cache: [
      [api.countyAdmins.list.key(), { admins: [] }],
      [api.counties.list.key(), { counties: [alameda] }],
    ],
  });
  return within(screen.getByRole('heading', { name: 'Add a county administrator' }).closest('form')!);
}

function fill(form: ReturnType<typeof open>, loginId: string) {
  enterValue(form.getByLabelText('County'), '1');
  enterValue(form.getByLabelText('Staff username'), loginId);
  enterValue(form.getByLabelText('First name'), 'Jane');
  enterValue(form.getByLabelText('Last name'), 'Doe');
  enterValue(form.getByLabelText('Work email address'), 'jane@example.gov');
  fireEvent.click(form.getByRole('button', { name: 'Add administrator' }));
}

describe('adding a county administrator', () => {
  it('sends nothing while a field is wrong, and names each problem beside its field', () => {
    const sent = server();
    const form = open();
    enterValue(form.getByLabelText('Work email address'), 'jane at example');
    fireEvent.click(form.getByRole('button', { name: 'Add administrator' }));

    const county = form.getByLabelText('County');
    expect(county.getAttribute('aria-invalid')).toBe('true');
    expect(county.getAttribute('aria-describedby')).toBe('admin-county-error');
    expect(document.getElementById('admin-county-error')!.textContent).toBe(en.required);
    expect(form.getByLabelText('Work email address').getAttribute('aria-invalid')).toBe('true');
    expect(form.getByRole('link', { name: en.required }).getAttribute('href')).toBe('#admin-county');
    expect(form.getByRole('link', { name: en.emailShape }).getAttribute('href')).toBe('#admin-email');
    expect(writes(sent)).toEqual([]);
  });

  it("shows the server's refusal beside the field it names, keeping what was typed", async () => {
    server(() => refusal(400, 'staffUsernameTaken', [{ path: 'loginId', code: 'staffUsernameTaken' }]));
    const form = open();
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
    const sent = server(() => new Promise((resolve) => (reply = () => resolve(Response.json(added)))));
    const form = open();
    fill(form, 'jane.doe');

    const button = form.getByRole('button', { name: 'Add administrator' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    fireEvent.click(button);
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/state/county-admins', body: { countyCode: 1, loginId: 'jane.doe', firstName: 'Jane', lastName: 'Doe', email: 'jane@example.gov' } }]);

    reply();
    await form.findByText(/^Jane Doe \(jane\.doe\) is added\./);
    expect((form.getByLabelText('Staff username') as HTMLInputElement).value).toBe('');
    expect(button.disabled).toBe(false);
    expect(await screen.findByRole('heading', { name: 'Jane Doe · Alameda' })).toBeTruthy();
  });
});
