import { Alert, Button } from '../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { z } from 'zod';
import { staffReplyRequest, staffThread } from '../../contracts/messaging';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { useFormProblems } from '../forms/useFormProblems';
import { formatDateTime } from '../i18n/format';
import { ProblemAlert } from '../forms/ProblemAlert';
import { NeverAsksNotice, PostList } from './shared';
import { TextArea } from '../forms/TextArea';
import { FieldError } from '../forms/FieldError';
import { api } from '../api';

type Thread = z.infer<typeof staffThread>;
const FIELDS = [
  ['providerId', 'staff-reply-provider'],
  ['body', 'staff-reply-body'],
] as const;

/** County staff: one message, who has read and acknowledged it, and the providers' replies. */
export function StaffThreadPage() {
  const { t, i18n } = useTranslation();
  const threadId = Number(useParams().threadId);
  const sentTo = (useLocation().state as { sentTo?: number } | null)?.sentTo;
  const thread = useQuery(api.messages.countyThread.query({ params: { threadId } }));
  usePageTitle(thread.data?.subject ?? t('messaging.sentTitle'));
  const back = (
    <p>
      <Link to="/staff/messages">{t('messaging.backToSent')}</Link>
    </p>
  );
  if (thread.isPending) return <Loading />;
  if (thread.isError) {
    return (
      <>
        <h1>{t('messaging.sentTitle')}</h1>
        <ProblemAlert slim error={thread.error} />
        {back}
      </>
    );
  }
  const data = thread.data;
  const names = new Map(data.recipientStatus.map((r) => [r.providerId, r.name]));
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('messaging.notYet'));
  return (
    <>
      {back}
      <h1>{data.subject}</h1>
      {sentTo !== undefined && (
        <Alert type="success" headingLevel="h2" slim>
          {t('messaging.sentTo', { count: sentTo })}
        </Alert>
      )}
      <p className="thread-item__meta">
        {data.audienceLabel} · {data.author}
      </p>
      <NeverAsksNotice />
      <p>
        {data.requiresAck
          ? t('messaging.readAckCounts', { read: data.read, acknowledged: data.acknowledged, total: data.recipients })
          : t('messaging.readCounts', { read: data.read, total: data.recipients })}
      </p>
      <h2>{t('messaging.postsHeading')}</h2>
      <PostList
        posts={data.posts}
        labelFor={(p) => (p.providerId ? t('messaging.conversationWith', { name: names.get(p.providerId) ?? p.providerId }) : null)}
      />
      <StaffReplyForm thread={data} />
      <h2>{t('messaging.statusHeading')}</h2>
      <table className="usa-table usa-table--stacked usa-table--borderless width-full">
        <caption className="usa-sr-only">{t('messaging.statusCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('messaging.provider')}</th>
            <th scope="col">{t('messaging.readAt')}</th>
            {data.requiresAck && <th scope="col">{t('messaging.acknowledgedAt')}</th>}
            <th scope="col">{t('messaging.reply')}</th>
          </tr>
        </thead>
        <tbody>
          {data.recipientStatus.map((r) => (
            <tr key={r.providerId}>
              <th scope="row" data-label={t('messaging.provider')}>
                {r.name} ({r.providerId})
              </th>
              <td data-label={t('messaging.readAt')}>{when(r.readAt)}</td>
              {data.requiresAck && <td data-label={t('messaging.acknowledgedAt')}>{when(r.acknowledgedAt)}</td>}
              <td data-label={t('messaging.reply')}>{r.replyWaiting ? t('messaging.replyWaiting') : t('messaging.noReplyWaiting')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function StaffReplyForm({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // A message to one provider needs no choice; in a broadcast the reply goes to whoever is picked.
  const single = thread.recipientStatus.length === 1 ? thread.recipientStatus[0]!.providerId : null;
  const waiting = thread.recipientStatus.find((r) => r.replyWaiting)?.providerId ?? '';
  const [providerId, setProviderId] = useState(single ?? waiting);
  const [body, setBody] = useState('');
  const form = useFormProblems(FIELDS);
  const reply = useMutation({
    mutationFn: (input: z.output<typeof staffReplyRequest>) => api.messages.staffReply({ params: { threadId: thread.threadId }, body: input }),
    onSuccess: () => {
      setBody('');
      void queryClient.invalidateQueries({ queryKey: api.messages.countyThread.key({ params: { threadId: thread.threadId } }) });
    },
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!providerId) return form.invalid({ providerId: { code: 'required' } });
    const result = check(staffReplyRequest, { body, providerId });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    reply.mutate(result.data);
  };
  const providerError = form.errorOf('providerId');
  return (
    <form className="usa-form usa-form--large reply-form" onSubmit={submit} noValidate>
      <h2>{t('messaging.staffReplyHeading')}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <div role="status">
        {reply.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('messaging.replySent')}
          </Alert>
        )}
      </div>
      {single === null && (
        <div className={`usa-form-group${providerError ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="staff-reply-provider">
            {t('messaging.replyTo')}
          </label>
          <FieldError id="staff-reply-provider-error" error={providerError} />
          <select
            id="staff-reply-provider"
            className="usa-select"
            value={providerId}
            onChange={(e) => setProviderId(e.target.value)}
            aria-describedby={providerError ? 'staff-reply-provider-error' : undefined}
            aria-invalid={providerError ? true : undefined}
          >
            <option value="">{t('messaging.chooseProvider')}</option>
            {thread.recipientStatus.map((r) => (
              <option key={r.providerId} value={r.providerId}>
                {r.name} ({r.providerId}){r.replyWaiting ? ` · ${t('messaging.replyWaiting')}` : ''}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextArea id="staff-reply-body" label={t('messaging.staffReplyLabel')} value={body} onChange={(e) => setBody(e.target.value)} error={form.errorOf('body')} />
      <Button type="submit" className="margin-top-2" disabled={reply.isPending}>
        {t('messaging.sendReply')}
      </Button>
    </form>
  );
}
