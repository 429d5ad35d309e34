// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { ViolationView } from '../../contracts/violations';
import { addDays } from '../../domain';
import { api } from '../api';
import { clock } from '../clock';
import { renderPage, setUpPageTests, stubServer, writes } from '../testing/server';
import { ViolationsPage } from './ViolationsPage';
import { enterValue } from '../testing/enter-value';

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

/** A server that refuses the dispute: its time ended. */
const server = () =>
  stubServer((request) =>
    request.method === 'POST'
      ? Response.json({ error: { code: 'violationDisputeClosed', message: en.violationDisputeClosed, params: { deadline: today } } }, { status: 409 })
      : undefined,
  );

setUpPageTests();

const open = () => renderPage(<ViolationsPage />, { cache: [[api.violations.list.key(), { violations: [violation] }]] });

describe('disputing a violation', () => {
  it('sends nothing while the reason is empty: the field takes focus with its problem beside it', () => {
    const sent = server();
    open();
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    const field = screen.getByLabelText('Why you disagree');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${field.id}-error`)!.textContent).toBe(en.noteShape);
    expect(document.activeElement).toBe(field);
    expect(writes(sent)).toEqual([]);
  });

  it('says a refusal that is not about the words in an alert, and keeps what was typed', async () => {
    const sent = server();
    open();
    const field = screen.getByLabelText('Why you disagree') as HTMLTextAreaElement;
    enterValue(field, 'I was asked to stay with my recipient at the hospital.');
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    const words = await screen.findByText(/^The time to dispute this violation ended on .*\. Call your county IHSS office\.$/);
    expect(words.closest('[role="alert"] .usa-alert--error')).toBeTruthy();
    expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/violations/3/dispute', body: { text: 'I was asked to stay with my recipient at the hospital.' } }]);
    expect(field.value).toBe('I was asked to stay with my recipient at the hospital.');
    expect(field.getAttribute('aria-invalid')).toBeNull();
  });
});
