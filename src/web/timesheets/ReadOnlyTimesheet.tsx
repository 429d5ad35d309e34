import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ClaimStory } from '../../contracts/claims';
import type { TimesheetView } from '../../contracts/timesheets';
import { CORRECTABLE_STATES } from '../../domain/index';
import { ClaimStoryPanel } from '../claims/ClaimStory';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { DaysTable } from './DaysTable';
import { FindingList } from './FindingBox';
import { showNewVersion } from './refresh';
import { TotalsPanel } from './TotalsPanel';
import { api } from '../api';

/** A submitted version as the provider sees it: its story (status, who decided, why, the next step), its days and totals, and "Correct". */
export function ReadOnlyTimesheet({ view, story }: { view: TimesheetView; story: ClaimStory | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const name = `${view.recipient.firstName} ${view.recipient.lastName}`;
  // A returned version is corrected from its story, which says why it came back; the rest from here.
  const canCorrect = CORRECTABLE_STATES.includes(view.status) && view.supersededById === null && story !== undefined && !story.returned;
  const correct = useMutation({
    mutationFn: () => api.timesheets.correct({ params: { timesheetId: view.id } }),
    onSuccess: async (next) => {
      await showNewVersion(queryClient, next);
      await navigate(`/timesheets/${next.id}`);
    },
  });

  return (
    <>
      {story && <ClaimStoryPanel id={view.id} status={view.status} story={story} recipientName={name} newerId={view.supersededById} />}
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
            {t('timesheets.editor.correct')}
          </button>
        </div>
      )}
      <ProblemAlert error={correct.error} />
      {view.submittedAt && <p className="usa-hint">{t('timesheets.editor.submittedAt', { at: formatDateTime(view.submittedAt, lang) })}</p>}
    </>
  );
}
