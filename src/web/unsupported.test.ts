// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import page from './index.html?raw';
import script from './public/unsupported.js?raw';

/** index.html's body: what unsupported.js, the first script it loads, works on. */
const body = /<body>([\s\S]*)<\/body>/.exec(page)![1]!;

const loading = () => document.querySelector('.app-loading');
const message = () => document.getElementById('unsupported')!;

// What a current browser has, whatever jsdom lacks of it.
const modern = { noModule: 'noModule' in HTMLScriptElement.prototype, structuredClone: typeof window.structuredClone === 'function' };
beforeEach(() => {
  document.body.innerHTML = body;
  if (!modern.noModule) Object.defineProperty(HTMLScriptElement.prototype, 'noModule', { value: false, configurable: true });
  if (!modern.structuredClone) window.structuredClone = (value) => value;
});
afterEach(() => {
  if (!modern.noModule) delete (HTMLScriptElement.prototype as { noModule?: boolean }).noModule;
});

describe('the page while the app loads', () => {
  it('shows a current browser "Loading…" and the portal name, never the old-browser message', () => {
    window.eval(script);
    expect(loading()?.textContent).toContain('Loading…');
    expect(loading()?.textContent).toContain('IHSS Provider Portal');
    expect(message().hidden).toBe(true);
  });

  it('tells a browser without what the app needs that it is too old, and stops saying "Loading…"', () => {
    const findLast = Array.prototype.findLast;
    // @ts-expect-error: a browser from before Array.prototype.findLast.
    delete Array.prototype.findLast;
    try {
      window.eval(script);
    } finally {
      Array.prototype.findLast = findLast;
    }
    expect(message().hidden).toBe(false);
    expect(message().textContent).toContain('This browser is too old');
    expect(loading()).toBeNull();
  });

  it("tells a browser that cannot parse the app's module, and only before the app has started", () => {
    window.eval(script);
    window.dispatchEvent(new ErrorEvent('error', { error: new TypeError('not a parse error') }));
    expect(message().hidden).toBe(true);
    window.dispatchEvent(new ErrorEvent('error', { error: new SyntaxError('Unexpected token') }));
    expect(message().hidden).toBe(false);
  });

  it('keeps the message hidden for a SyntaxError after the app has replaced the loading state', () => {
    window.eval(script);
    loading()!.remove();
    window.dispatchEvent(new ErrorEvent('error', { error: new SyntaxError('in a page loaded later') }));
    expect(message().hidden).toBe(true);
  });
});
