import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { ProblemAlert } from '../forms/ProblemAlert';
import { NeverAsksNotice } from './shared';
import { api } from '../api';

/** County staff: the county's messages, with how many providers have read and acknowledged each. */
export function StaffMessagesPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('messaging.sentTitle'));
  const list = useQuery(api.messages.countyThreads.query());
  return (
    <>
      <h1>{t('messaging.sentTitle')}</h1>
      <NeverAsksNotice />
      <p>
        <Link className="usa-button" to="/staff/messages/new">
          {t('messaging.composeTitle')}
        </Link>
      </p>
      {list.isPending && <Loading />}
      <ProblemAlert slim error={list.error} />
      {list.data?.threads.length === 0 && <p>{t('messaging.noneSent')}</p>}
      {list.data && list.data.threads.length > 0 && (
        <ul className="usa-list usa-list--unstyled thread-list">
          {list.data.threads.map((thread) => (
            <li key={thread.threadId} className="thread-item">
              <h2 className="thread-item__subject">
                <Link to={`/staff/messages/${thread.threadId}`}>{thread.subject}</Link>
              </h2>
              <p className="thread-item__meta">
                {thread.audienceLabel} · {thread.author} ·{' '}
                <time dateTime={thread.createdAt}>{formatDateTime(thread.createdAt, i18n.language)}</time>
              </p>
              <p>
                {thread.requiresAck
                  ? t('messaging.readAckCounts', { read: thread.read, acknowledged: thread.acknowledged, total: thread.recipients })
                  : t('messaging.readCounts', { read: thread.read, total: thread.recipients })}
                {thread.repliesWaiting > 0 && (
                  <>
                    <br />
                    <strong>{t('messaging.repliesWaiting', { count: thread.repliesWaiting })}</strong>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
