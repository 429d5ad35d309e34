import { useSyncExternalStore } from 'react';

/**
 * A new version of the portal waiting to take over (register.ts), and how to take it: the service worker waits until
 * the person agrees, so nothing reloads under them in the middle of a form.
 */

let reload: (() => void) | null = null;
const listeners = new Set<() => void>();

/** A new version is ready; `apply` switches to it and reloads the page. */
export function offerUpdate(apply: () => void) {
  reload = apply;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The way to switch to the new version, or null while there is none. */
export function useUpdateReady(): (() => void) | null {
  return useSyncExternalStore(subscribe, () => reload);
}
