// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EvvRecordView } from '../../contracts/evv';
import { addDays, californiaInstant } from '../../domain';
import { api } from '../api';
import { clock } from '../clock';
import { renderPage, setUpPageTests, stubServer, writes } from '../testing/server';
import { FixesPage } from './FixesPage';
import { enterValue } from '../testing/enter-value';

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

/** The server, as far as this page reaches it: the correction's answer (every other request: the session). */
const server = () =>
  stubServer((request) =>
    request.method === 'POST' ? Response.json({ ...ann, flags: [], overlapsWith: [], discarded: (request.body as { discard?: boolean }).discard === true }) : undefined,
  );

setUpPageTests();

function open() {
  const sent = server();
  renderPage(<FixesPage />, {
    cache: [
      [api.evv.state.key(), { open: null, needsFix: [ann, bea], exemptCases: [] }],
      [api.visits.occurrences.key({ query: { from: day, to: day, caseNumber: ann.caseNumber } }), { occurrences: [] }],
      [api.visits.occurrences.key({ query: { from: day, to: day, caseNumber: bea.caseNumber } }), { occurrences: [] }],
      [api.visits.plans.key(), { plans: [] }],
    ],
  });
  return sent;
}

const formOf = (name: RegExp) => within(screen.getByRole('form', { name }));

describe('the fix of two overlapping visits', () => {
  it('says which visits overlap in plain words, and suggests ending the first when the second began', async () => {
    const sent = open();
    const form = formOf(/^Your visit with Ann Test .* overlaps your visit with Bea Test/);
    const time = form.getByLabelText('Time you checked out') as HTMLInputElement;
    expect(time.value).toBe('10:00');
    expect(form.getByText(/Suggested: when your visit with Bea Test began/)).toBeTruthy();
    enterValue(form.getByLabelText('Why does it need a correction?'), 'wrongTime');
    fireEvent.click(form.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(writes(sent)[0]!.path).toBe('/api/evv/records/1/correct');
    expect(writes(sent)[0]!.body).toEqual({ checkOutAt: at(10), reason: 'I tapped at the wrong time', idempotencyKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,100}$/) });
  });

  it('suggests starting the later visit when the first ended, or takes "it was not a visit" instead', async () => {
    const sent = open();
    const form = formOf(/^Your visit with Bea Test .* overlaps your visit with Ann Test/);
    expect((form.getByLabelText('Time you checked in') as HTMLInputElement).value).toBe('11:00');
    fireEvent.click(form.getByLabelText(/It was not a visit: remove it/));
    expect(form.queryByLabelText('Time you checked in')).toBeNull();
    enterValue(form.getByLabelText('Why does it need a correction?'), 'tappedTwice');
    fireEvent.click(form.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(writes(sent)).toHaveLength(1));
    expect(writes(sent)[0]).toEqual({ method: 'POST', path: '/api/evv/records/2/correct', body: { discard: true, reason: 'I tapped twice, or on two phones', idempotencyKey: expect.any(String) } });
  });
});
