import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { postView } from '../../contracts/messaging';
import { formatDateTime } from '../i18n/format';

/** Said on every message screen: a message that asks for a password is not from the county. */
export function NeverAsksNotice() {
  const { t } = useTranslation();
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim usa-alert--no-icon never-asks">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('messaging.neverAsks')}</p>
      </div>
    </div>
  );
}

type Post = z.infer<typeof postView>;

/** A thread's posts, oldest first. Bodies are plain text: React prints them as text, never as HTML. */
export function PostList({ posts, labelFor }: { posts: Post[]; labelFor?(post: Post): string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="post-list" aria-label={t('messaging.postsLabel')}>
      {posts.map((post) => {
        const about = labelFor?.(post);
        return (
          <li key={post.id} className={`post post--${post.author.side}`}>
            <p className="post__meta">
              <strong>{post.author.isMe ? t('messaging.you') : post.author.name}</strong>
              {' · '}
              <time dateTime={post.createdAt}>{formatDateTime(post.createdAt, i18n.language)}</time>
              {about && (
                <>
                  <br />
                  {about}
                </>
              )}
            </p>
            <div className="post__body">{post.body}</div>
          </li>
        );
      })}
    </ol>
  );
}
