import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { codeIn, expectAccessible, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** Opens a recipient's timesheet for a pay period from the timesheets page. */
async function openTimesheet(page: Page, caseNumber: string, periodStart: string, recipient: string) {
  await page.goto(`${portal.baseUrl}/timesheets`);
  await page.getByRole('heading', { name: 'Timesheets', level: 1 }).waitFor();
  await page.getByLabel('Recipient', { exact: true }).selectOption(caseNumber);
  await page.getByLabel('Pay period', { exact: true }).selectOption(periodStart);
  await page.getByRole('button', { name: 'Open timesheet' }).click();
  await page.getByRole('heading', { name: `Timesheet for ${recipient}`, level: 1 }).waitFor();
}

const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

async function enterHours(page: Page, days: readonly string[], hours: number) {
  for (const name of days) await day(page, name).getByLabel('Hours worked').fill(String(hours));
}

/** Ticks the declaration (its checkbox is visually hidden: the label is what people tap) and submits. */
async function confirmAndSubmit(page: Page) {
  await page.getByText('I confirm this is the work I did in this period').click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
}

const FIRST_WEEK = ['Monday, November 2, 2026', 'Tuesday, November 3, 2026', 'Wednesday, November 4, 2026', 'Thursday, November 5, 2026', 'Friday, November 6, 2026'];

describe('timesheets, on a phone', () => {
  it('a provider of two recipients who goes past 66 hours in a week cannot submit, and is told why beside that week', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');

    await openTimesheet(page, '9000002', '2026-11-01', 'Walter Brooks');
    await expectAccessible(page, 'timesheet editor');
    await enterHours(page, FIRST_WEEK, 8);
    await expect.poll(() => page.locator('#week-2026-11-01').textContent()).toContain('40 hours of the 66 hours limit');
    await confirmAndSubmit(page);
    await expectAccessible(page, 'submitted timesheet');

    await openTimesheet(page, '9000003', '2026-11-01', 'Grace Kim');
    await enterHours(page, FIRST_WEEK, 6);
    const week = page.locator('#week-2026-11-01');
    await week.getByText('With more than one recipient, the limit is 66 hours a week.').waitFor();
    expect(await week.textContent()).toContain('Cannot submit:');
    expect(await week.textContent()).toContain('70 hours of the 66 hours limit');
    await page.getByRole('link', { name: /limit is 66 hours a week/ }).waitFor();
    const submit = page.getByRole('button', { name: 'Submit', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByText('You cannot submit yet').waitFor();
    await expectAccessible(page, 'timesheet editor: blocked week');

    // Back under the cap, "Submit" comes back.
    await day(page, 'Friday, November 6, 2026').getByLabel('Hours worked').fill('2');
    await expect.poll(() => submit.isDisabled()).toBe(false);
    await context.close();
  });

  it('a provider submits a timesheet, the recipient approves it, and the provider sees the decision on the dashboard', async () => {
    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000001', 'Maria');
    await openTimesheet(provider.page, '9000001', '2026-11-01', 'Elena Ramirez');
    await enterHours(provider.page, FIRST_WEEK, 4);
    await provider.page.getByRole('button', { name: 'Save', exact: true }).click();
    await provider.page.getByText('Saved.', { exact: true }).waitFor();
    await confirmAndSubmit(provider.page);

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.getByText('Timesheets to review: 1').waitFor();
    await expectAccessible(recipient.page, 'recipient dashboard');
    await recipient.page.getByRole('link', { name: 'Review timesheets and sick leave' }).click();
    await recipient.page.getByRole('heading', { name: 'Timesheets to review', level: 1 }).waitFor();
    await expectAccessible(recipient.page, 'review list');
    await recipient.page.getByRole('link', { name: /Maria Gonzalez: November 1/ }).click();
    await recipient.page.getByRole('heading', { name: 'Review a timesheet', level: 1 }).waitFor();
    await recipient.page.getByText('Worked: 20 hours. Travel: 0 hours.').waitFor();
    await expectAccessible(recipient.page, 'review a timesheet');
    await recipient.page.getByRole('button', { name: 'Approve', exact: true }).click();
    await recipient.page.getByText('You approved this timesheet').waitFor();
    await recipient.context.close();

    await provider.page.goto(`${portal.baseUrl}/dashboard`);
    await provider.page.getByRole('link', { name: /Elena Ramirez approved your timesheet for November 1/ }).waitFor();
    await expectAccessible(provider.page, 'provider dashboard with a decision');
    await provider.context.close();
  });

  it('a rejected timesheet shows the recipient’s reason; the provider corrects it and both versions stay', async () => {
    const reason = 'October 20 was 3 hours, not 5';
    const provider = await phonePage(portal);
    await signIn(portal, provider.page, 'Provider', '900000001', 'Maria');
    await openTimesheet(provider.page, '9000001', '2026-10-16', 'Elena Ramirez');
    await enterHours(provider.page, ['Monday, October 19, 2026', 'Tuesday, October 20, 2026'], 5);
    await confirmAndSubmit(provider.page);

    const recipient = await phonePage(portal);
    await signIn(portal, recipient.page, 'Recipient', '9000001', 'Elena');
    await recipient.page.goto(`${portal.baseUrl}/review`);
    await recipient.page.getByRole('link', { name: /Maria Gonzalez: October 16/ }).click();
    await recipient.page.getByRole('heading', { name: 'Review a timesheet', level: 1 }).waitFor();
    await recipient.page.getByRole('button', { name: 'Reject', exact: true }).click();
    await recipient.page.getByText('Say why you are rejecting it').waitFor();
    await expectAccessible(recipient.page, 'reject without a reason');
    await recipient.page.getByLabel('Reason for rejecting (needed only to reject)').fill(reason);
    await recipient.page.getByRole('button', { name: 'Reject', exact: true }).click();
    await recipient.page.getByText('You rejected this timesheet').waitFor();
    await recipient.context.close();

    const { page } = provider;
    await page.goto(`${portal.baseUrl}/dashboard`);
    await page.getByText(`Reason given: “${reason}”`).first().waitFor();
    await page.getByRole('link', { name: /Elena Ramirez rejected your timesheet for October 16/ }).click();
    await page.getByRole('heading', { name: 'Timesheet for Elena Ramirez', level: 1 }).waitFor();
    await page.getByText(`Reason given: “${reason}”`).first().waitFor();
    await expectAccessible(page, 'rejected timesheet');
    await page.getByRole('button', { name: 'Correct and resubmit' }).click();
    await page.getByText('Version 2:').waitFor();
    await day(page, 'Tuesday, October 20, 2026').getByLabel('Hours worked').fill('3');
    await confirmAndSubmit(page);

    const versions = page.getByRole('region', { name: 'All versions' });
    await expect.poll(() => versions.textContent()).toContain('Replaced by a newer version');
    const text = await versions.textContent();
    expect(text).toContain('Version 2');
    expect(text).toContain('Version 1');
    expect(text).toContain(reason);
    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.getByText('A newer version replaced this one.').waitFor();
    await expectAccessible(page, 'superseded version');
    await provider.context.close();
  });

  it('submitting before the period ends warns about the visits still scheduled and asks to acknowledge them', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await openTimesheet(page, '9000001', '2026-11-16', 'Elena Ramirez');
    await enterHours(page, ['Tuesday, November 17, 2026'], 4);
    await page.getByText(/visit\(s\) scheduled later in this pay period/).waitFor();
    await page.getByText('I confirm this is the work I did in this period').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Check this box to submit before the end of the pay period.').waitFor();
    await expectAccessible(page, 'timesheet editor: scheduled visits');
    await page.getByText('I understand that my scheduled visits later in this period are not on this timesheet.').click();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('Waiting for the recipient', { exact: true }).first().waitFor();
    await context.close();
  });

  it('sick leave and the contact details pages can be used and pass axe', async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000002', 'James');
    await page.goto(`${portal.baseUrl}/sick-leave`);
    await page.getByRole('heading', { name: 'Sick leave', level: 1 }).waitFor();
    await page.getByText('Hours you can still use').waitFor();
    await page.getByLabel('Day you could not work').fill('2026-11-10');
    await page.getByLabel('Hours', { exact: true }).fill('1.25');
    await page.getByRole('button', { name: 'Ask for sick leave' }).click();
    await page.locator('#claim-hours-error').waitFor();
    await expectAccessible(page, 'sick leave');

    await page.goto(`${portal.baseUrl}/profile`);
    await page.getByRole('heading', { name: 'Your contact details', level: 1 }).waitFor();
    await page.getByLabel('New phone number').fill('(555) 010-0123');
    await page.locator('#profile-phone-password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Change phone' }).click();
    await page.getByText('Your phone number was changed.').waitFor();
    await page.getByText('Now: (555) 010-0123').waitFor();

    const since = portal.smtp.mark();
    await page.getByLabel('New email address').fill('james.new@example.com');
    await page.locator('#profile-email-password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Send code' }).click();
    const mail = await portal.smtp.latestTo('james.new@example.com', since);
    await page.getByLabel('Code', { exact: true }).fill(codeIn(mail.text));
    await page.getByRole('button', { name: 'Confirm new email' }).click();
    await page.getByText('Your email address was changed.').waitFor();
    await expectAccessible(page, 'profile');

    await page.getByLabel('Your language', { exact: true }).selectOption('es');
    await page.getByRole('button', { name: 'Save language' }).click();
    await page.getByRole('heading', { name: 'Sus datos de contacto', level: 1 }).waitFor();
    await context.close();
  });
});
