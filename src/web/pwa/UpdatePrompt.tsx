import { useTranslation } from 'react-i18next';
import { useUpdateReady } from './updates';

/**
 * "A new version of the portal is ready", with the button that reloads into it. Only the button reloads: the new
 * version never replaces a page by itself, whatever is being typed in it. The status region is always in the page,
 * so a screen reader hears the notice when it appears.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const reload = useUpdateReady();
  return (
    <div role="status">
      {reload && (
        <div className="usa-alert usa-alert--info usa-alert--slim margin-bottom-3">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {t('offline.updateReady')} {t('offline.updateHint')}
            </p>
            <button type="button" className="usa-button margin-top-1" onClick={reload}>
              {t('offline.reload')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
