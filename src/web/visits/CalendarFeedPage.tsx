import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { TapDone } from '../evv/components';
import '../evv/workday.css';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { api } from '../api';

/** The secret calendar address: made (and shown once), replaced, or stopped. */
export function CalendarFeedPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('visits.feed.title'));
  const queryClient = useQueryClient();
  const status = useQuery(api.visits.feedStatus.query());
  const [url, setUrl] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () => api.visits.createFeed(),
    onSuccess: (created) => {
      setUrl(created.url);
      setNotice(null);
      queryClient.setQueryData(api.visits.feedStatus.key(), { active: true, createdAt: created.createdAt });
    },
  });
  const revoke = useMutation({
    mutationFn: () => api.visits.revokeFeed(),
    onSuccess: () => {
      setUrl(null);
      setNotice(t('visits.feed.revoked'));
      queryClient.setQueryData(api.visits.feedStatus.key(), { active: false, createdAt: null });
    },
  });
  const problem = create.error ?? revoke.error;
  return (
    <>
      <h1>{t('visits.feed.title')}</h1>
      <p className="usa-intro">{t('visits.feed.intro')}</p>
      <TapDone message={notice} />
      <ProblemAlert error={problem} slim />
      {!status.data ? (
        <Loading />
      ) : (
        <>
          {url && <CreatedAddress url={url} />}
          {!url && (
            <p>
              {status.data.active && status.data.createdAt
                ? t('visits.feed.active', { date: formatDateTime(status.data.createdAt, i18n.language) })
                : t('visits.feed.inactive')}
            </p>
          )}
          <button type="button" className="usa-button" disabled={create.isPending} onClick={() => create.mutate()} aria-describedby={status.data.active ? 'feed-replace-hint' : undefined}>
            {status.data.active ? t('visits.feed.replace') : t('visits.feed.create')}
          </button>
          {status.data.active && (
            <p className="usa-hint" id="feed-replace-hint">
              {t('visits.feed.replaceHint')}
            </p>
          )}
          {status.data.active && (
            <section className="margin-top-4" aria-labelledby="feed-revoke">
              <h2 id="feed-revoke">{t('visits.feed.revokeHeading')}</h2>
              <p>{t('visits.feed.revokeText')}</p>
              <button type="button" className="usa-button usa-button--secondary" disabled={revoke.isPending} onClick={() => revoke.mutate()}>
                {t('visits.feed.revoke')}
              </button>
            </section>
          )}
        </>
      )}
      <p className="margin-top-4">
        <Link to="/visits">{t('visits.plan.back')}</Link>
      </p>
    </>
  );
}

function CreatedAddress({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="usa-summary-box margin-y-2" aria-labelledby="feed-created">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="feed-created">
          {t('visits.feed.createdHeading')}
        </h2>
        <p>{t('visits.feed.onceWarning')}</p>
        <label className="usa-label" htmlFor="feed-url">
          {t('visits.feed.urlLabel')}
        </label>
        <input className="usa-input feed-url" id="feed-url" readOnly value={url} onFocus={(e) => e.target.select()} />
        <button
          type="button"
          className="usa-button margin-top-1"
          onClick={() => {
            navigator.clipboard
              .writeText(url)
              .then(() => setCopied(t('visits.feed.copied')))
              .catch(() => setCopied(t('visits.feed.copyFailed')));
          }}
        >
          {t('visits.feed.copy')}
        </button>
        <p role="status">{copied}</p>
        <h3>{t('visits.feed.howHeading')}</h3>
        <ul className="usa-list">
          <li>{t('visits.feed.howIphone')}</li>
          <li>{t('visits.feed.howAndroid')}</li>
        </ul>
      </div>
    </section>
  );
}
