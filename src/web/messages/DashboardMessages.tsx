import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { NewArrivals, ThreadList } from './inbox';
import { dashboardQueries } from '../dashboard/data';

/** The dashboard's "Messages and notifications": the newest of each, with unread ones marked in words. */
export function DashboardMessages() {
  const { t, i18n } = useTranslation();
  const messages = useQuery(dashboardQueries.newestMessages());
  const notes = useQuery(dashboardQueries.newestNotifications());
  return (
    <section className="dashboard-region" aria-labelledby="dash-messages">
      <h2 id="dash-messages">{t('dashboard.messagesHeading')}</h2>
      <ProblemAlert slim error={messages.error} />
      {messages.data && (
        <>
          <NewArrivals
            shown={messages.data.counts.unreadMessages}
            onShow={() => {
              void messages.refetch();
              void notes.refetch();
            }}
          />
          {messages.data.threads.length === 0 ? (
            <p className="dashboard-region__empty">{t('dashboard.messagesEmpty')}</p>
          ) : (
            <ThreadList threads={messages.data.threads} headingLevel="h3" />
          )}
          <p>
            <Link to="/messages">{t('messaging.allMessages')}</Link>
          </p>
        </>
      )}
      {notes.data && notes.data.notifications.length > 0 && (
        <ul className="usa-list usa-list--unstyled thread-list">
          {notes.data.notifications.map((n) => (
            <li key={n.id} className={`thread-item${n.readAt ? '' : ' thread-item--unread'}`}>
              <p className="thread-item__subject">
                <strong>{n.title}</strong>
                {!n.readAt && <span className="usa-tag thread-tag margin-left-1">{t('notifications.new')}</span>}
              </p>
              <p className="thread-item__meta">
                <time dateTime={n.createdAt}>{formatDateTime(n.createdAt, i18n.language)}</time>
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/notifications">{t('notifications.allLink')}</Link>
      </p>
    </section>
  );
}
