import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { firstWeekdaysIn, payPeriodBack, spanPattern, spanText, testToday, timesheetDay } from './support/dates.js';
import { download } from './support/download.js';
import { pdfText } from './support/pdf.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { openMenu } from './support/menu.js';
import { lastTextedCode, signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** Maria, signed in on her phone, on her payments page: the region of one payment. */
async function paymentAsMaria(number: string) {
  const provider = await phonePage(portal);
  const p = provider.page;
  await signIn(portal, p, 'Provider', '900000001', 'Maria');
  await p.goto(`${portal.baseUrl}/payments`);
  await heading(p, 'Payments');
  return { provider, p, payment: p.getByRole('region', { name: `Payment ${number}` }) };
}

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
  // The demo staff's second factor: a text, read from the demo outbox.
  await call('POST', '/api/auth/second-factor/text', {});
  await call('POST', '/api/auth/second-factor/text/verify', { code: await lastTextedCode(portal) });
  return call;
}

/** The last pay period, wholly past, and its first Monday to Friday as the timesheet names the days. */
const PERIOD = payPeriodBack(1);
const FIRST_WEEK = firstWeekdaysIn(PERIOD).map(timesheetDay);

describe('claims and payments, on a phone', () => {
  it('a provider follows a timesheet from submitted to payment issued, gets the pay stub and the year as CSV', async () => {
    const provider = await phonePage(portal);
    const { page } = provider;
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/timesheets`);
    await heading(page, 'Timesheets');
    await page.getByLabel('Recipient', { exact: true }).selectOption('9000001');
    await page.getByLabel('Pay period', { exact: true }).selectOption(PERIOD.start);
    await page.getByRole('button', { name: 'Open timesheet' }).click();
    await heading(page, 'Timesheet for Elena Ramirez');
    for (const name of FIRST_WEEK) {
      // An empty day is folded: one tap opens it.
      await page.getByRole('group', { name, exact: true }).getByRole('button', { name: /^Add time/ }).click();
      await page.getByRole('group', { name, exact: true }).getByLabel('Hours worked').fill('4');
    }
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.goto(`${portal.baseUrl}/review`);
    await heading(recipient.page, 'Timesheets to review');
    await recipient.page.getByRole('link', { name: new RegExp(`Maria Gonzalez: ${spanPattern(PERIOD)}`) }).click();
    await heading(recipient.page, 'Review a timesheet');
    await recipient.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await recipient.page.getByRole('button', { name: 'Yes, approve these hours' }).click();
    await recipient.page.getByText('You approved this timesheet').waitFor();
    await recipient.context.close();

    // Clean, so the portal approved it for payment; the county's pay run pays it.
    const staff = await staffSession('demo.worker');
    expect(await staff('POST', '/api/staff/pay-runs', {})).toMatchObject({ payments: 1, finished: true });

    await page.goto(`${portal.baseUrl}/dashboard`);
    const billing = page.getByRole('region', { name: 'Billing and invoicing' });
    await billing.getByText('Claims sent: 1').waitFor();
    await billing.getByRole('link', { name: 'Payment issued' }).waitFor();

    await openMenu(page);
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

    await page.getByRole('link', { name: new RegExp(`^Elena Ramirez, ${spanPattern(PERIOD)}.*version 1$`) }).click();
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

    await openMenu(page);
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Payments' }).click();
    await heading(page, 'Payments');
    const payment = page.getByRole('region', { name: /^Payment / });
    await payment.waitFor();
    const paymentNumber = ((await payment.getByRole('heading').first().textContent()) ?? '').replace('Payment ', '');
    // This payment's amount, beside the year to date.
    const gross = ((await payment.getByRole('row', { name: /Gross pay/ }).getByRole('cell').nth(1).textContent()) ?? '').trim();
    expect(gross).toMatch(/^\$[\d,]+\.\d{2}$/);
    await payment.getByRole('row', { name: /Net pay/ }).waitFor();
    for (const name of ['Tax forms', 'Withholding', 'Direct deposit']) await page.getByRole('navigation', { name: 'More about your pay' }).getByRole('link', { name, exact: true }).waitFor();
    await payment.getByText(`For Elena Ramirez, ${spanText(PERIOD)}`).waitFor();
    await expectAccessible(page, 'payments');

    const stub = await download(page, `Download pay stub (PDF) of payment ${paymentNumber}`);
    expect(stub.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(stub);
    expect(text).toContain(paymentNumber);
    expect(text).toContain(gross);

    const csv = (await download(page, `Download payment history for ${testToday().slice(0, 4)} (CSV)`)).toString('utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith(`${paymentNumber},`));
    expect(line).toContain(`,${gross.replace(/[$,]/g, '')},`);

    await page.goto(`${portal.baseUrl}/violations`);
    await heading(page, 'Violations');
    await page.getByText('You have no violations.').waitFor();
    await expectAccessible(page, 'violations');
    await provider.context.close();
  });

  it("payroll records the bank's acknowledgement file, refused whole when a line is wrong, and the provider sees the payment paid", async () => {
    const issued = await portal.db.db.selectFrom('payments').innerJoin('users', 'users.id', 'payments.provider_user_id').select(['payment_number', 'net_cents', 'gross_cents']).where('users.login_id', '=', '900000001').where('payments.status', '=', 'issued').execute();
    expect(issued).toHaveLength(1);
    // The bank's file moves the net; payroll's totals by status are of the gross.
    const [{ payment_number: number, net_cents: cents, gross_cents: gross }] = issued as [{ payment_number: string; net_cents: number; gross_cents: number }];
    const today = testToday();
    const file = (amountCents: number) => ({ name: 'sco-ack.csv', mimeType: 'text/csv', buffer: Buffer.from(`payment_number,paid_on,amount\r\n${number},${today},${(amountCents / 100).toFixed(2)}\r\n`) });

    const worker = await phonePage(portal);
    const w = worker.page;
    await signIn(portal, w, 'County staff', 'demo.worker', 'Dana');
    await w.goto(`${portal.baseUrl}/staff`);
    await heading(w, 'County console');
    await w.getByRole('link', { name: 'Payments', exact: true }).click();
    await heading(w, 'Payments');
    const row = w.getByRole('row', { name: new RegExp(number) });
    await row.getByText('Not yet').waitFor();
    const files = w.getByRole('region', { name: 'Recorded acknowledgement files' });
    await files.getByText('No acknowledgement file has been recorded yet.').waitFor();
    await expectAccessible(w, 'payroll payments');

    await w.getByRole('button', { name: 'Record payments as paid' }).click();
    await w.getByRole('link', { name: 'Choose the acknowledgement file.' }).waitFor();
    await w.getByLabel('Acknowledgement file (CSV)').setInputFiles(file(cents + 1));
    await w.getByRole('button', { name: 'Record payments as paid' }).click();
    const problem = w.getByRole('heading', { name: 'There is a problem' });
    await problem.waitFor();
    const money = (c: number) => `$${(c / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    await w.getByText(`Line 2: payment ${number} was issued for ${money(cents)}, not ${money(cents + 1)}.`, { exact: false }).waitFor();
    await w.getByText('Nothing was recorded. Lines of the file with a problem: 1,', { exact: false }).first().waitFor();
    await expectAccessible(w, 'payroll payments: a refused file');
    await row.getByText('Not yet').waitFor();

    await w.getByLabel('Acknowledgement file (CSV)').setInputFiles(file(cents));
    await w.getByRole('button', { name: 'Record payments as paid' }).click();
    await w.getByText('File sco-ack.csv. Payments recorded as paid now: 1. Already recorded before: 0.').waitFor();
    await row.getByText('Paid', { exact: true }).waitFor();
    await w.getByRole('row', { name: `Paid 1 ${money(gross)}`, exact: true }).waitFor();
    // The import is in the list of recorded files at once: who, what it recorded, and the file's SHA-256.
    const recordedFile = files.getByRole('table', { name: 'Recorded acknowledgement files, newest first' }).getByRole('row', { name: /sco-ack\.csv/ });
    await recordedFile.waitFor();
    const sha256 = createHash('sha256').update(file(cents).buffer).digest('hex');
    for (const cell of ['Dana', '1 (of 1 in the file)', money(cents), sha256]) await recordedFile.getByText(cell, { exact: false }).waitFor();
    await files.getByText('Files shown: 1 (newest first).').waitFor();
    expect(await w.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0);
    await w.getByRole('button', { name: 'Record payments as paid' }).click();
    await w.getByText('File sco-ack.csv. Payments recorded as paid now: 0. Already recorded before: 1.').waitFor();
    await files.getByText('Files shown: 2 (newest first).').waitFor();
    await files.getByRole('row', { name: /sco-ack\.csv/ }).first().getByText('None: the file recorded no new payment').waitFor();
    await expectAccessible(w, 'payroll payments: recorded');
    await worker.context.close();

    const { provider, p, payment } = await paymentAsMaria(number);
    await payment.getByText('Paid', { exact: true }).waitFor();
    await payment.getByText(/Paid on [A-Z][a-z]{2} \d{1,2}, \d{4}/).waitFor();
    await payment.getByRole('link', { name: 'See the claim' }).click();
    await heading(p, 'Claim for Elena Ramirez');
    const steps = p.getByRole('region', { name: 'Timeline' }).getByRole('listitem');
    await expect.poll(async () => (await steps.allTextContents()).at(-1)).toContain('Version 1: Paid');
    await p.goto(`${portal.baseUrl}/notifications`);
    await p.getByText(`Payment ${number} of ${money(cents)}`, { exact: false }).first().waitFor();
    await expectAccessible(p, 'notifications after payment');
    await provider.context.close();
  });

  it("payroll records the bank's returned deposit, and the provider sees it returned, why, what to do, and the notice", async () => {
    const paid = await portal.db.db.selectFrom('payments').innerJoin('users', 'users.id', 'payments.provider_user_id').select(['payment_number', 'net_cents']).where('users.login_id', '=', '900000001').where('payments.status', '=', 'paid').execute();
    expect(paid).toHaveLength(1);
    const [{ payment_number: number, net_cents: cents }] = paid as [{ payment_number: string; net_cents: number }];
    const today = testToday();
    const file = (reason: string) => ({ name: 'bank-returns.csv', mimeType: 'text/csv', buffer: Buffer.from(`payment_number,returned_on,amount,reason\r\n${number},${today},${(cents / 100).toFixed(2)},${reason}\r\n`) });

    const worker = await phonePage(portal);
    const w = worker.page;
    await signIn(portal, w, 'County staff', 'demo.worker', 'Dana');
    await w.goto(`${portal.baseUrl}/staff/payments`);
    await heading(w, 'Payments');
    const form = w.getByRole('form', { name: 'Record deposits returned by the bank' });
    await form.getByLabel('Returns file (CSV)').setInputFiles(file('R01'));
    await form.getByRole('button', { name: 'Record payments as returned' }).click();
    await w.getByText('Line 2: R01 is not a reason a bank returns a deposit for.', { exact: false }).first().waitFor();
    await expectAccessible(w, 'payroll payments: a refused returns file');
    await form.getByLabel('Returns file (CSV)').setInputFiles(file('R02'));
    await form.getByRole('button', { name: 'Record payments as returned' }).click();
    await w.getByText('File bank-returns.csv. Payments recorded as returned now: 1. Already recorded before: 0.').waitFor();
    await w.getByRole('row', { name: new RegExp(number) }).getByText(/^Returned on .* \(R02\)$/).waitFor();
    // The returns file is in its own list at once (the refused one is not): who, what it returned, why, its SHA-256.
    const returnFiles = w.getByRole('region', { name: 'Recorded returns files' });
    await returnFiles.getByText('Files shown: 1 (newest first).').waitFor();
    const recordedFile = returnFiles.getByRole('table', { name: 'Recorded returns files, newest first' }).getByRole('row', { name: /bank-returns\.csv/ });
    const money = `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
    const sha256 = createHash('sha256').update(file('R02').buffer).digest('hex');
    for (const cell of ['Dana', '1 (of 1 in the file)', money, 'R02: 1', sha256]) await recordedFile.getByText(cell, { exact: false }).waitFor();
    expect(await w.getByRole('region', { name: 'Recorded acknowledgement files' }).getByRole('row', { name: /bank-returns\.csv/ }).count()).toBe(0);
    // The stacked table fits the 390px phone: the file's name and its SHA-256 wrap rather than widen the page.
    expect(await w.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w.viewportSize()!.width);
    await expectAccessible(w, 'payroll payments: a return recorded');
    // The county's only payment is returned now: the demo has no paid deposit left to return.
    await w.getByRole('button', { name: 'Return one deposit (demo)' }).click();
    await w.getByText('No payment of your county is recorded as paid, so there is no deposit to return.').waitFor();
    await returnFiles.getByText('Files shown: 1 (newest first).').waitFor();
    await worker.context.close();

    const { provider, p, payment } = await paymentAsMaria(number);
    await payment.getByText('Returned', { exact: true }).waitFor();
    await payment.getByText(/Returned by your bank on [A-Z][a-z]{2} \d{1,2}, \d{4}: this money did not reach your account\./).waitFor();
    await payment.getByText('Why: Your bank says the account is closed.').waitFor();
    await payment.getByText('What to do: Enroll an open account for direct deposit', { exact: false }).waitFor();
    expect(await payment.getByText(/Paid on/).count()).toBe(0);
    await expectAccessible(p, 'payments: a returned deposit');
    await payment.getByRole('link', { name: 'See the claim' }).click();
    await heading(p, 'Claim for Elena Ramirez');
    const timeline = p.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('heading', { name: /^Version 1: Returned by your bank on [A-Z][a-z]{2} \d{1,2}, \d{4}$/ }).waitFor();
    await timeline.getByText('Your bank says the account is closed.').waitFor();
    await timeline.getByText('What to do:').waitFor();
    await p.goto(`${portal.baseUrl}/claims`);
    await heading(p, 'Claims');
    await p.getByText(/^Your bank returned this payment on [A-Z][a-z]{2} \d{1,2}, \d{4}\. Open the claim to see why and what to do\.$/).waitFor();
    await expectAccessible(p, 'claims: a returned deposit beside Paid');
    await p.goto(`${portal.baseUrl}/notifications`);
    await p.getByText('Your bank returned a payment').first().waitFor();
    await p.getByText(`Payment ${number}`, { exact: false }).first().waitFor();
    await expectAccessible(p, 'notifications after a returned deposit');
    await provider.context.close();
  });
});
