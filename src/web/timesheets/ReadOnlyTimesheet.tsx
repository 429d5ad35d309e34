import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TimesheetView } from '../../contracts/timesheets';
import { CORRECTABLE_STATES } from '../../domain/index';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { DaysTable } from './DaysTable';
import { FindingList } from './FindingBox';
import { showNewVersion } from './refresh';
import { TotalsPanel } from './TotalsPanel';
import { api } from '../api';

/** A submitted version as the provider sees it: where it stands with the recipient, its days and totals, and "Correct". */
export function ReadOnlyTimesheet({ view }: { view: TimesheetView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = `${view.recipient.firstName} ${view.recipient.lastName}`;
  const canCorrect = CORRECTABLE_STATES.includes(view.status) && view.supersededById === null;
  const correct = useMutation({
    mutationFn: () => api.timesheets.correct({ params: { timesheetId: view.id } }),
    onSuccess: async (next) => {
      await showNewVersion(queryClient, next);
      await navigate(`/timesheets/${next.id}`);
    },
  });

  return (
    <>
      <DecisionNotice view={view} name={name} />
      <h2>{t('timesheets.editor.daysHeading')}</h2>
      <DaysTable days={view.days} />
      {view.findings.length > 0 && (
        <>
          <h2>{t('timesheets.editor.generalFindings')}</h2>
          <FindingList findings={view.findings} />
        </>
      )}
      {view.totals && <TotalsPanel totals={view.totals} live={false} />}
      {canCorrect && (
        <div className="timesheet-actions">
          <p className="measure-5">{t('timesheets.editor.correctHint')}</p>
          <button type="button" className="usa-button" disabled={correct.isPending} onClick={() => correct.mutate()}>
            {view.status === 'rejected_by_recipient' || view.status === 'denied' ? t('timesheets.editor.correctAndResubmit') : t('timesheets.editor.correct')}
          </button>
        </div>
      )}
      <ProblemAlert error={correct.error} />
      {view.submittedAt && <p className="usa-hint">{t('timesheets.editor.submittedAt', { at: formatDateTime(view.submittedAt, lang) })}</p>}
    </>
  );
}

/** Where the timesheet stands with the recipient, and their reason when they rejected it. */
function DecisionNotice({ view, name }: { view: TimesheetView; name: string }) {
  const { t, i18n } = useTranslation();
  const at = view.decision ? formatDateTime(view.decision.decidedAt, i18n.language) : '';
  if (view.status === 'superseded') {
    return (
      <div className="usa-alert usa-alert--info">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {t('timesheets.editor.supersededNotice')}{' '}
            {view.supersededById !== null && <Link to={`/timesheets/${view.supersededById}`}>{t('timesheets.editor.seeNewest')}</Link>}
          </p>
          {view.decision?.reason && <p className="usa-alert__text">{t('timesheets.editor.rejectedReason', { reason: view.decision.reason })}</p>}
        </div>
      </div>
    );
  }
  if (view.decision?.decision === 'approved') {
    return (
      <div className="usa-alert usa-alert--success">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('timesheets.editor.approvedNotice', { name, at })}</p>
        </div>
      </div>
    );
  }
  if (view.decision?.decision === 'rejected') {
    return (
      <div className="usa-alert usa-alert--error">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('timesheets.editor.rejectedNotice', { name, at })}</p>
          <p className="usa-alert__text">{t('timesheets.editor.rejectedReason', { reason: view.decision.reason ?? '' })}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="usa-alert usa-alert--info">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('timesheets.editor.waitingNotice', { name })}</p>
      </div>
    </div>
  );
}
