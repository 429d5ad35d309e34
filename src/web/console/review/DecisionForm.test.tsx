// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReviewItem } from '../../../contracts/claims';
import { en } from '../../../contracts/messages/en';
import { DENIAL_REASON_CODES } from '../../../domain';
import { initI18n } from '../../i18n';
import { pending, refusal, renderPage, stubServer, writes, type Sent } from '../../testing/server';
import { lastPeriod } from '../../timesheets/testing';
import { DecisionForm } from './DecisionForm';
import { enterValue } from '../../testing/enter-value';

const DECISION = '/api/staff/review/7/decision';
const [code] = DENIAL_REASON_CODES as unknown as [string];

/** A timesheet in the county's queue, with nothing that needs a finding's figures. */
const item: ReviewItem = {
  timesheetId: 7,
  version: 1,
  liveIn: false,
  caseNumber: '9000001',
  recipient: { firstName: 'Elena', lastName: 'Ramirez' },
  provider: { firstName: 'Maria', lastName: 'Gonzalez', providerId: '900000001' },
  payPeriod: { start: lastPeriod.start, end: lastPeriod.end },
  reasonCodes: ['RANDOM_HOLD'],
  enteredAt: `${lastPeriod.end}T20:00:00.000Z`,
  ageBusinessDays: 0,
  escalated: false,
  onHold: false,
  holdNote: null,
  workedMinutes: 240,
  travelMinutes: 0,
  grossCents: 7200,
  findings: [],
  days: [],
  history: [],
  events: [],
  denialCodes: [code],
};

beforeAll(async () => {
  await initI18n('en', { signedIn: true });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function decisionServer(answer: (request: Sent) => Response | Promise<Response> = () => pending()) {
  return stubServer((request) => (request.path === DECISION ? answer(request) : undefined));
}

function renderForm(onDecided: (next: ReviewItem) => void = () => undefined) {
  renderPage(<DecisionForm item={item} decided={false} recipientName="Elena Ramirez" onDecided={onDecided} />);
}

const summary = () => within(screen.getByRole('heading', { name: 'There is a problem' }).parentElement!);
const record = () => screen.getByRole('button', { name: 'Record decision' });

describe("the county's decision on a timesheet", () => {
  it('asks for a decision first, and sends nothing', () => {
    const sent = decisionServer();
    renderForm();
    fireEvent.click(record());

    expect(summary().getByText('Choose a decision.')).toBeTruthy();
    expect(writes(sent)).toEqual([]);
  });

  it('needs at least one reason and a note to the provider for a denial, beside each, and sends nothing', () => {
    const sent = decisionServer();
    renderForm();
    fireEvent.click(screen.getByLabelText(/^Deny/));
    fireEvent.click(record());

    expect(summary().getByRole('link', { name: en.denialReasonRequired }).getAttribute('href')).toBe('#denial-reasons');
    expect(summary().getByRole('link', { name: en.noteShape }).getAttribute('href')).toBe('#decision-note');
    expect(screen.getByLabelText('Note to the provider').getAttribute('aria-invalid')).toBe('true');
    expect(writes(sent)).toEqual([]);
  });

  it('sends a denial with its reasons and note once, however often it is pressed while pending', async () => {
    const sent = decisionServer();
    renderForm();
    fireEvent.click(screen.getByLabelText(/^Deny/));
    fireEvent.click(screen.getAllByRole('checkbox')[0]!);
    enterValue(screen.getByLabelText('Note to the provider'), '  Tuesday has no EVV record.  ');
    fireEvent.click(record());
    fireEvent.click(record());

    expect(record().hasAttribute('disabled')).toBe(true);
    await vi.waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(writes(sent)[0]).toEqual({ method: 'POST', path: DECISION, body: { decision: 'deny', reasonCodes: [code], note: 'Tuesday has no EVV record.' } });
  });

  it('says the decision was recorded and hands the server’s answer to the page', async () => {
    decisionServer(() => Response.json(item));
    const onDecided = vi.fn();
    renderForm(onDecided);
    fireEvent.click(screen.getByLabelText(/^Approve/));
    fireEvent.click(record());

    expect(await screen.findByText('You approved this timesheet.')).toBeTruthy();
    expect(onDecided).toHaveBeenCalledWith(item);
  });

  it("shows the server's refusal beside the field it names", async () => {
    decisionServer(() => refusal(400, 'validation', [{ path: 'note', code: 'noteShape' }]));
    renderForm();
    fireEvent.click(screen.getByLabelText(/^Approve/));
    enterValue(screen.getByLabelText('Note (optional)'), 'Fine.');
    fireEvent.click(record());

    expect((await screen.findByRole('link', { name: en.noteShape })).getAttribute('href')).toBe('#decision-note');
    expect(screen.getByLabelText('Note (optional)').getAttribute('aria-invalid')).toBe('true');
  });
});
