import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { recipientDecisionRequest } from '../../contracts/recipient-review';
import type { TimesheetView } from '../../contracts/timesheets';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { DaysTable } from '../timesheets/DaysTable';
import { formatDay, formatMinutes, formatSpan } from '../timesheets/format';
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
  const [confirming, setConfirming] = useState(false);
  const approveButton = useRef<HTMLButtonElement>(null);
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
        <button
          ref={approveButton}
          type="button"
          className="usa-button"
          aria-expanded={confirming}
          aria-controls="approve-confirmation"
          disabled={decision.pending}
          onClick={() => setConfirming(true)}
        >
          {t('review.approve')}
        </button>
        <button type="button" className="usa-button usa-button--secondary" disabled={decision.pending} onClick={() => decision.decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
      {confirming && (
        <ApproveConfirmation
          view={view}
          pending={decision.pending}
          onConfirm={() => decision.decide('approve')}
          onCancel={() => {
            setConfirming(false);
            approveButton.current?.focus();
          }}
        />
      )}
    </section>
  );
}

/**
 * "Approve" asks first: the recipient's approval is their signature on the provider's hours, so it shows what is
 * signed (provider, period, each day's hours, the total) and is given only by the second button.
 */
function ApproveConfirmation({ view, pending, onConfirm, onCancel }: { view: TimesheetView; pending: boolean; onConfirm(): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const days = view.days.filter((d) => d.workedMinutes > 0 || d.travelMinutes > 0);
  const worked = view.days.reduce((s, d) => s + d.workedMinutes, 0);
  const travel = view.days.reduce((s, d) => s + d.travelMinutes, 0);
  return (
    <div id="approve-confirmation" className="usa-summary-box margin-top-3" role="region" aria-labelledby="approve-confirmation-heading">
      <div className="usa-summary-box__body">
        <h3 id="approve-confirmation-heading" className="usa-summary-box__heading" ref={heading} tabIndex={-1}>
          {t('approval.heading')}
        </h3>
        <p>
          {t('approval.intro', { name: `${view.provider.firstName} ${view.provider.lastName}`, span: formatSpan(view.payPeriod.start, view.payPeriod.end, lang) })}
        </p>
        {days.length === 0 ? (
          <p>{t('approval.noDays')}</p>
        ) : (
          <table className="usa-table usa-table--borderless usa-table--compact width-full">
            <thead>
              <tr>
                <th scope="col">{t('approval.day')}</th>
                <th scope="col">{t('approval.hours')}</th>
                <th scope="col">{t('approval.travel')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <th scope="row">{formatDay(d.date, lang)}</th>
                  <td>{formatMinutes(d.workedMinutes, lang)}</td>
                  <td>{formatMinutes(d.travelMinutes, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('approval.total')}</th>
                <td>{formatMinutes(worked, lang)}</td>
                <td>{formatMinutes(travel, lang)}</td>
              </tr>
            </tfoot>
          </table>
        )}
        <p className="text-bold">{t('approval.totalLine', { worked: formatMinutes(worked, lang), travel: formatMinutes(travel, lang) })}</p>
        <div className="timesheet-actions">
          <button type="button" className="usa-button" disabled={pending} onClick={onConfirm}>
            {t('approval.confirm')}
          </button>
          <button type="button" className="usa-button usa-button--unstyled" onClick={onCancel}>
            {t('approval.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
