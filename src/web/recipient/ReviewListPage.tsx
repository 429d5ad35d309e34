import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sickLeaveDecisionRequest, type sickLeaveOverview } from '../../contracts/sick-leave';
import type { z } from 'zod';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDay, formatMinutes, formatSpan } from '../timesheets/format';
import { StatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ReasonField } from './ReasonField';
import { useReasonedDecision } from './useReasonedDecision';
import { api, groupKey } from '../api';

/** The recipient's list: timesheets their providers submitted (waiting first), and sick leave to confirm. */
export function ReviewListPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('review.list.title'));
  const list = useQuery(api.recipientReview.list.query());
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
      {list.isError && <ProblemAlert error={list.error} />}
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
  const claims = useQuery(api.sickLeave.recipientClaims.query());
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
  const queryClient = useQueryClient();
  const id = `claim-${claim.id}`;
  const decision = useReasonedDecision(`${id}-reason`, sickLeaveDecisionRequest, async (body) => {
    await api.sickLeave.decide({ params: { claimId: claim.id }, body });
    await Promise.all([queryClient.invalidateQueries({ queryKey: groupKey('recipientReview') }), queryClient.invalidateQueries({ queryKey: api.sickLeave.recipientClaims.key() })]);
  });

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
        value={decision.reason}
        error={decision.reasonError}
        onChange={decision.changeReason}
      />
      <ProblemAlert problem={decision.problem} slim />
      <button type="button" className="usa-button" disabled={decision.pending} onClick={() => decision.decide('confirm')}>
        {t('review.sick.confirm')}
      </button>
      <button type="button" className="usa-button usa-button--secondary" disabled={decision.pending} onClick={() => decision.decide('reject')}>
        {t('review.reject')}
      </button>
    </div>
  );
}
