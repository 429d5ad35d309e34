import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formIssue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { formatDateTime } from '../i18n/format';
import { api, ApiError } from '../api';

/** A developer's window on the demo mail (set-up and reset codes), which exists only in demo mode. */
export function DevOutboxPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('outbox.title'));
  const issueText = useIssueText();
  const outbox = useQuery(api.mail.outbox.query());
  const messages = [...(outbox.data?.messages ?? [])].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

  return (
    <>
      <h1>{t('outbox.title')}</h1>
      <div className="usa-alert usa-alert--warning usa-alert--slim">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('outbox.devNote')}</p>
        </div>
      </div>
      <p>
        <button type="button" className="usa-button usa-button--outline margin-top-2" onClick={() => void outbox.refetch()}>
          {t('outbox.refresh')}
        </button>
      </p>
      {outbox.isPending && <Loading />}
      {outbox.isError && (
        <p role="alert">
          {outbox.error instanceof ApiError && outbox.error.status === 404 ? t('outbox.unavailable') : issueText(formIssue(outbox.error))}
        </p>
      )}
      {outbox.data && messages.length === 0 && <p>{t('outbox.empty')}</p>}
      <ol className="usa-list usa-list--unstyled outbox">
        {messages.map((m) => (
          <li key={m.id} className="outbox__message">
            <h2 className="outbox__subject">{m.subject}</h2>
            <dl className="outbox__meta">
              <dt>{t('outbox.to')}</dt>
              <dd>{m.to}</dd>
              <dt>{t('outbox.sent')}</dt>
              <dd>
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt, i18n.language)}</time>
              </dd>
            </dl>
            <pre className="outbox__body">{m.body}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
