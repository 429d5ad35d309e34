import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { addMonths, monthOf } from '../src/domain/index.js';
import { longDate, mdy, testToday } from './support/dates.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';
import { openMenu } from './support/menu.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

/** Staff sign in on a fresh page: account type "County staff" (a USWDS tile: its label is what can be clicked). */
async function staffPage(username: string) {
  const { context, page } = await phonePage(portal);
  await signIn(portal, page, 'County staff', username);
  return { context, page };
}

async function fillDate(page: Page, group: string, [month, day, year]: [string, string, string]) {
  const fields = page.getByRole('group', { name: group, exact: true });
  await fields.getByLabel('Month').fill(month);
  await fields.getByLabel('Day').fill(day);
  await fields.getByLabel('Year').fill(year);
}

async function fillHours(page: Page | Locator, group: string, hours: string, minutes: string) {
  const fields = page.getByRole('group', { name: group, exact: true });
  await fields.getByLabel('Hours').fill(hours);
  await fields.getByLabel('Minutes').fill(minutes);
}

/** The text of a definition list's value, by its term, inside a region. */
const fact = (scope: Locator, term: string) => scope.locator(`dt:text-is("${term}") + dd`);

describe('cases console, on a phone', () => {
  it('a worker adds a recipient, sets hours and assigns a provider; the provider sees the recipient and the hours', async () => {
    const { context, page } = await staffPage('demo.worker');
    await openMenu(page);
    await page.getByRole('link', { name: 'County console' }).click();
    await heading(page, 'County console');
    await page.getByRole('link', { name: 'Recipients and cases' }).click();
    await heading(page, 'Recipients and cases');
    await page.getByRole('link', { name: '9000001' }).waitFor();
    await expectAccessible(page, 'cases list');

    await page.getByRole('link', { name: 'Add a recipient' }).click();
    await heading(page, 'Add a recipient');
    await page.getByRole('button', { name: 'Add recipient' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    const caseNumber = page.getByLabel('Case number', { exact: true });
    expect(await caseNumber.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'add a recipient: errors');

    await caseNumber.fill('7654321');
    await page.getByLabel('First name', { exact: true }).fill('Rosa');
    await page.getByLabel('Last name', { exact: true }).fill('Delgado');
    await fillDate(page, 'Eligible from', mdy(`${monthOf(addMonths(testToday(), -22))}-15`));
    await page.getByLabel('Street address').fill('48 Orchard Lane');
    await page.getByLabel('City').fill('Pasadena');
    await page.getByLabel('ZIP code').fill('91101');
    await page.getByLabel('Phone number (optional)').fill('(626) 555-0142');
    await page.getByLabel('Diagnoses (optional)').fill('Type 2 diabetes; low vision');
    await page.getByRole('button', { name: 'Add recipient' }).click();

    await heading(page, 'Rosa Delgado');
    await page.getByText('The case is added.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('48 Orchard Lane');
    await expectAccessible(page, 'case page');

    // The sensitive fields only after the button, which says that viewing is recorded.
    await page.getByText('Each time you show them, your name and the time are recorded').waitFor();
    await page.getByRole('button', { name: 'Show address, phone and diagnoses' }).click();
    await page.getByText('This viewing is recorded.').waitFor();
    expect(await page.getByLabel('Street address').inputValue()).toBe('48 Orchard Lane');
    expect(await page.getByLabel('Diagnoses (optional)').inputValue()).toBe('Type 2 diabetes; low vision');
    await expectAccessible(page, 'case page: sensitive shown');

    // Hours as hours and minutes; a wrong number of minutes is told beside the field.
    await fillHours(page, 'Authorized hours a month', '120', '75');
    await page.getByRole('button', { name: 'Save authorized hours' }).click();
    await page.locator('#auth-hours-error').getByText('minutes from 0 to 59').waitFor();
    await fillHours(page, 'Authorized hours a month', '120', '30');
    await page.getByRole('button', { name: 'Save authorized hours' }).click();
    await page.getByText('The authorized hours are saved.').waitFor();
    await page.getByRole('table', { name: 'Authorized hours by month' }).getByText('120 h 30 min').waitFor();

    // An unknown provider is refused beside the Provider ID; then provider 900000001 with 40 hours a month.
    await page.getByLabel('Provider ID', { exact: true }).fill('900000099');
    await page.getByRole('button', { name: 'Assign provider' }).click();
    await page.locator('#assign-new-provider-error').getByText('No provider has Provider ID 900000099').waitFor();
    await page.getByLabel('Provider ID', { exact: true }).fill('900000001');
    await fillHours(page, 'Assigned hours a month (optional)', '40', '0');
    await page.locator('label[for="assign-new-travel"]').click();
    await page.getByRole('button', { name: 'Assign provider' }).click();
    await page.getByText('The provider is assigned.').waitFor();
    const card = page.getByRole('article', { name: 'Maria Gonzalez, Provider ID 900000001' });
    expect(await fact(card, 'Assigned hours a month').textContent()).toBe('40 h 0 min');
    expect(await fact(card, 'Travel agreement on file (SOC 2255)').textContent()).toBe('Yes');
    await expectAccessible(page, 'case page: provider assigned');

    // The same provider twice over the same dates: the overlap is refused in words.
    await page.getByLabel('Provider ID', { exact: true }).fill('900000001');
    await page.getByRole('button', { name: 'Assign provider' }).click();
    await page.getByText('Provider 900000001 is already assigned to this recipient').waitFor();

    await card.getByRole('button', { name: 'Change Maria Gonzalez’s assignment' }).click();
    await fillHours(card, 'Assigned hours a month (optional)', '45', '15');
    await expectAccessible(page, 'case page: changing an assignment');
    await card.getByRole('button', { name: 'Save assignment' }).click();
    await page.getByText('Maria Gonzalez’s assignment is saved.').waitFor();
    expect(await fact(card, 'Assigned hours a month').textContent()).toBe('45 h 15 min');

    await page.getByLabel('Recipient’s email address').fill('rosa.delgado@example.com');
    await page.getByRole('button', { name: 'Create portal account' }).click();
    await page.getByText('The account is created and the recipient is emailed.').waitFor();
    await page.getByText('Created; the recipient has not chosen a password yet').waitFor();

    await page.getByRole('link', { name: 'All cases' }).click();
    await heading(page, 'Recipients and cases');
    await page.getByLabel('Search cases').fill('Delg');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('Cases shown for “Delg”: 1.').waitFor();
    await page.getByRole('link', { name: '7654321' }).waitFor();
    await context.close();

    const provider = await phonePage(portal);
    const p = provider.page;
    await p.goto(`${portal.baseUrl}/sign-in`);
    await heading(p, 'Sign in');
    await p.getByLabel('Provider ID', { exact: true }).fill('900000001');
    await p.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await p.getByRole('button', { name: 'Sign in', exact: true }).click();
    await p.getByRole('heading', { name: 'Hello, Maria' }).waitFor();
    await p.goto(`${portal.baseUrl}/recipients`);
    await heading(p, 'Your recipients');
    const rosa = p.getByRole('region', { name: 'Rosa Delgado' });
    await rosa.waitFor();
    expect(await fact(rosa, 'Authorized this month').textContent()).toBe('120 h 30 min');
    expect(await fact(rosa, 'Left for the recipient this month').textContent()).toBe('120 h 30 min');
    expect(await fact(rosa, 'Your hours this month').textContent()).toBe('45 h 15 min');
    expect(await rosa.textContent()).not.toContain('48 Orchard Lane');
    await provider.context.close();
  });

  it('a county admin adds a wage rate and sees it listed; a rate that is not dollars and cents is refused beside the field', async () => {
    const { context, page } = await staffPage('demo.admin');
    await page.goto(`${portal.baseUrl}/staff/settings`);
    await heading(page, 'County settings');
    await page.getByRole('heading', { name: 'Add a wage rate' }).waitFor();
    await expectAccessible(page, 'settings with wage rates');

    // A rate from the first of a month eight months ahead, noted with the board's resolution of the month after.
    const from = `${monthOf(addMonths(testToday(), 8))}-01`;
    const resolution = `Board resolution ${monthOf(addMonths(from, 1))}`;
    await page.getByLabel('Hourly wage in dollars and cents').fill('21,75');
    await fillDate(page, 'Starts on', mdy(from));
    await page.getByRole('button', { name: 'Add wage rate' }).click();
    await page.locator('#wage-rate-error').getByText('Enter the hourly wage in dollars and cents').waitFor();
    await expectAccessible(page, 'wage rate: error');

    await page.getByLabel('Hourly wage in dollars and cents').fill('21.75');
    await page.getByLabel('Note (optional)').fill(resolution);
    await page.getByRole('button', { name: 'Add wage rate' }).click();
    await page.getByText('The wage rate is added.').waitFor();
    const row = page.getByRole('table', { name: 'Wage rates' }).getByRole('row', { name: new RegExp(longDate(from)) });
    expect(await row.textContent()).toContain('$21.75 an hour');
    expect(await row.textContent()).toContain(resolution);

    // The same date again is refused by the server, beside the date.
    await page.getByLabel('Hourly wage in dollars and cents').fill('22');
    await fillDate(page, 'Starts on', mdy(from));
    await page.getByRole('button', { name: 'Add wage rate' }).click();
    await page.locator('#wage-from-error').getByText(`There is already a rate from ${from}`).waitFor();
    await context.close();
  });
});
