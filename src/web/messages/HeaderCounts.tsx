import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session';
import { useLiveCounts } from './live';
import './messages.css';

/** The signed-in bar's links with live counts: they change without a reload, and are read out when they do. */
export function HeaderCounts() {
  const { t } = useTranslation();
  const { user } = useSession();
  const counts = useLiveCounts();
  if (!user) return null;
  return (
    <nav className="header-counts" aria-label={t('messaging.headerNav')}>
      <ul className="header-counts__list" aria-live="polite">
        {user.role === 'provider' && (
          <li>
            <Link to="/messages" className="header-counts__link">
              {counts ? t('messaging.headerUnread', { count: counts.unreadMessages }) : t('messaging.inboxTitle')}
              {counts && counts.unacknowledgedMessages > 0 && (
                <>
                  {' · '}
                  {t('messaging.headerToAcknowledge', { count: counts.unacknowledgedMessages })}
                </>
              )}
            </Link>
          </li>
        )}
        <li>
          <Link to="/notifications" className="header-counts__link">
            {counts ? t('notifications.headerUnread', { count: counts.unreadNotifications }) : t('notifications.title')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
