// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DestinationView, DirectDepositView } from '../../contracts/direct-deposit';
import { api } from '../api';
import { enterValue } from '../testing/enter-value';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { DirectDepositPage } from './DirectDepositPage';

setUpPageTests();

const ACTIVE: DestinationView = {
  id: 1,
  method: 'direct_deposit',
  accountType: 'checking',
  routingNumber: '121000358',
  last4: '6204',
  stage: 'active',
  requestedAt: '2026-10-05T17:00:00Z',
  holdEndsOn: '2026-10-08',
  prenoteSettlesOn: '2026-10-09',
  liveFrom: '2026-10-14',
  cancellable: false,
  cancelled: null,
};
const HELD: DestinationView = {
  ...ACTIVE,
  id: 2,
  accountType: 'savings',
  routingNumber: '322271627',
  last4: '7890',
  stage: 'held',
  requestedAt: '2026-12-07T18:00:00Z',
  holdEndsOn: '2026-12-10',
  prenoteSettlesOn: '2026-12-11',
  liveFrom: '2026-12-16',
  cancellable: true,
};
const NOW: DirectDepositView = { inForce: ACTIVE, waiting: null, history: [ACTIVE], holdBusinessDays: 3, helpPhone: '(213) 555-0100' };
const WAITING: DirectDepositView = { ...NOW, waiting: HELD, history: [HELD, ACTIVE] };

function open(view: DirectDepositView, answer: (request: Sent) => Response | undefined = () => undefined) {
  const sent = stubServer((request) => (request.method === 'POST' ? answer(request) : undefined));
  renderPage(<DirectDepositPage />, { cache: [[api.directDeposit.get.key(), view]] });
  return sent;
}

const region = (name: string) => within(screen.getByRole('region', { name }));

/** Fills the form for a deposit to a savings account; `again` is the account number typed the second time. */
function fillDeposit(account: string, again = account) {
  fireEvent.click(screen.getByRole('radio', { name: 'Direct deposit to a bank account' }));
  enterValue(screen.getByLabelText('Routing number', { exact: false }), '322271627');
  enterValue(screen.getByLabelText('Account number', { exact: false, selector: '#dd-account' }), account);
  enterValue(screen.getByLabelText('Account number again', { exact: false }), again);
  fireEvent.click(screen.getByRole('radio', { name: 'savings' }));
}

describe('Direct deposit', () => {
  it('says where pay goes now by the last 4 digits, and the change waiting with its steps and dates', () => {
    open(WAITING);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Direct deposit');
    region('Where your pay goes now').getByText('Your checking account ending in 6204, at routing number 121000358.');
    const waiting = region('Your change Waiting period');
    waiting.getByText('New: your savings account ending in 7890.');
    waiting.getByText('Waiting period until the end of Dec 10, 2026: you or your county can cancel the change.');
    waiting.getByText(/pre-note\) settling on Dec 11, 2026/);
    waiting.getByText('Your pay goes the new way from the pay run of Dec 16, 2026. Until then it goes where it goes now.');
    waiting.getByText('If you did not make this change, call your county at (213) 555-0100 right away.');
  });

  it('cancels the change waiting after asking once more', async () => {
    const sent = open(WAITING, (r) => (r.path === '/api/direct-deposit/2/cancel' ? Response.json({ ...NOW, history: [{ ...HELD, stage: 'cancelled', cancellable: false, cancelled: { at: '2026-12-08T18:00:00Z', by: 'provider' } }, ACTIVE] }) : undefined));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel this change' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, cancel it' }));
    await screen.findByText('The change is cancelled. Your pay keeps going where it goes now.');
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/direct-deposit/2/cancel', body: {} }]);
    screen.getByRole('cell', { name: 'Cancelled by you' });
  });

  it('ties a mismatched second account number to the second field, and sends nothing', async () => {
    const sent = open(NOW);
    fillDeposit('1234567890', '1234567809');
    fireEvent.click(screen.getByRole('button', { name: 'Save this change' }));
    const again = screen.getByLabelText('Account number again', { exact: false });
    await waitFor(() => expect(again.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(again.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toBe('The two account numbers do not match. Type the account number again.');
    expect(screen.getByLabelText('Account number', { exact: false, selector: '#dd-account' }).getAttribute('aria-invalid')).toBeNull();
    expect(writes(sent)).toEqual([]);
  });

  it('asks for the password again when the server wants it, then sends the same change with the same key', async () => {
    let confirmed = false;
    const sent = open(NOW, (r) => {
      if (r.path === '/api/me/reauthenticate') {
        confirmed = true;
        return Response.json({ passkeys: [], authenticatorApp: null, textMessages: null, recoveryCodes: null, lastFactor: null, required: false, reauthenticatedUntil: null, securityQuestions: false });
      }
      if (r.path === '/api/direct-deposit') return confirmed ? Response.json(WAITING) : refusal(403, 'reauthRequired');
      return undefined;
    });
    fillDeposit('123 456 7890');
    fireEvent.click(screen.getByRole('button', { name: 'Save this change' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm it is you' }));
    enterValue(dialog.getByLabelText('Your password'), 'my long passphrase');
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    await screen.findByText('Your change is saved and held until the end of Dec 10, 2026. A notice went to every email and phone on file.');
    const changes = writes(sent).filter((r) => r.path === '/api/direct-deposit');
    expect(changes).toHaveLength(2);
    expect(changes[0]!.body).toEqual(changes[1]!.body);
    expect(changes[0]!.body).toMatchObject({ method: 'direct_deposit', routingNumber: '322271627', accountNumber: '1234567890', accountNumberConfirm: '1234567890', accountType: 'savings' });
  });
});
