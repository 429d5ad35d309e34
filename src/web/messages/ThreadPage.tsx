import { Alert, Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { replyRequest } from '../../contracts/messaging';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useFormProblems } from '../forms/useFormProblems';
import { formatDateTime } from '../i18n/format';
import { NeverAsksNotice, PostList } from './shared';
import { TextArea } from '../forms/TextArea';
import { api } from '../api';

const FIELDS = [['body', 'reply-body']] as const;

/** Provider: one message and its replies. Opening it marks it read; it may ask to be acknowledged. */
export function ThreadPage() {
  const { t, i18n } = useTranslation();
  const threadId = Number(useParams().threadId);
  const queryClient = useQueryClient();
  const thread = useQuery(api.messages.thread.query({ params: { threadId } }));
  usePageTitle(thread.data?.subject ?? t('messaging.inboxTitle'));
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: api.messages.thread.key({ params: { threadId } }) });
    void queryClient.invalidateQueries({ queryKey: api.messages.inbox.key(), refetchType: 'none' });
  };

  const markRead = useMutation({ mutationFn: () => api.messages.markRead({ params: { threadId } }), onSuccess: refresh });
  // Once per opening, even though React runs effects twice in development.
  const marked = useRef(false);
  const unread = thread.data !== undefined && thread.data.readAt === null;
  useEffect(() => {
    if (unread && !marked.current) {
      marked.current = true;
      markRead.mutate();
    }
  }, [unread, markRead]);

  const acknowledge = useMutation({ mutationFn: () => api.messages.acknowledge({ params: { threadId } }), onSuccess: refresh });

  if (thread.isPending) return <Loading />;
  if (thread.isError) {
    return (
      <>
        <h1>{t('messaging.inboxTitle')}</h1>
        <ProblemAlert slim error={thread.error} />
        <p>
          <Link to="/messages">{t('messaging.backToInbox')}</Link>
        </p>
      </>
    );
  }
  const data = thread.data;
  return (
    <>
      <p>
        <Link to="/messages">{t('messaging.backToInbox')}</Link>
      </p>
      <h1>{data.subject}</h1>
      <p className="thread-item__meta">{t('messaging.fromLine', { from: data.from })}</p>
      <NeverAsksNotice />
      <PostList posts={data.posts} />
      {data.requiresAck && (
        <section className="ack-box" aria-labelledby="ack-heading">
          <h2 id="ack-heading">{t('messaging.ackHeading')}</h2>
          <div role="status">{data.acknowledgedAt && <p>{t('messaging.acknowledgedOn', { at: formatDateTime(data.acknowledgedAt, i18n.language) })}</p>}</div>
          {!data.acknowledgedAt && (
            <>
              <ProblemAlert slim error={acknowledge.error} />
              <p>{t('messaging.ackExplain')}</p>
              <Button type="button" disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
                {t('messaging.acknowledge')}
              </Button>
            </>
          )}
        </section>
      )}
      <ReplyForm threadId={threadId} onSent={refresh} />
    </>
  );
}

function ReplyForm({ threadId, onSent }: { threadId: number; onSent(): void }) {
  const { t } = useTranslation();
  const [body, setBody] = useState('');
  const form = useFormProblems(FIELDS);
  const reply = useMutation({
    mutationFn: (input: { body: string }) => api.messages.reply({ params: { threadId }, body: input }),
    onSuccess: () => {
      setBody('');
      onSent();
    },
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(replyRequest, { body });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    reply.mutate(result.data);
  };
  return (
    <form className="usa-form usa-form--large reply-form" onSubmit={submit} noValidate>
      <h2>{t('messaging.replyHeading')}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <div role="status">
        {reply.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('messaging.replySent')}
          </Alert>
        )}
      </div>
      <TextArea
        id="reply-body"
        label={t('messaging.replyLabel')}
        hint={t('messaging.replyHint')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={form.errorOf('body')}
      />
      <Button type="submit" className="margin-top-2" disabled={reply.isPending}>
        {t('messaging.sendReply')}
      </Button>
    </form>
  );
}
