import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { NewArrivals, ThreadList, useInbox } from './inbox';
import { ProblemAlert } from '../forms/ProblemAlert';
import { NeverAsksNotice } from './shared';

/** Provider: every message from the county. */
export function InboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('messaging.inboxTitle'));
  const messages = useInbox(50);
  return (
    <>
      <h1>{t('messaging.inboxTitle')}</h1>
      <NeverAsksNotice />
      <p>
        <Link to="/notifications">{t('notifications.title')}</Link>
      </p>
      {messages.isPending && <Loading />}
      <ProblemAlert slim error={messages.error} />
      {messages.data && (
        <>
          <p>
            {t('messaging.countsLine', {
              unread: messages.data.counts.unreadMessages,
              toAck: messages.data.counts.unacknowledgedMessages,
            })}
          </p>
          <NewArrivals shown={messages.data.counts.unreadMessages} onShow={() => void messages.refetch()} />
          {messages.data.threads.length === 0 ? (
            <p>{t('dashboard.messagesEmpty')}</p>
          ) : (
            <ThreadList threads={messages.data.threads} headingLevel="h2" />
          )}
        </>
      )}
    </>
  );
}
