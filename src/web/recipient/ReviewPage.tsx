import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { timesheetView, type TimesheetView } from '../../contracts/timesheets';
import { get, post } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formIssue, type Issue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { formatDateTime } from '../i18n/format';
import { DaysTable } from '../timesheets/DaysTable';
import { formatMinutes, formatSpan } from '../timesheets/format';
import { timesheetKey } from '../timesheets/model';
import { StatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ReasonField } from './ReasonField';

/** One submitted timesheet as the recipient sees it: days, hours and travel, then "Approve" or "Reject" with a reason. */
export function ReviewPage() {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: timesheetKey(id), queryFn: () => get(`/api/timesheets/${encodeURIComponent(id)}`, timesheetView) });
  usePageTitle(t('review.page.title'));
  if (query.isPending) return <Loading />;
  const view = query.data;
  if (!view) {
    return (
      <>
        <h1>{t('review.page.title')}</h1>
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{issueText(formIssue(query.error))}</p>
          </div>
        </div>
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
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState(false);
  const [problem, setProblem] = useState<Issue | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(decision: 'approve' | 'reject') {
    if (decision === 'reject' && reason.trim().length < 3) {
      setReasonError(true);
      document.getElementById('decision-reason')?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const next = await post(`/api/recipient/timesheets/${view.id}/decision`, decision === 'reject' ? { decision, reason: reason.trim() } : { decision }, timesheetView);
      queryClient.setQueryData(timesheetKey(next.id), next);
      await queryClient.invalidateQueries({ queryKey: ['review'] });
    } catch (error) {
      setProblem(formIssue(error));
      setBusy(false);
    }
  }

  return (
    <section className="margin-top-4" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('review.page.decisionHeading')}</h2>
      <p className="measure-5">{t('review.page.decisionIntro')}</p>
      <ReasonField
        id="decision-reason"
        hint={t('review.page.reasonHint')}
        value={reason}
        invalid={reasonError}
        onChange={(value) => {
          setReason(value);
          setReasonError(false);
        }}
      />
      <div role="alert">{problem && <p className="usa-error-message">{issueText(problem)}</p>}</div>
      <div className="timesheet-actions">
        <button type="button" className="usa-button" disabled={busy} onClick={() => void decide('approve')}>
          {t('review.approve')}
        </button>
        <button type="button" className="usa-button usa-button--secondary" disabled={busy} onClick={() => void decide('reject')}>
          {t('review.reject')}
        </button>
      </div>
    </section>
  );
}
