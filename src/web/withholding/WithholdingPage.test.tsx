// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../../contracts/messages/en';
import type { WithholdingView } from '../../contracts/payroll-terms';
import { addDays, payPeriodOf } from '../../domain/calendar';
import { api } from '../api';
import { clock } from '../clock';
import { formatDate } from '../console/format';
import { enterValue } from '../testing/enter-value';
import { refusal, renderPage, setUpPageTests, stubServer, writes, type Sent } from '../testing/server';
import { WithholdingPage } from './WithholdingPage';

const today = clock.today();
const nextPeriod = addDays(payPeriodOf(addDays(today, 90)).end, 1);
/** February 15 of next year, built from today's: the last issue date an exempt claim made this year covers. */
const nextFeb15 = `${Number(today.slice(0, 4)) + 1}-02-15`;

const VIEW: WithholdingView = {
  today,
  waitingDays: 90,
  firstPaidOn: null,
  changeAppliesFrom: nextPeriod,
  exemptClaimToday: { lastPayDate: nextFeb15, lapsed: false },
  federal: { inForce: null, pending: [] },
  state: { inForce: null, pending: [] },
  recipients: [
    {
      caseNumber: '9000001',
      recipient: { firstName: 'Elena', lastName: 'Ramirez' },
      county: { code: 19, slug: 'los-angeles', name: 'Los Angeles' },
      relationship: 'parent',
      socialSecurityAndMedicare: 'exempt',
      sdi: 'exempt',
      liveInExcluded: false,
      unionMember: true,
      unionDuesCentsPerHour: 45,
      copeCentsPerPayment: null,
      healthPlan: false,
      healthPremiumMonthlyCents: 2500,
      shareOfCost: { month: today.slice(0, 7), monthlyCents: 9550 },
    },
  ],
};

/** `{{name}}` of a message filled as the page fills it. */
const said = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k]));

setUpPageTests();

function open(answer: (request: Sent) => Response | Promise<Response> | undefined = () => undefined, view: WithholdingView = VIEW) {
  const sent = stubServer((request) => (request.method === 'POST' ? answer(request) : undefined));
  renderPage(<WithholdingPage />, { cache: [[api.payrollTerms.withholding.key(), view]] });
  return sent;
}

const region = (name: string) => within(screen.getByRole('region', { name }));

