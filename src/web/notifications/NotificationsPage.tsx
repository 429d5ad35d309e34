import { Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useLatestCounts } from '../messages/live';
import '../messages/messages.css';
import { eventText } from './eventText';

/** Everything the portal has told the person in the app, newest first; unread ones say so in words. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('notifications.title'));
  const queryClient = useQueryClient();
  const list = useQuery(api.notifications.list.query({ query: { limit: 50 } }));
  const live = useLatestCounts();
  const markAll = useMutation({
    mutationFn: () => api.notifications.markRead({ body: { all: true } }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: api.notifications.list.key() }),
  });
  const arrived = live !== undefined && list.data !== undefined && live.unreadNotifications > list.data.unread;
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p>
        <Link to="/notifications/preferences">{t('notifications.preferencesLink')}</Link>
      </p>
      {list.isPending && <Loading />}
      <ProblemAlert slim error={list.error} />
      <div role="status">
        {arrived && (
          <p className="new-arrivals">
            {t('notifications.newArrived')}{' '}
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => void list.refetch()}>
              {t('messaging.showNew')}
            </button>
          </p>
        )}
      </div>
      {list.data && (
        <>
          <p>{t('notifications.unreadLine', { count: list.data.unread })}</p>
          {list.data.unread > 0 && (
            <Button type="button" outline disabled={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          )}
          {list.data.notifications.length === 0 ? (
            <p>{t('notifications.empty')}</p>
          ) : (
            <ul className="usa-list usa-list--unstyled thread-list">
              {list.data.notifications.map((n) => (
                <li key={n.id} className={`thread-item${n.readAt ? '' : ' thread-item--unread'}`}>
                  <h2 className="thread-item__subject">{n.title}</h2>
                  <p className="thread-item__tags">
                    {!n.readAt && <span className="usa-tag thread-tag">{t('notifications.new')}</span>}
                    <span className="thread-item__meta">
                      {eventText(t, n.event)} · <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
                    </span>
                  </p>
                  <p className="thread-item__preview">{n.text}</p>
                  {n.event === 'timesheet_rejected' && typeof n.data.timesheetId === 'number' && (
                    <p>
                      <Link to={`/claims/${n.data.timesheetId}/correct`}>{t('story.openCorrection')}</Link>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
