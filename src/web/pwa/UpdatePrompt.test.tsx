// @vitest-environment jsdom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setUpPageTests } from '../testing/server';
import { applyUpdate, loadedAssets, watchForUpdates } from './register';
import { UpdatePrompt } from './UpdatePrompt';
import { offerUpdate } from './updates';

setUpPageTests();

/** A service worker registration as the browser keeps it, with a waiting worker when `waiting` is given. */
function fakeRegistration(waiting: { postMessage: (message: unknown) => void } | null) {
  const events = new EventTarget();
  return Object.assign(events, { waiting, installing: null }) as unknown as ServiceWorkerRegistration;
}

function fakeContainer(controlled: boolean) {
  return Object.assign(new EventTarget(), { controller: controlled ? {} : null }) as unknown as ServiceWorkerContainer;
}

describe('a new version of the portal', () => {
  // The offer is kept for the whole page, as in the app: this story runs in order, from the first install on.
  it('is not offered at the first install, then offered with a Reload button, and nothing reloads until it is pressed', () => {
    const reload = vi.fn();
    render(<UpdatePrompt />);
    watchForUpdates(fakeRegistration({ postMessage: vi.fn() }), fakeContainer(false), reload);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();

    const waiting = { postMessage: vi.fn() };
    act(() => watchForUpdates(fakeRegistration(waiting), fakeContainer(true), reload));
    expect(screen.getByRole('status').textContent).toContain('A new version of the portal is ready.');
    expect(waiting.postMessage).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('switches through the latest offer when Reload is pressed', () => {
    const reload = vi.fn();
    render(<UpdatePrompt />);
    act(() => offerUpdate(reload));
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('takes over when asked, and the page reloads only once the new worker is in control', () => {
    const worker = { postMessage: vi.fn() };
    const container = fakeContainer(true);
    const reload = vi.fn();
    applyUpdate(fakeRegistration(worker), container, reload);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('just reloads when another tab already took it', () => {
    const reload = vi.fn();
    applyUpdate(fakeRegistration(null), fakeContainer(true), reload);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('what the first install keeps of the page it found', () => {
  it('is the hashed files of this origin the page loaded, nothing else', () => {
    const origin = 'https://portal.example';
    const entries = [`${origin}/assets/es-D-e7HhUW.js`, `${origin}/assets/index-D96tmzJK.css`, `${origin}/api/session`, 'https://fonts.example/assets/x.woff2', `${origin}/sw.js`];
    expect(loadedAssets(entries.map((name) => ({ name })), origin)).toEqual([`${origin}/assets/es-D-e7HhUW.js`, `${origin}/assets/index-D96tmzJK.css`]);
  });
});
