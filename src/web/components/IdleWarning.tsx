import { useMutation } from '@tanstack/react-query';
import { FocusTrap } from 'focus-trap-react';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { clock } from '../clock';
import { endsAt, endsByAbsoluteLimit, idlePhase, msUntilWarning, secondsLeft, type Deadlines } from '../idle';
import { formatDuration } from '../i18n/format';
import { useSession } from '../session';

/** Checked at least this often while the warning is far off, so a clock change or a sleeping phone is caught. */
const MAX_WAIT_MS = 15_000;

/**
 * The device's time (the deadlines are already in it: idle.ts), re-read when the warning is due, every second
 * while it shows, and when the phone wakes.
 */
function useNow(deadlines: Deadlines | null): number {
  const [now, setNow] = useState(() => clock.deviceNow());
  useEffect(() => {
    if (!deadlines) return;
    const end = endsAt(deadlines);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      clearTimeout(timer);
      const t = clock.deviceNow();
      setNow(t);
      const phase = idlePhase(end, t);
      if (phase === 'ended') return;
      timer = setTimeout(tick, phase === 'warning' ? 1000 - (t % 1000) : Math.min(msUntilWarning(end, t), MAX_WAIT_MS));
    };
    tick();
    const wake = () => {
      if (document.visibilityState === 'visible') tick();
    };
    document.addEventListener('visibilitychange', wake);
    window.addEventListener('focus', wake);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', wake);
      window.removeEventListener('focus', wake);
    };
  }, [deadlines]);
  return now;
}

/**
 * "Your session is about to end": shown a minute before the session would end, with a live countdown.
 * At the end it sends the person to the sign-in page, so nothing private stays on an unattended phone.
 */
export function IdleWarning() {
  const { deadlines, expire } = useSession();
  const now = useNow(deadlines);
  const end = deadlines ? endsAt(deadlines) : null;
  const phase = end === null ? 'active' : idlePhase(end, now);
  const [dismissedFor, setDismissedFor] = useState<number | null>(null);

  useEffect(() => {
    if (phase === 'ended') expire();
  }, [phase, expire]);

  if (!deadlines || end === null || phase !== 'warning' || dismissedFor === end) return null;
  return (
    <WarningDialog
      seconds={secondsLeft(end, now)}
      absolute={endsByAbsoluteLimit(deadlines)}
      onDismiss={() => setDismissedFor(end)}
    />
  );
}

function WarningDialog({ seconds, absolute, onDismiss }: { seconds: number; absolute: boolean; onDismiss(): void }) {
  const { t, i18n } = useTranslation();
  const { keepAlive, signOut } = useSession();
  // A failed "stay" leaves the warning up, counting down: the person can try again or sign out.
  const stay = useMutation({ mutationFn: keepAlive });
  const time = formatDuration(seconds, i18n.language);
  // Screen readers hear the time every 15 seconds rather than every second, which would drown everything else.
  const spokenTime = formatDuration(Math.ceil(seconds / 15) * 15, i18n.language);

  useEffect(() => {
    document.body.classList.add('usa-js-modal--active');
    return () => document.body.classList.remove('usa-js-modal--active');
  }, []);

  // An absolute limit cannot be extended, so the main button only closes the warning.
  const primary = absolute
    ? onDismiss
    : () => {
        if (!stay.isPending) stay.mutate();
      };
  const say = (time: string) => (absolute ? t('idle.absoluteText', { time }) : t('idle.idleText', { time }));

  return createPortal(
    <FocusTrap focusTrapOptions={{ initialFocus: '#idle-warning-primary', fallbackFocus: '#idle-warning-heading', escapeDeactivates: false, allowOutsideClick: false }}>
      <div className="usa-modal-wrapper is-visible">
        <div className="usa-modal-overlay">
          <div
            className="usa-modal"
            role="dialog"
            aria-modal="true"
            aria-labelledby="idle-warning-heading"
            aria-describedby="idle-warning-text"
            onKeyDown={(e) => {
              if (e.key === 'Escape') primary();
            }}
          >
            <div className="usa-modal__content">
              <div className="usa-modal__main">
                <h2 className="usa-modal__heading" id="idle-warning-heading" tabIndex={-1}>
                  {t('idle.heading')}
                </h2>
                <div className="usa-prose">
                  <p aria-hidden="true">{say(time)}</p>
                  <p className="usa-sr-only" id="idle-warning-text" aria-live="polite">
                    {say(spokenTime)}
                  </p>
                </div>
                <div className="usa-modal__footer">
                  <ul className="usa-button-group">
                    <li className="usa-button-group__item">
                      <button type="button" className="usa-button" id="idle-warning-primary" aria-disabled={stay.isPending} onClick={primary}>
                        {absolute ? t('idle.ok') : t('idle.stay')}
                      </button>
                    </li>
                    <li className="usa-button-group__item">
                      <button
                        type="button"
                        className="usa-button usa-button--outline"
                        onClick={() => void signOut().catch(() => undefined)}
                      >
                        {t('idle.signOut')}
                      </button>
                    </li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </FocusTrap>,
    document.body,
  );
}