describe('the withholding page', () => {
  it("shows each recipient's terms and the Share of Cost to collect", () => {
    open();
    screen.getByRole('heading', { level: 1, name: 'Withholding' });
    const elena = region('Elena Ramirez (case 9000001)');
    elena.getByText('You are their parent');
    elena.getByText('Not withheld: you are their parent or spouse');
    elena.getByText('$0.45 for each hour paid');
    elena.getByText(/^Collect \$95\.50 from Elena for /);
    screen.getByText(`A change you make today applies to payments issued from ${formatDate(nextPeriod, 'en')}.`);
  });

  it('ties each W-4 problem to its field and sends nothing', () => {
    const sent = open();
    const w4 = region('Federal income tax (Form W-4)');
    fireEvent.click(w4.getByLabelText('Withhold federal income tax as on my W-4'));
    enterValue(w4.getByLabelText('Step 3: Dependents and other credits, for the year'), '2000.50');
    enterValue(w4.getByLabelText('Step 4(c): Extra withholding each pay period'), 'ten dollars');
    fireEvent.click(w4.getByRole('button', { name: 'Save my W-4' }));

    const dependents = w4.getByLabelText('Step 3: Dependents and other credits, for the year');
    const wholeDollars = said(en.dollarsWhole, { min: '0', max: '100,000' });
    expect(dependents.getAttribute('aria-invalid')).toBe('true');
    const beside = w4.getAllByText(wholeDollars).find((el) => el.classList.contains('usa-error-message'))!;
    expect(dependents.getAttribute('aria-describedby')).toContain(beside.id);
    expect(w4.getByLabelText('Step 4(c): Extra withholding each pay period').getAttribute('aria-invalid')).toBe('true');
    expect(w4.getByRole('link', { name: said(en.dollarsAndCents, { min: '0', max: '5,000' }) }).getAttribute('href')).toBe('#w4-extra');
    expect(w4.getByRole('link', { name: en.filingStatusRequired }).getAttribute('href')).toBe('#w4-status');
    expect(w4.getByRole('group', { name: /Step 1\(c\): Filing status/ }).getAttribute('aria-describedby')).toBe('w4-status-error');
    expect(w4.getByLabelText('Step 4(a): Other income (not from jobs), for the year').getAttribute('aria-invalid')).toBeNull();
    expect(writes(sent)).toEqual([]);
  });

  it('refuses DE 4 allowances over 99 beside the field', () => {
    const sent = open();
    const de4 = region('California income tax (Form DE 4)');
    fireEvent.click(de4.getByLabelText('Withhold California income tax as on my DE 4'));
    fireEvent.click(de4.getByLabelText('Married (one income)'));
    enterValue(de4.getByLabelText('Line 1a: Regular withholding allowances (Worksheet A)'), '100');
    fireEvent.click(de4.getByRole('button', { name: 'Save my DE 4' }));
    expect(de4.getByLabelText('Line 1a: Regular withholding allowances (Worksheet A)').getAttribute('aria-invalid')).toBe('true');
    de4.getByRole('link', { name: said(en.numberRange, { min: 0, max: 99 }) });
    expect(writes(sent)).toEqual([]);
  });

  it("shows the server's refusal beside the field it names", async () => {
    open(() => refusal(400, 'dollarsAndCents', [{ path: 'election.extraCents', code: 'dollarsAndCents' }]));
    const de4 = region('California income tax (Form DE 4)');
    fireEvent.click(de4.getByLabelText('Withhold California income tax as on my DE 4'));
    fireEvent.click(de4.getByLabelText('Head of household'));
    fireEvent.click(de4.getByRole('button', { name: 'Save my DE 4' }));
    await waitFor(() => expect(de4.getByLabelText('Line 2: Additional amount each pay period').getAttribute('aria-invalid')).toBe('true'));
  });

  it('asks the person to confirm it is them when the server wants it, then saves and says from when it applies', async () => {
    let confirmed = false;
    const saved: WithholdingView = {
      ...VIEW,
      federal: { inForce: null, pending: [{ effectiveFrom: nextPeriod, madeAt: `${today}T18:00:00Z`, election: { filingStatus: 'single', multipleJobs: false, dependentsCents: 200000, otherIncomeCents: 0, deductionsCents: 0, extraCents: 2550, exempt: false }, exemption: null }] },
    };
    const sent = open((request) => {
      if (request.path === '/api/me/reauthenticate') {
        confirmed = true;
        return Response.json({ passkeys: [], authenticatorApp: null, textMessages: null, recoveryCodes: null, lastFactor: null, required: false, reauthenticatedUntil: null, securityQuestions: false });
      }
      if (request.path === '/api/withholding/federal') return confirmed ? Response.json(saved) : refusal(403, 'reauthRequired');
      return undefined;
    });
    const w4 = region('Federal income tax (Form W-4)');
    fireEvent.click(w4.getByLabelText('Withhold federal income tax as on my W-4'));
    fireEvent.click(w4.getByLabelText('Single or Married filing separately'));
    enterValue(w4.getByLabelText('Step 3: Dependents and other credits, for the year'), '$2,000');
    enterValue(w4.getByLabelText('Step 4(c): Extra withholding each pay period'), '25.50');
    fireEvent.click(w4.getByRole('button', { name: 'Save my W-4' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Confirm it is you' }));
    enterValue(dialog.getByLabelText('Your password'), 'my long passphrase');
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    const date = formatDate(nextPeriod, 'en');
    await w4.findByText(`Saved. It applies to payments issued from ${date}.`);
    w4.getByRole('heading', { name: `From ${date}` });
    w4.getByText('Extra withholding each pay period: $25.50');
    const body = { election: { filingStatus: 'single', multipleJobs: false, dependentsCents: 200000, otherIncomeCents: 0, deductionsCents: 0, extraCents: 2550, exempt: false } };
    expect(writes(sent)).toEqual([
      { method: 'POST', path: '/api/withholding/federal', body },
      { method: 'POST', path: '/api/me/reauthenticate', body: { method: 'password', password: 'my long passphrase' } },
      { method: 'POST', path: '/api/withholding/federal', body },
    ]);
  });

  it('says until when an exempt claim covers payments and what is withheld after it, and warns of one that has lapsed', () => {
    const lastYear = `${Number(today.slice(0, 4)) - 1}-02-15`;
    const madeAt = `${today}T18:00:00Z`;
    open(undefined, {
      ...VIEW,
      federal: {
        inForce: null,
        pending: [{ effectiveFrom: nextPeriod, madeAt, election: { filingStatus: 'single', multipleJobs: false, dependentsCents: 0, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: true }, exemption: { lastPayDate: nextFeb15, lapsed: false } }],
      },
      state: {
        inForce: { effectiveFrom: addDays(lastYear, -200), madeAt, election: { filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: true }, exemption: { lastPayDate: lastYear, lapsed: true } },
        pending: [],
      },
    });
    const w4 = region('Federal income tax (Form W-4)');
    w4.getByText('Exempt: no federal income tax is withheld.');
    w4.getByText(
      `This exemption covers payments issued through ${formatDate(nextFeb15, 'en')}. Unless a new exemption is claimed by then, federal income tax is withheld from later payments as for Single or Married filing separately, with no other entries (IRS Publication 15).`,
    );
    const de4 = region('California income tax (Form DE 4)');
    de4.getByText(
      `This exemption ended with payments issued through ${formatDate(lastYear, 'en')}. Since then, California income tax is withheld as for Single with zero allowances, until a new DE 4 applies.`,
    );
    expect(de4.queryByText('Exempt: no California income tax is withheld.')).toBeNull();
  });

  it('says beside the exempt box the last issue date a claim made today would cover, or that it would lapse before it applies', () => {
    open();
    const w4 = region('Federal income tax (Form W-4)');
    fireEvent.click(w4.getByLabelText('Withhold federal income tax as on my W-4'));
    const hint = w4.getByText(`An exemption claimed today covers payments issued through ${formatDate(nextFeb15, 'en')}. It lasts one year: to keep it, claim it again each year by February 15.`);
    expect(w4.getByLabelText('Exempt: I had no federal income tax to pay last year and expect none this year').getAttribute('aria-describedby')).toBe(hint.id);
    cleanup();

    open(undefined, { ...VIEW, exemptClaimToday: { lastPayDate: nextFeb15, lapsed: true } });
    const de4 = region('California income tax (Form DE 4)');
    fireEvent.click(de4.getByLabelText('Withhold California income tax as on my DE 4'));
    de4.getByText(
      `An exemption claimed today would cover payments issued only through ${formatDate(nextFeb15, 'en')}, but a change made today applies from ${formatDate(nextPeriod, 'en')}, so it would never apply. Claim it on or after January 1 instead.`,
    );
  });
});
