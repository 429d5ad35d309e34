import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { inboxItem } from '../../contracts/messaging';
import { formatDateTime } from '../i18n/format';
import { useLatestCounts } from './live';
import { api } from '../api';

export function useInbox(limit: number) {
  return useQuery(api.messages.inbox.query({ query: { limit } }));
}

/**
 * The stream only says that something arrived; the list is fetched again when the person asks, so that
 * the live stream never keeps a session alive by itself.
 */
export function NewArrivals({ shown, onShow }: { shown: number; onShow(): void }) {
  const { t } = useTranslation();
  const live = useLatestCounts();
  const arrived = live !== undefined && live.unreadMessages > shown;
  return (
    <div role="status">
      {arrived && (
        <p className="new-arrivals">
          {t('messaging.newArrived')}{' '}
          <button type="button" className="usa-button usa-button--unstyled" onClick={onShow}>
            {t('messaging.showNew')}
          </button>
        </p>
      )}
    </div>
  );
}

type Item = z.infer<typeof inboxItem>;

/** Threads, newest first; unread and waiting-for-acknowledgement are said in words, not only by style. */
export function ThreadList({ threads, headingLevel }: { threads: Item[]; headingLevel: 'h2' | 'h3' }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel;
  return (
    <ul className="usa-list usa-list--unstyled thread-list">
      {threads.map((thread) => {
        const toAck = thread.requiresAck && thread.acknowledgedAt === null;
        return (
          <li key={thread.threadId} className={`thread-item${thread.unread ? ' thread-item--unread' : ''}`}>
            <Heading className="thread-item__subject">
              <Link to={`/messages/${thread.threadId}`}>{thread.subject}</Link>
            </Heading>
            {(thread.unread || toAck) && (
              <p className="thread-item__tags">
                {thread.unread && <span className="usa-tag thread-tag">{t('messaging.unread')}</span>}
                {toAck && <span className="usa-tag thread-tag thread-tag--ack">{t('messaging.needsAck')}</span>}
              </p>
            )}
            <p className="thread-item__meta">
              {thread.from} · <time dateTime={thread.lastPostAt}>{formatDateTime(thread.lastPostAt, i18n.language)}</time>
            </p>
            <p className="thread-item__preview">{thread.preview}</p>
          </li>
        );
      })}
    </ul>
  );
}
