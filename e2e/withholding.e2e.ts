import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longDate } from './support/dates.js';
import { expectAccessible, heading, phonePage, startPortal, type Portal } from './support/portal.js';
import { signIn } from './support/sign-in.js';

let portal: Portal;

beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

describe('withholding, on a phone', () => {
  it("shows Maria what her pay from Elena is subject to, and takes her DE 4 with the date it applies from", async () => {
    const { context, page } = await phonePage(portal);
    await signIn(portal, page, 'Provider', '900000001', 'Maria');
    await page.goto(`${portal.baseUrl}/payments/withholding`);
    await heading(page, 'Withholding');
    const elena = page.getByRole('region', { name: 'Elena Ramirez (case 9000001)' });
    await elena.getByText('$0.45 for each hour paid').waitFor();
    await elena.getByText(/^Collect \$95\.50 from Elena for /).waitFor();
    await expectAccessible(page, 'withholding page');

    const appliesFrom = await page.evaluate(async () => ((await (await fetch('/api/withholding')).json()) as { changeAppliesFrom: string }).changeAppliesFrom);
    const de4 = page.getByRole('region', { name: 'California income tax (Form DE 4)' });
    await de4.getByText('Withhold California income tax as on my DE 4').click();
    await de4.getByText('Married (one income)').click();
    await de4.getByLabel('Line 1a: Regular withholding allowances (Worksheet A)').fill('2');
    await de4.getByRole('button', { name: 'Save my DE 4' }).click();
    await de4.getByText(`Saved. It applies to payments issued from ${longDate(appliesFrom)}.`).waitFor();
    await de4.getByRole('heading', { name: `From ${longDate(appliesFrom)}` }).waitFor();
    const notice = await portal.db.db.selectFrom('notifications').innerJoin('users', 'users.id', 'notifications.user_id').select('event').where('login_id', '=', '900000001').where('event', '=', 'withholding_changed').execute();
    expect(notice).toHaveLength(1);
    await context.close();
  });
});
