import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, DEDUCTION_KINDS, netPayOf, weekday, type DateSpan, type IsoDate, type NetPay } from '../src/domain/index.js';
import { payTermsFor } from '../src/server/features/payroll-terms/service.js';
import { DOCUMENT_WORDS } from '../src/server/features/payments/service.js';
import { payPeriodBack, spanPattern, timesheetDay } from './support/dates.js';
import { download } from './support/download.js';
import { pdfText } from './support/pdf.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { tile } from './support/tiles.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** The last pay period, wholly past, and every Monday to Friday in it. */
const PERIOD = payPeriodBack(1);
function weekdaysIn(span: DateSpan): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = span.start; d <= span.end; d = addDays(d, 1)) if (weekday(d) !== 0 && weekday(d) !== 6) days.push(d);
  return days;
}
/**
 * Five hours each weekday: more than $750 in the quarter at the demo's $18.00 (so SDI is due from a provider who is not
 * family), and within both cases' weekly hours.
 */
const HOURS_A_DAY = '5';

const money = (cents: number) => `$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** A provider enters the same hours for a recipient on their phone and submits; the recipient approves on theirs. */
async function submitAndApprove(provider: { loginId: string; firstName: string; lastName: string }, recipient: { caseNumber: string; firstName: string; lastName: string }) {
  const phone = await phonePage(portal);
  const page = phone.page;
  await signIn(portal, page, 'Provider', provider.loginId, provider.firstName);
  await page.goto(`${portal.baseUrl}/timesheets`);
  await heading(page, 'Timesheets');
  await page.getByLabel('Recipient', { exact: true }).selectOption(recipient.caseNumber);
  await page.getByLabel('Pay period', { exact: true }).selectOption(PERIOD.start);
  await page.getByRole('button', { name: 'Open timesheet' }).click();
  await heading(page, `Timesheet for ${recipient.firstName} ${recipient.lastName}`);
  for (const name of weekdaysIn(PERIOD).map(timesheetDay)) {
    const day = page.getByRole('group', { name, exact: true });
    // An empty day is folded (one tap opens it); the editor may show a day open already.
    const open = day.getByRole('button', { name: /^Add time/ });
    if ((await open.count()) > 0) await open.click();
    await day.getByLabel('Hours worked').fill(HOURS_A_DAY);
  }
  await page.getByText('I confirm this is the work I did in this period').click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
  await phone.context.close();

  const theirs = await phonePage(portal);
  await signIn(portal, theirs.page, 'Recipient', recipient.caseNumber, recipient.firstName);
  await theirs.page.goto(`${portal.baseUrl}/review`);
  await heading(theirs.page, 'Timesheets to review');
  await theirs.page.getByRole('link', { name: new RegExp(`${provider.firstName} ${provider.lastName}: ${spanPattern(PERIOD)}`) }).click();
  await theirs.page.getByRole('button', { name: 'Approve', exact: true }).click();
  await theirs.page.getByRole('button', { name: 'Yes, approve these hours' }).click();
  await theirs.page.getByText('You approved this timesheet').waitFor();
  await theirs.context.close();
}

/** The deductions the rules give for a provider's one payment of the year, run here from the payment's gross and the terms on record. */
async function expectedNetPay(loginId: string, caseNumber: string): Promise<{ number: string; net: NetPay }> {
  const p = await portal.db.db
    .selectFrom('payments')
    .innerJoin('users', 'users.id', 'payments.provider_user_id')
    .innerJoin('cases', 'cases.id', 'payments.case_id')
    .select(['payments.payment_number', 'payments.provider_user_id', 'payments.case_id', 'payments.county_id', 'payments.issue_date', 'payments.gross_cents', 'payments.regular_minutes', 'payments.overtime_minutes', 'payments.travel_minutes', 'payments.sick_minutes'])
    .where('users.login_id', '=', loginId)
    .where('cases.case_number', '=', caseNumber)
    .executeTakeFirstOrThrow();
  const terms = await payTermsFor(portal.db.db, { providerId: p.provider_user_id, caseId: p.case_id, countyId: p.county_id, payDate: p.issue_date, serviceMonth: PERIOD.start.slice(0, 7) });
  const net = netPayOf({
    ...terms,
    payDate: p.issue_date,
    grossCents: p.gross_cents,
    paidMinutes: p.regular_minutes + p.overtime_minutes + p.travel_minutes + p.sick_minutes,
    // The provider's first payment: nothing earlier this year, quarter or month.
    earlier: { yearGrossCents: 0, yearSocialSecurityWagesCents: 0, yearMedicareWagesCents: 0, quarterGrossCents: 0, quarterSdiWagesCents: 0, shareOfCostTakenCents: 0 },
    healthPremiumTakenThisMonthCents: 0,
  });
  return { number: p.payment_number, net };
}

/**
 * The stub's deduction lines as printed: after the "Deductions" heading, each taken kind's label, this payment's amount
 * and the year to date (the same, for a first payment), then the total and net pay.
 */
function expectStubLines(pdf: Buffer, net: NetPay) {
  const words = DOCUMENT_WORDS.en;
  const lines = pdfText(pdf).split('\n');
  const from = lines.indexOf(words.deductionsHeading);
  const to = lines.indexOf(words.totalDeductions, from);
  expect(from, 'the stub has a Deductions part').toBeGreaterThan(0);
  // A kind never taken this year is not printed; the labels repeat below, where the taxed wages are.
  const printed = (label: string) => {
    const at = lines.indexOf(label, from);
    return at < 0 || at > to ? null : [lines[at + 1], lines[at + 2]];
  };
  const total = (label: string) => {
    const at = lines.indexOf(label, from);
    return [lines[at + 1], lines[at + 2]];
  };
  for (const d of net.deductions) {
    const label = words.deduction[d.kind];
    if (d.cents === 0) expect(printed(label), `${label}: none taken`).toBeNull();
    else expect(printed(label), label).toEqual([money(d.cents), money(d.cents)]);
  }
  const sum = net.deductions.reduce((s, d) => s + d.cents, 0);
  expect(total(words.totalDeductions)).toEqual([money(sum), money(sum)]);
  expect(total(words.net)).toEqual([money(net.netCents), money(net.netCents)]);
}

describe('from gross to net, on a phone', () => {
  it('a direct deposit change is held and cancelled by the provider, with a notice to every contact on file', async () => {
    const phone = await phonePage(portal);
    const page = phone.page;
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/payments/direct-deposit`);
    await heading(page, 'Direct deposit');
    await page.getByText(/account ending in 6204/).first().waitFor();
    await tile(page, 'Direct deposit to a bank account').click();
    await page.getByLabel('Routing number', { exact: true }).fill('121000358');
    await page.getByLabel('Account number', { exact: true }).fill('987654321');
    await page.getByLabel('Account number again', { exact: true }).fill('987654312');
    await tile(page, 'checking').click();
    await page.getByRole('button', { name: 'Save this change' }).click();
    // A mistyped second entry is caught at its field, and nothing is saved.
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await page.getByLabel('Account number again', { exact: true }).fill('987654321');
    await page.getByRole('button', { name: 'Save this change' }).click();
    await page.getByText(/Your change is saved and held until the end of/).waitFor();
    await expectAccessible(page, 'direct deposit: a change held');
    // Every contact on file hears of it.
    await expect.poll(() => portal.smtp.inbox.filter((m) => m.text.includes('4321')).length).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Cancel this change' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText('The change is cancelled. Your pay keeps going where it goes now.').waitFor();
    await page.getByRole('table', { name: 'Your changes of where your pay goes, newest first' }).getByText('Cancelled by you').waitFor();

    await phone.context.close();
  });

  it('a parent provider and a provider who is not family, paid for the same hours, get different stubs, each as the rules say; the pay goes to the old account', async () => {
    // The county records that Maria is Elena's mother: the family employment exception.
    const staff = await phonePage(portal);
    const s = staff.page;
    await signIn(portal, s, 'County staff', 'demo.worker', 'Dana');
    await s.goto(`${portal.baseUrl}/staff/cases/9000001`);
    const deductions = s.getByRole('region', { name: 'Pay deductions' });
    await deductions.getByLabel('The provider is the recipient’s').selectOption('parent');
    await deductions.getByRole('button', { name: 'Save for Maria Gonzalez' }).click();
    await deductions.getByText('Saved for Maria Gonzalez.').waitFor();
    await expectAccessible(s, 'case pay deductions');

    await submitAndApprove({ loginId: '900000001', firstName: 'Maria', lastName: 'Gonzalez' }, { caseNumber: '9000001', firstName: 'Elena', lastName: 'Ramirez' });
    await submitAndApprove({ loginId: '900000002', firstName: 'James', lastName: 'Nguyen' }, { caseNumber: '9000002', firstName: 'Walter', lastName: 'Brooks' });

    await s.goto(`${portal.baseUrl}/staff/payments`);
    await heading(s, 'Payments');
    await s.getByRole('button', { name: 'Run payroll now (demo)' }).click();
    await s.getByText(/Payments made: 2\b/).waitFor();
    await staff.context.close();

    const parent = await expectedNetPay('900000001', '9000001');
    const other = await expectedNetPay('900000002', '9000002');
    const cents = (n: NetPay, kind: (typeof DEDUCTION_KINDS)[number]) => n.deductions.find((d) => d.kind === kind)!.cents;
    // Same hours, same rate: the same gross; the parent pays no Social Security, Medicare or SDI, the other provider SDI.
    expect(cents(parent.net, 'sdi')).toBe(0);
    expect(cents(other.net, 'sdi')).toBeGreaterThan(0);
    expect(cents(parent.net, 'social_security') + cents(parent.net, 'medicare')).toBe(0);

    for (const [who, expected] of [
      [{ loginId: '900000001', firstName: 'Maria' }, parent],
      [{ loginId: '900000002', firstName: 'James' }, other],
    ] as const) {
      const phone = await phonePage(portal);
      const page = phone.page;
      await signIn(portal, page, 'Provider', who.loginId, who.firstName);
      await page.goto(`${portal.baseUrl}/payments`);
      await heading(page, 'Payments');
      const payment = page.getByRole('region', { name: `Payment ${expected.number}` });
      await payment.getByRole('row', { name: /^Net pay/ }).getByText(money(expected.net.netCents)).first().waitFor();
      await expectAccessible(page, `payments of ${who.firstName}`);
      expectStubLines(await download(page, `Download pay stub (PDF) of payment ${expected.number}`), expected.net);
      // Maria's cancelled change never took: the payment went to the account she had.
      if (who.loginId === '900000001') await payment.getByText('Paid to the account ending in 6204.').waitFor();
      // The claim says the money is on its way, and the day it is expected: in the bank, or by mail for James, who has no account on file.
      await payment.getByRole('link', { name: 'See the claim' }).click();
      await page.getByText('Next: the money reaches you.', { exact: false }).waitFor();
      await page.getByRole('heading', { name: 'Where is my pay' }).waitFor();
      await page.getByText(who.loginId === '900000001' ? /Expected in your bank on / : /Your check is expected in the mail by /).first().waitFor();
      await phone.context.close();
    }
  });
});
