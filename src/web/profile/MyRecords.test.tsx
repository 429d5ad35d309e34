// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refusal, renderPage, setUpPageTests, stubServer } from '../testing/server';
import { MyRecords } from './MyRecords';

setUpPageTests();

/** What the browser was asked to save: the file name of each link the download clicked. */
let saved: string[] = [];

beforeEach(() => {
  saved = [];
  // jsdom makes no object URLs and follows no download links: stand in for the browser's side of saving a file.
  URL.createObjectURL = vi.fn(() => 'blob:records');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => vi.restoreAllMocks());

const zip = () =>
  new Response(new Uint8Array([0x50, 0x4b, 0x05, 0x06]), {
    headers: { 'content-type': 'application/zip', 'content-disposition': 'attachment; filename="ihss-records-900000001-2026-03-02.zip"' },
  });

describe('"Download my records" on the profile page', () => {
  it('explains what the ZIP holds and saves it under the name the server gives', async () => {
    const sent = stubServer((r) => (r.path === '/api/records/download.zip' ? zip() : undefined));
    renderPage(<MyRecords />);
    expect(screen.getByRole('region', { name: 'Your records' })).toBeTruthy();
    expect(screen.getByText(/one ZIP file of spreadsheet \(CSV\) files/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download my records' }));
    await waitFor(() => expect(saved).toEqual(['ihss-records-900000001-2026-03-02.zip']));
    expect(sent.map((r) => [r.method, r.path])).toEqual([['GET', '/api/records/download.zip']]);
  });

  it('says so beside the button when the session has ended, and saves nothing', async () => {
    stubServer((r) => (r.path === '/api/records/download.zip' ? refusal(401, 'signInRequired') : undefined));
    renderPage(<MyRecords />);
    fireEvent.click(screen.getByRole('button', { name: 'Download my records' }));
    await waitFor(() => expect(screen.getByRole('status').querySelector('.usa-error-message')?.textContent).toBeTruthy());
    expect(saved).toEqual([]);
  });
});
