// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CasePayrollTermsView, StaffWithholdingView } from '../../../contracts/payroll-terms';
import { addDays, payPeriodOf } from '../../../domain/calendar';
import { api } from '../../api';
import { clock } from '../../clock';
import { formatDate } from '../format';
import { refusal, renderPage, setUpPageTests, stubServer } from '../../testing/server';
import { PayrollTermsSection } from './PayrollTermsSection';

const today = clock.today();
const thisPeriod = payPeriodOf(today).start;
const nextPeriod = addDays(payPeriodOf(today).end, 1);
const nextFeb15 = `${Number(today.slice(0, 4)) + 1}-02-15`;
const madeAt = `${today}T18:00:00Z`;

const TERMS: CasePayrollTermsView = {
  caseNumber: '9000001',
  county: { code: 19, slug: 'los-angeles', name: 'Los Angeles' },
  today,
  providers: [{ provider: { providerId: '900000001', firstName: 'Maria', lastName: 'Lopez' }, relationship: 'other', sdiElected: false, unionMember: false, copeCents: null, healthPlan: false, recorded: true }],
  shareOfCost: [],
  ratesToday: null,
};

const ELECTIONS: StaffWithholdingView = {
  caseNumber: '9000001',
  provider: { providerId: '900000001', firstName: 'Maria', lastName: 'Lopez' },
  today,
  federal: {
    inForce: { effectiveFrom: thisPeriod, madeAt, election: { filingStatus: 'head_of_household', multipleJobs: false, dependentsCents: 200_000, otherIncomeCents: 0, deductionsCents: 0, extraCents: 0, exempt: false }, exemption: null },
    pending: [{ effectiveFrom: nextPeriod, madeAt, election: null, exemption: null }],
  },
  state: {
    inForce: null,
    pending: [{ effectiveFrom: nextPeriod, madeAt, election: { filingStatus: 'single', allowances: 0, estimatedDeductionAllowances: 0, extraCents: 0, exempt: true }, exemption: { lastPayDate: nextFeb15, lapsed: false } }],
  },
};

const READ = '/api/staff/cases/9000001/payroll-terms/900000001/withholding';

setUpPageTests();

function open(answer: () => Response) {
  const sent = stubServer((request) => (request.path === READ ? answer() : undefined));
  renderPage(<PayrollTermsSection caseNumber="9000001" />, { cache: [[api.payrollTerms.caseTerms.key({ params: { caseNumber: '9000001' } }), TERMS]] });
  return { sent, region: within(screen.getByRole('region', { name: 'Withholding elections of Maria Lopez' })) };
}

describe("a provider's withholding elections on the case page", () => {
  it('are read only when asked for, after the page says every viewing is recorded', async () => {
    const { sent, region } = open(() => Response.json(ELECTIONS));
    region.getByText('The W-4 and DE 4 choices the provider made online; only the provider can change them. Every viewing is recorded.');
    expect(sent.filter((r) => r.path === READ)).toEqual([]);

    fireEvent.click(region.getByRole('button', { name: 'Show the withholding elections of Maria Lopez' }));
    await region.findByRole('heading', { level: 4, name: 'Federal income tax (Form W-4)' });
    expect(sent.filter((r) => r.path === READ)).toEqual([{ method: 'GET', path: READ, body: undefined }]);
  });

  it('show the one in force since its date and each one to come from its date, read-only, with until when an exemption covers payments', async () => {
    const { region } = open(() => Response.json(ELECTIONS));
    fireEvent.click(region.getByRole('button', { name: 'Show the withholding elections of Maria Lopez' }));
    await region.findByRole('heading', { level: 5, name: `In force since ${formatDate(thisPeriod, 'en')}` });
    region.getByText('Head of household');
    region.getByText('No federal income tax is withheld.');
    expect(region.getAllByRole('heading', { level: 5, name: `From ${formatDate(nextPeriod, 'en')}` })).toHaveLength(2);
    region.getByRole('heading', { level: 5, name: 'In force now' });
    region.getByText('No California income tax is withheld.');
    region.getByText('Exempt: no California income tax is withheld.');
    region.getByText(new RegExp(`^This exemption covers payments issued through ${formatDate(nextFeb15, 'en')}\\. `));
    expect(region.queryByRole('textbox')).toBeNull();
    expect(region.queryByRole('button')).toBeNull();
  });

  it('say so when the server refuses, and keep the button', async () => {
    const { region } = open(() => refusal(404, 'notFound'));
    fireEvent.click(region.getByRole('button', { name: 'Show the withholding elections of Maria Lopez' }));
    await region.findByRole('alert');
    region.getByRole('button', { name: 'Show the withholding elections of Maria Lopez' });
  });
});
