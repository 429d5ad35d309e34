import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { download } from './support/download.js';
import { pdfText } from './support/pdf.js';
import { expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor();

/** County staff over HTTP, as the web app does it: the session cookie, and the CSRF token from GET /api/session. */
async function staffSession(username: string) {
  const cookies = new Map<string, string>();
  let csrf = '';
  async function call(method: 'GET' | 'POST', path: string, body?: unknown) {
    const headers: Record<string, string> = { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (method === 'POST') Object.assign(headers, { 'content-type': 'application/json', 'x-csrf-token': csrf });
    const res = await fetch(`${portal.baseUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      cookies.set(name!.trim(), value.join('='));
    }
    const json = (await res.json()) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') csrf = json.csrfToken;
    expect(res.status, `${method} ${path}: ${JSON.stringify(json)}`).toBe(200);
    return json;
  }
  await call('GET', '/api/session');
  await call('POST', '/api/auth/sign-in', { accountType: 'staff', loginId: username, password: DEMO_PASSWORD });
  return call;
}

const FIRST_WEEK = ['Monday, November 2, 2026', 'Tuesday, November 3, 2026', 'Wednesday, November 4, 2026', 'Thursday, November 5, 2026', 'Friday, November 6, 2026'];

describe('claims and payments, on a phone', () => {
  it('a provider follows a timesheet from submitted to payment issued, gets the pay stub and the year as CSV', async () => {
    const provider = await phonePage(portal);
    const { page } = provider;
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/timesheets`);
    await heading(page, 'Timesheets');
    await page.getByLabel('Recipient', { exact: true }).selectOption('9000001');
    await page.getByLabel('Pay period', { exact: true }).selectOption('2026-11-01');
    await page.getByRole('button', { name: 'Open timesheet' }).click();
    await heading(page, 'Timesheet for Elena Ramirez');
    for (const name of FIRST_WEEK) await page.getByRole('group', { name, exact: true }).getByLabel('Hours worked').fill('4');
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.goto(`${portal.baseUrl}/review`);
    await heading(recipient.page, 'Timesheets to review');
    await recipient.page.getByRole('link', { name: /Maria Gonzalez: November 1/ }).click();
    await heading(recipient.page, 'Review a timesheet');
    await recipient.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await recipient.page.getByText('You approved this timesheet').waitFor();
    await recipient.context.close();

    // Clean, so the portal approved it for payment; the county's pay run pays it.
    const staff = await staffSession('demo.worker');
    expect(await staff('POST', '/api/staff/pay-runs', {})).toMatchObject({ payments: 1, finished: true });

    await page.goto(`${portal.baseUrl}/dashboard`);
    const billing = page.getByRole('region', { name: 'Billing and invoicing' });
    await billing.getByText('Claims sent: 1').waitFor();
    await billing.getByRole('link', { name: 'Payment issued' }).waitFor();

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Claims' }).click();
    await heading(page, 'Claims');
    await page.getByText('Claims found: 1').waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('denied');
    await page.getByRole('button', { name: 'Show claims' }).click();
    await page.getByText('No claims match.', { exact: false }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('payment_issued');
    await page.getByRole('button', { name: 'Show claims' }).click();
    await page.getByText('Claims found: 1').waitFor();
    await expectAccessible(page, 'claims list');

    await page.getByRole('link', { name: /^Elena Ramirez, November 1.*version 1$/ }).click();
    await heading(page, 'Claim for Elena Ramirez');
    const steps = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect.poll(() => steps.count()).toBeGreaterThanOrEqual(4);
    const texts = await steps.allTextContents();
    expect(texts[0]).toContain('Version 1: Submitted');
    expect(texts[0]).toContain('Who: you');
    expect(texts.some((s) => s.includes('Approved by the recipient') && s.includes('Elena Ramirez (recipient)'))).toBe(true);
    expect(texts.at(-1)).toContain('Version 1: Payment issued');
    expect(texts.at(-1)).toContain('Who: the portal, on its own');
    expect(await page.getByRole('button', { name: 'Correct and resubmit' }).count()).toBe(0);
    await expectAccessible(page, 'claim timeline');

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Payments' }).click();
    await heading(page, 'Payments');
    const payment = page.getByRole('region', { name: /^Payment / });
    await payment.waitFor();
    const paymentNumber = ((await payment.getByRole('heading').first().textContent()) ?? '').replace('Payment ', '');
    const gross = ((await payment.getByRole('row', { name: /Gross pay/ }).getByRole('cell').last().textContent()) ?? '').trim();
    expect(gross).toMatch(/^\$[\d,]+\.\d{2}$/);
    await payment.getByText('For Elena Ramirez, November 1').waitFor();
    await expectAccessible(page, 'payments');

    const stub = await download(page, `Download pay stub (PDF) of payment ${paymentNumber}`);
    expect(stub.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(stub);
    expect(text).toContain(paymentNumber);
    expect(text).toContain(gross);

    const csv = (await download(page, 'Download payment history for 2026 (CSV)')).toString('utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith(`${paymentNumber},`));
    expect(line).toContain(`,${gross.replace(/[$,]/g, '')},`);

    await page.goto(`${portal.baseUrl}/violations`);
    await heading(page, 'Violations');
    await page.getByText('You have no violations.').waitFor();
    await expectAccessible(page, 'violations');
    await provider.context.close();
  });
});
