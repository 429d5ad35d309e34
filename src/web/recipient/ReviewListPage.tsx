import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sickLeaveClaimList, sickLeaveClaimView, type sickLeaveOverview } from '../../contracts/sick-leave';
import { timesheetList } from '../../contracts/timesheets';
import type { z } from 'zod';
import { get, post } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formIssue, type Issue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { formatDay, formatMinutes, formatSpan } from '../timesheets/format';
import { StatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ReasonField } from './ReasonField';

export const REVIEW_KEY = ['review', 'timesheets'] as const;
export const SICK_CLAIMS_KEY = ['review', 'sick-leave'] as const;

/** The recipient's list: timesheets their providers submitted (waiting first), and sick leave to confirm. */
export function ReviewListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('review.list.title'));
  const issueText = useIssueText();
  const list = useQuery({ queryKey: REVIEW_KEY, queryFn: () => get('/api/recipient/timesheets', timesheetList) });
  const all = [...(list.data?.timesheets ?? [])].sort((a, b) => (a.payPeriod.start < b.payPeriod.start ? 1 : -1));
  const waiting = all.filter((ts) => ts.status === 'submitted');
  const decided = all.filter((ts) => ts.status !== 'submitted');
  const item = (ts: (typeof all)[number]) => (
    <li key={ts.id} className="padding-y-1 border-bottom-1px border-base-lighter">
      <Link to={`/review/${ts.id}`}>
        {t('review.list.itemLink', {
          name: `${ts.provider.firstName} ${ts.provider.lastName}`,
          span: formatSpan(ts.payPeriod.start, ts.payPeriod.end, i18n.language),
          version: ts.version,
        })}
      </Link>{' '}
      <StatusText status={ts.status} />
      <br />
      {t('timesheets.list.hours', { worked: formatMinutes(ts.workedMinutes, i18n.language), travel: formatMinutes(ts.travelMinutes, i18n.language) })}
    </li>
  );
  return (
    <>
      <h1>{t('review.list.title')}</h1>
      <p className="measure-5">{t('review.list.intro')}</p>
      {list.isPending && <Loading />}
      {list.isError && (
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{issueText(formIssue(list.error))}</p>
          </div>
        </div>
      )}
      <h2>{t('review.list.waitingHeading')}</h2>
      {list.data && waiting.length === 0 && <p>{t('review.list.waitingEmpty')}</p>}
      <ul className="usa-list usa-list--unstyled">{waiting.map(item)}</ul>
      <SickLeaveToConfirm />
      {decided.length > 0 && (
        <>
          <h2>{t('review.list.decidedHeading')}</h2>
          <ul className="usa-list usa-list--unstyled">{decided.map(item)}</ul>
        </>
      )}
    </>
  );
}

type Claim = z.infer<typeof sickLeaveOverview>['claims'][number];

function SickLeaveToConfirm() {
  const { t } = useTranslation();
  const claims = useQuery({ queryKey: SICK_CLAIMS_KEY, queryFn: () => get('/api/recipient/sick-leave', sickLeaveClaimList) });
  const pending = (claims.data?.claims ?? []).filter((c) => c.status === 'pending');
  return (
    <section aria-labelledby="sick-heading">
      <h2 id="sick-heading">{t('review.sick.heading')}</h2>
      {claims.data && pending.length === 0 && <p>{t('review.sick.empty')}</p>}
      {pending.map((c) => (
        <SickLeaveClaimDecision key={c.id} claim={c} />
      ))}
    </section>
  );
}

function SickLeaveClaimDecision({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [problem, setProblem] = useState<Issue | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `claim-${claim.id}`;

  async function decide(decision: 'confirm' | 'reject') {
    if (decision === 'reject' && reason.trim().length < 3) {
      setReasonError(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await post(`/api/recipient/sick-leave/${claim.id}/decision`, decision === 'reject' ? { decision, reason: reason.trim() } : { decision }, sickLeaveClaimView);
      await queryClient.invalidateQueries({ queryKey: ['review'] });
    } catch (error) {
      setProblem(formIssue(error));
      setBusy(false);
    }
  }

  return (
    <div className="usa-card__container padding-2 margin-bottom-2" role="group" aria-labelledby={`${id}-title`}>
      <p className="text-bold margin-top-0" id={`${id}-title`}>
        {t('review.sick.claimLine', {
          name: `${claim.provider.firstName} ${claim.provider.lastName}`,
          day: formatDay(claim.date, i18n.language),
          hours: formatMinutes(claim.minutes, i18n.language),
        })}
      </p>
      <ReasonField
        id={`${id}-reason`}
        hint={t('review.sick.reasonHint')}
        value={reason}
        invalid={reasonError}
        onChange={(value) => {
          setReason(value);
          setReasonError(false);
        }}
      />
      <div role="alert">{problem && <p className="usa-error-message">{issueText(problem)}</p>}</div>
      <button type="button" className="usa-button" disabled={busy} onClick={() => void decide('confirm')}>
        {t('review.sick.confirm')}
      </button>
      <button type="button" className="usa-button usa-button--secondary" disabled={busy} onClick={() => void decide('reject')}>
        {t('review.reject')}
      </button>
    </div>
  );
}
