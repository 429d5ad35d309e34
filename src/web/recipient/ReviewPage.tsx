import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { recipientDecisionRequest } from '../../contracts/recipient-review';
import type { TimesheetView } from '../../contracts/timesheets';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { DaysTable } from '../timesheets/DaysTable';
import { formatMinutes, formatSpan } from '../timesheets/format';
import { StatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ReasonField } from './ReasonField';
import { useReasonedDecision } from './useReasonedDecision';
import { api, groupKey } from '../api';

/** One submitted timesheet as the recipient sees it: days, hours and travel, then "Approve" or "Reject" with a reason. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(api.timesheets.get.query({ params: { timesheetId: Number(id) } }));
  usePageTitle(t('review.page.title'));
  if (query.isPending) return <Loading />;
  const view = query.data;
  if (!view) {
    return (
      <>
        <h1>{t('review.page.title')}</h1>
        <ProblemAlert error={query.error} />
      </>
    );
  }
  const lang = i18n.language;
  const worked = view.days.reduce((s, d) => s + d.workedMinutes, 0);
  const travel = view.days.reduce((s, d) => s + d.travelMinutes, 0);
  return (
    <>
      <h1>{t('review.page.title')}</h1>
      <p className="margin-top-0">
        {t('review.page.from', { name: `${view.provider.firstName} ${view.provider.lastName}` })}
        <br />
        {t('timesheets.editor.period', { span: formatSpan(view.payPeriod.start, view.payPeriod.end, lang) })}
        <br />
        {t('timesheets.editor.version', { version: view.version })} <StatusText status={view.status} />
      </p>
      <p>{t('timesheets.list.hours', { worked: formatMinutes(worked, lang), travel: formatMinutes(travel, lang) })}</p>
      <DaysTable days={view.days} />
      {view.decision && (
        <div className={`usa-alert ${view.decision.decision === 'approved' ? 'usa-alert--success' : 'usa-alert--info'}`}>
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {view.decision.decision === 'approved'
                ? t('review.page.youApproved', { at: formatDateTime(view.decision.decidedAt, lang) })
                : t('review.page.youRejected', { at: formatDateTime(view.decision.decidedAt, lang) })}
            </p>
            {view.decision.reason && <p className="usa-alert__text">{t('timesheets.editor.rejectedReason', { reason: view.decision.reason })}</p>}
          </div>
        </div>
      )}
      {view.status === 'submitted' && !view.decision && <DecisionForm view={view} />}
      <p className="margin-top-4">
        <Link to="/review">{t('review.page.back')}</Link>
      </p>
    </>
  );
}

function DecisionForm({ view }: { view: TimesheetView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const decision = useReasonedDecision('decision-reason', recipientDecisionRequest, async (body) => {
    const next = await api.recipientReview.decide({ params: { timesheetId: view.id }, body });
    queryClient.setQueryData(api.timesheets.get.key({ params: { timesheetId: next.id } }), next);
    await Promise.all([queryClient.invalidateQueries({ queryKey: groupKey('recipientReview') }), queryClient.invalidateQueries({ queryKey: api.sickLeave.recipientClaims.key() })]);
  });

  return (
    <section className="margin-top-4" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('review.page.decisionHeading')}</h2>
      <p className="measure-5">{t('review.page.decisionIntro')}</p>
      <ReasonField
        id="decision-reason"
        hint={t('review.page.reasonHint')}
        value={decision.reason}
        error={decision.reasonError}
        onChange={decision.changeReason}
      />
      <ProblemAlert problem={decision.problem} slim />
      <div className="timesheet-actions">
        <button type="button" className="usa-button" disabled={decision.pending} onClick={() => decision.decide('approve')}>
          {t('review.approve')}
        </button>
        <button type="button" className="usa-button usa-button--secondary" disabled={decision.pending} onClick={() => decision.decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
    </section>
  );
}
