// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../contracts/messages/en';
import { addDays } from '../../domain';
import { clock } from '../clock';
import { pending, refusal, renderPage, setUpPageTests, stubServer, writes } from '../testing/server';
import { EnrolPage } from './EnrolPage';
import { enterValue } from '../testing/enter-value';

const today = clock.today();
const bornOn = addDays(today, -40 * 365);

/** A server that answers the enrolment with `enrol`: by default, not yet. */
const server = (enrol: () => Response | Promise<Response> = pending) => stubServer((request) => (request.method === 'POST' ? enrol() : undefined));

setUpPageTests();

const open = () => renderPage(<EnrolPage />);

function typeDate(legend: string, iso: string) {
  const [year = '', month = '', day = ''] = iso.split('-');
  const group = within(screen.getByRole('group', { name: legend }));
  enterValue(group.getByLabelText('Month'), month);
  enterValue(group.getByLabelText('Day'), day);
  enterValue(group.getByLabelText('Year'), year);
}

function fillValid() {
  enterValue(screen.getByLabelText('First name'), 'Rosa');
  enterValue(screen.getByLabelText('Last name'), 'Test');
  typeDate('Date of birth', bornOn);
  enterValue(screen.getByLabelText('Last 4 digits of the Social Security number'), '1234');
  typeDate('Provider orientation completed on', today);
  typeDate('Background check cleared on', today);
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: 'Enrol and issue Provider ID' }));

describe('enrolling a provider', () => {
  it('sends nothing while a field is wrong, and checks a started address in full', () => {
    const sent = server();
    open();
    fillValid();
    enterValue(screen.getByLabelText('Street address'), '1 Main St');
    submit();

    expect(screen.getByLabelText('City').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('ZIP code').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.cityShape }).getAttribute('href')).toBe('#enrol-city');
    expect(screen.getByRole('link', { name: en.zipShape }).getAttribute('href')).toBe('#enrol-zip');
    expect(screen.getByLabelText('Street address').getAttribute('aria-invalid')).toBeNull();
    expect(writes(sent)).toEqual([]);
  });

  it("shows the server's refusal beside the field it names", async () => {
    server(() => refusal(400, 'enrolmentStepDate', [{ path: 'backgroundCheckClearedOn', code: 'enrolmentStepDate' }]));
    open();
    fillValid();
    submit();

    await waitFor(() => expect(document.getElementById('enrol-background-error')?.textContent).toBe(en.enrolmentStepDate));
    expect(within(screen.getByRole('group', { name: 'Background check cleared on' })).getByLabelText('Day').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: en.enrolmentStepDate }).getAttribute('href')).toBe('#enrol-background');
    expect(document.getElementById('enrol-orientation-error')).toBeNull();
  });

  it('cannot be sent twice while the first is pending: one provider, one Provider ID', async () => {
    const sent = server();
    open();
    fillValid();
    submit();

    const button = screen.getByRole('button', { name: 'Enrol and issue Provider ID' }) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(true));
    submit();
    expect(writes(sent)).toEqual([
      {
        method: 'POST',
        path: '/api/staff/enrolments',
        body: { firstName: 'Rosa', lastName: 'Test', dateOfBirth: bornOn, ssnLast4: '1234', preferredLanguage: 'en', orientationCompletedOn: today, backgroundCheckClearedOn: today },
      },
    ]);
  });
});
