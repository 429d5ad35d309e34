// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, currentLanguage, setLanguage } from '../i18n';
import { SessionProvider } from '../session';
import { renderPage, setUpPageTests, signedInSession, stubServer, writes } from '../testing/server';
import { AccountLanguage } from './AccountLanguage';
import { LanguageSwitcher } from './LanguageSwitcher';
import { enterValue } from '../testing/enter-value';

setUpPageTests();

/** A signed-in person whose account reads `language`, on a page that may already read another. */
function signedIn(language: 'en' | 'es' | 'vi' | 'ko') {
  const sent = stubServer((request) => {
    if (request.path === '/api/session') return Response.json(signedInSession({ language }));
    if (request.path === '/api/me/language') return Response.json({ ok: true });
    return undefined;
  });
  renderPage(
    <SessionProvider>
      <AccountLanguage />
      <LanguageSwitcher />
    </SessionProvider>,
  );
  return sent;
}

// One file, one page load: a language chosen in a test stays chosen for the tests after it, as on a real page.
describe("the page's and the account's language", () => {
  it("switches the page to the account's language at sign-in when nobody picked one on this page", async () => {
    await setLanguage('en');
    const sent = signedIn('es');
    await waitFor(() => expect(currentLanguage()).toBe('es'));
    expect(document.documentElement.lang).toBe('es');
    expect(writes(sent)).toEqual([]);
  });

  it('keeps a language picked before signing in on the account, instead of switching away from it', async () => {
    await chooseLanguage('vi');
    const sent = signedIn('en');
    await waitFor(() => expect(writes(sent)).toEqual([{ method: 'POST', path: '/api/me/language', body: { language: 'vi' } }]));
    expect(currentLanguage()).toBe('vi');
  });

  it('keeps a language picked from the header on the account of whoever is signed in', async () => {
    const sent = signedIn('vi');
    const list = await screen.findByRole('combobox');
    await waitFor(() => expect(sent.some((r) => r.path === '/api/session')).toBe(true));
    enterValue(list, 'ko');
    await waitFor(() => expect(writes(sent)).toContainEqual({ method: 'POST', path: '/api/me/language', body: { language: 'ko' } }));
    await waitFor(() => expect(document.documentElement.lang).toBe('ko'));
    await setLanguage('en');
  });
});
