import { useState, type ReactNode } from 'react';
import { clock } from '../clock';
import { lazyPage } from '../components/lazyPage';
import { ensureSignedInWords } from '../i18n';
import { DATE_HEADER_RESOLUTION_MS } from '../idle';
import { readLastKnown } from './offline-store';

// The session could not be read, so its signed-in words were not fetched: the copy of the visits needs them.
const OfflineWorkday = lazyPage(() => Promise.all([import('./OfflineWorkday'), ensureSignedInWords()]).then(([m]) => m.OfflineWorkday));

/**
 * A private page whose session could not be read (no signal): the provider's last known visits, to check in and out
 * from, when this phone keeps a copy (offline-store.ts); otherwise `unreachable`, the plain "could not reach" notice.
 */
export function OfflineFallback({ unreachable }: { unreachable: ReactNode }) {
  const [copy] = useState(() => {
    const kept = readLastKnown(clock.deviceNow());
    // No answer has set the clock yet: start from the server's time as last learned, so offline taps carry it too.
    if (kept && clock.offsetMs === 0) {
      const at = clock.deviceNow();
      clock.learnServerTime(at + kept.skewMs - DATE_HEADER_RESOLUTION_MS / 2, at);
    }
    return kept;
  });
  return copy ? <OfflineWorkday copy={copy} /> : unreachable;
}
