// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../../contracts/messages/en';
import { initI18n } from '../i18n';
import { pending, refusal, renderPage, stubServer, writes } from '../testing/server';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { enterValue } from '../testing/enter-value';

const FLOW = 'f'.repeat(43);
const START = '/api/auth/reset/start';

beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const continueButton = () => screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;

describe('ForgotPasswordPage, start step', () => {
  it('sends nothing while the ID has the wrong shape, and says so beside it', () => {
    const sent = stubServer();
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '123-45-6789');
    fireEvent.click(continueButton());

    expect(screen.getByRole('link', { name: en.providerIdShape }).getAttribute('href')).toBe('#reset-loginId');
    expect(screen.getByLabelText('Provider ID').getAttribute('aria-invalid')).toBe('true');
    expect(writes(sent)).toEqual([]);
  });

  it('asks the security questions the server answers with, when the person chose them', async () => {
    const sent = stubServer((request) =>
      request.path === START ? Response.json({ flowToken: FLOW, method: 'questions', questions: ['first_pet', 'first_school', 'first_job_city'] }) : undefined,
    );
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '900 000 001');
    fireEvent.click(screen.getByLabelText(/Answer my security questions/));
    fireEvent.click(continueButton());

    expect(await screen.findByLabelText('What was the name of your first pet?')).toBeTruthy();
    expect(writes(sent)).toEqual([{ method: 'POST', path: START, body: { accountType: 'provider', loginId: '900000001', method: 'questions' } }]);
  });

  it('goes on to the emailed code by default', async () => {
    stubServer((request) => (request.path === START ? Response.json({ flowToken: FLOW, method: 'email' }) : undefined));
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '900000001');
    fireEvent.click(continueButton());

    expect(await screen.findByLabelText('Code')).toBeTruthy();
  });

  it("shows the server's refusal for the whole form", async () => {
    stubServer((request) => (request.path === START ? refusal(429, 'tooManyRequests') : undefined));
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '900000001');
    fireEvent.click(continueButton());

    expect(await screen.findByRole('heading', { name: 'There is a problem' })).toBeTruthy();
    expect(continueButton().disabled).toBe(false);
  });

  it('cannot be sent twice while the first is pending', async () => {
    const sent = stubServer((request) => (request.path === START ? pending() : undefined));
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '900000001');
    fireEvent.click(continueButton());

    await vi.waitFor(() => expect(continueButton().disabled).toBe(true));
    fireEvent.click(continueButton());
    expect(writes(sent)).toHaveLength(1);
  });
});

describe('ForgotPasswordPage, code step', () => {
  it('says a new code was sent until the person sends one, and starts a fresh flow for it', async () => {
    const sent = stubServer((request) => {
      if (request.path === START) return Response.json({ flowToken: FLOW, method: 'email' });
      if (request.path === '/api/auth/reset/verify-code') return refusal(400, 'codeWrong');
      return undefined;
    });
    renderPage(<ForgotPasswordPage />);
    enterValue(screen.getByLabelText('Provider ID'), '900000001');
    fireEvent.click(continueButton());
    fireEvent.click(await screen.findByRole('button', { name: 'Send a new code' }));

    expect(await screen.findByText('We sent a new code. Use the newest one.')).toBeTruthy();
    expect(writes(sent).filter((w) => w.path === START)).toHaveLength(2);

    enterValue(screen.getByLabelText('Code'), '123456');
    fireEvent.click(continueButton());
    expect(screen.queryByText('We sent a new code. Use the newest one.')).toBeNull();
  });
});
