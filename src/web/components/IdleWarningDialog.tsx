import { useMutation } from '@tanstack/react-query';
import { FocusTrap } from 'focus-trap-react';
import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../i18n/format';
import { useSession } from '../session';

/** The warning itself (IdleWarning.tsx decides when it shows): a modal dialog that holds the focus while it is up. */
export function WarningDialog({ seconds, absolute, onDismiss }: { seconds: number; absolute: boolean; onDismiss(): void }) {
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
