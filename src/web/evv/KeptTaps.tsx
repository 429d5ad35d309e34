import { Alert } from '../components/uswds';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { useSession } from '../session';
import { useWaitingTapsOnDevice } from './outbox';

/**
 * On the sign-in page: the check-ins and check-outs kept on this phone because the session ended before they were
 * sent, with the time each was tapped (the time they are recorded with). No recipient's name: the page is public.
 */
export function KeptTapsNotice() {
  const { t, i18n } = useTranslation();
  const taps = useWaitingTapsOnDevice();
  if (taps.length === 0) return null;
  return (
    <Alert type="info" headingLevel="h2" heading={t('keptTaps.heading', { count: taps.length })}>
      <ul className="usa-list">
        {taps.map((tap) => (
          <li key={tap.key}>
            {tap.kind === 'check-in'
              ? t('keptTaps.checkIn', { at: formatDateTime(tap.body.tappedAt, i18n.language) })
              : t('keptTaps.checkOut', { at: formatDateTime(tap.body.tappedAt, i18n.language) })}
          </li>
        ))}
      </ul>
      <p className="margin-bottom-0">{t('keptTaps.afterSignIn')}</p>
      <p className="margin-bottom-0">{t('keptTaps.onlyTheirs')}</p>
    </Alert>
  );
}

/**
 * Signed in as someone else than the provider who tapped: the tap is kept, never sent under this account (a punch
 * recorded under the wrong provider is a false record of who gave care), and the person is told so.
 */
export function OtherAccountTapsWarning() {
  const { t } = useTranslation();
  const { user } = useSession();
  const others = useWaitingTapsOnDevice().filter((tap) => tap.userId !== user?.id);
  if (!user || others.length === 0) return null;
  return (
    <div className="margin-bottom-3">
      <Alert type="warning" headingLevel="h2" heading={t('keptTaps.otherAccountHeading')}>
        {t('keptTaps.otherAccountText')}
      </Alert>
    </div>
  );
}
