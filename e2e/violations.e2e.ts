import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addDays, weekday } from '../src/domain/index.js';
import { TestClient } from '../src/server/testing/test-app.js';
import { payPeriodBack } from './support/dates.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/**
 * The Monday to Friday after the last pay period's first Sunday, wholly past and in one month with its whole
 * workweek: 10 hours a day is 50 hours in one workweek for Elena, whose case is 40 weekly hours or less and has
 * no county exception, so the approved timesheet records a violation (ACL 16-36).
 */
const PERIOD = payPeriodBack(1);
const SUNDAY = addDays(PERIOD.start, (7 - weekday(PERIOD.start)) % 7);
const WEEK = [1, 2, 3, 4, 5].map((i) => addDays(SUNDAY, i));
/** The violation's month as its notice names it: "November 2026". */
const MONTH = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(new Date(`${SUNDAY}T12:00:00Z`));

/** Maria submits and Elena approves over HTTP, as the browser would: clean for the county, so the portal approves it. */
async function approvedWithOvertime() {
  const maria = new TestClient(portal.app, '198.51.100.41');
  expect((await maria.signIn('provider', '900000001', DEMO_PASSWORD)).statusCode).toBe(200);
  const ts = (await maria.post('/api/timesheets/open', { caseNumber: '9000001', payPeriodStart: PERIOD.start })).json<{ id: number }>();
  expect((await maria.post(`/api/timesheets/${ts.id}/days`, { days: WEEK.map((date) => ({ date, workedMinutes: 10 * 60 })) })).statusCode).toBe(200);
  expect((await maria.post(`/api/timesheets/${ts.id}/submit`, { idempotencyKey: randomUUID(), acknowledgeScheduledVisits: true })).statusCode).toBe(200);
  const elena = new TestClient(portal.app, '198.51.100.42');
  expect((await elena.signIn('recipient', '9000001', DEMO_PASSWORD)).statusCode).toBe(200);
  expect((await elena.post(`/api/recipient/timesheets/${ts.id}/decision`, { decision: 'approve' })).json()).toMatchObject({ status: 'approved' });
}

describe('violations, on a phone', () => {
  it('a provider sees a violation flagged with its notice, disputes it, and the county overturns it', async () => {
    await approvedWithOvertime();
    const dispute = 'My recipient was in the hospital that week and the county social worker asked me to stay longer.';

    const provider = await phonePage(portal);
    const p = provider.page;
    await signIn(portal, p, 'Provider', '900000001', 'Maria');
    await p.getByRole('region', { name: 'Billing and invoicing' }).getByRole('link', { name: 'You have a violation notice to read' }).click();
    await heading(p, 'Violations');
    const notice = p.getByRole('region', { name: new RegExp(`^Violation 1: ${MONTH}`) });
    await notice.getByText('What happens: a notice only.').waitFor();
    await notice.getByText(/You can dispute it until /).waitFor();
    expect(await notice.textContent()).toContain('How to avoid it next time:');
    await expectAccessible(p, 'violation notice');

    await notice.getByRole('button', { name: 'Dispute', exact: true }).click();
    // An empty dispute is refused beside the field, which takes focus and names its problem.
    const field = notice.getByLabel('Why you disagree');
    await notice.locator('.usa-error-message').waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill(dispute);
    await notice.getByRole('button', { name: 'Dispute', exact: true }).click();
    await notice.getByText('Dispute sent: waiting for the county.').waitFor();
    await notice.getByText(/The county answers by /).waitFor();
    await expectAccessible(p, 'violation disputed');

    const worker = await phonePage(portal);
    const w = worker.page;
    await signIn(portal, w, 'County staff', 'demo.worker', 'Dana');
    await w.goto(`${portal.baseUrl}/staff/violations`);
    await heading(w, 'Violations');
    await w.getByText(`The provider’s dispute: “${dispute}”`).waitFor();
    await w.getByText(/Maria Gonzalez \(900000001\): violation 1 of/).waitFor();
    await w.getByText('Overturn the violation (remove it)').click();
    await w.getByLabel('Note to the provider').fill('The social worker confirmed the hospital stay. The violation is removed.');
    await w.getByRole('button', { name: 'Send answer' }).click();
    await w.getByText('Your answer is recorded.').waitFor();
    await expectAccessible(w, 'county violations after the answer');
    await worker.context.close();

    await p.reload();
    await heading(p, 'Violations');
    await notice.getByText('The county agreed with you and removed the violation.').waitFor();
    await notice.getByText('Removed: this violation no longer counts.').waitFor();
    await notice.getByText('The county’s answer: “The social worker confirmed the hospital stay. The violation is removed.”').waitFor();
    await p.goto(`${portal.baseUrl}/dashboard`);
    await p.getByRole('region', { name: 'Billing and invoicing' }).waitFor();
    expect(await p.getByRole('link', { name: 'You have a violation notice to read' }).count()).toBe(0);
    await provider.context.close();
  });
});
