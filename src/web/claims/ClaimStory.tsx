import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { ClaimStory, PlacedReason } from '../../contracts/claims';
import type { TimesheetStatus } from '../../domain/index';
import { workweekOf } from '../../domain/calendar';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatDateTime } from '../i18n/format';
import { formatDay, formatSpan } from '../timesheets/format';
import { showNewVersion } from '../timesheets/refresh';
import { StatusText } from '../timesheets/StatusText';
import { api } from '../api';

/** Who decided, in a sentence: the recipient by name, or the county. */
export function useDecidedText() {
  const { t, i18n } = useTranslation();
  return (story: ClaimStory, status: TimesheetStatus): string | null => {
    if (!story.decidedBy || !story.decidedAt) return null;
    const at = formatDateTime(story.decidedAt, i18n.language);
    const name = story.deciderName ?? '';
    if (story.decidedBy === 'recipient') return story.returned ? t('story.recipientReturned', { name, at }) : t('story.recipientApproved', { name, at });
    if (story.returned || status === 'denied') return name ? t('story.countyDenied', { county: name, at }) : t('story.countyDeniedNoName', { at });
    return t('story.countyApproved', { county: name, at });
  };
}

/** Where a reason points in the timesheet: its day, or its workweek. */
export function useReasonPlace() {
  const { t, i18n } = useTranslation();
  return (r: Pick<PlacedReason, 'date' | 'weekStart'>): string | null =>
    r.date ? t('story.onDay', { day: formatDay(r.date, i18n.language) }) : r.weekStart ? t('story.onWeek', { span: formatSpan(r.weekStart, workweekOf(r.weekStart).end, i18n.language) }) : null;
}

/** The county's reasons, each with the day or week it concerns and what to change. */
export function StoryReasons({ reasons }: { reasons: readonly PlacedReason[] }) {
  const { t } = useTranslation();
  const place = useReasonPlace();
  if (reasons.length === 0) return null;
  return (
    <>
      <p className="usa-alert__text text-bold">{t('story.reasonsHeading', { count: reasons.length })}</p>
      <ul className="usa-list">
        {reasons.map((r) => (
          <li key={r.code}>
            <strong>{r.title}</strong>
            {place(r) && (
              <>
                <br />
                {place(r)}
              </>
            )}
            <br />
            {t('story.whatToChange')} {r.howToFix}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Who sent it back and why: the recipient's reason, or the county's reasons and note. */
export function WhyReturned({ story }: { story: ClaimStory }) {
  const { t } = useTranslation();
  return (
    <>
      {story.note && (
        <p className="usa-alert__text">{story.decidedBy === 'recipient' ? t('story.recipientReason', { reason: story.note }) : t('story.countyNote', { note: story.note })}</p>
      )}
      <StoryReasons reasons={story.reasons} />
    </>
  );
}

const ALERT = (story: ClaimStory) =>
  story.returned ? 'usa-alert--error' : story.nextStep === 'wait_payment' || story.nextStep === 'wait_bank' || story.nextStep === 'paid' ? 'usa-alert--success' : 'usa-alert--info';

/**
 * A version's story, the same on the timesheet page and the claim page: its status, who decided, why, and the next
 * step with the way to take it. A returned version is never shown as a success, whatever came before the return.
 */
export function ClaimStoryPanel({
  id,
  status,
  story,
  recipientName,
  newerId,
}: {
  id: number;
  status: TimesheetStatus;
  story: ClaimStory;
  recipientName: string;
  newerId: number | null;
}) {
  const { t, i18n } = useTranslation();
  const decided = useDecidedText()(story, status);
  const values = { name: recipientName };
  const next: Record<ClaimStory['nextStep'], string> = {
    submit: t('story.next.submit', values),
    wait_recipient: story.recipientDecideBy
      ? t('story.next.wait_recipient', { ...values, date: formatDay(story.recipientDecideBy, i18n.language) })
      : t('story.next.wait_recipient_noDate', values),
    wait_county: t('story.next.wait_county'),
    correct: t('story.next.correct'),
    correcting: t('story.next.correcting'),
    wait_payment: t('story.next.wait_payment'),
    wait_bank: t('story.next.wait_bank'),
    paid: t('story.next.paid'),
    replaced: t('story.next.replaced'),
  };
  return (
    <section className={`usa-alert ${ALERT(story)} margin-y-2`} aria-labelledby={`story-${id}`}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={`story-${id}`}>
          {t('story.heading')} <StatusText status={status} />
        </h2>
        {decided && <p className="usa-alert__text">{decided}</p>}
        <WhyReturned story={story} />
        <p className="usa-alert__text text-bold">{next[story.nextStep]}</p>
        {story.nextStep === 'correct' && <CorrectButton id={id} />}
        {story.nextStep === 'correcting' && story.correctionId !== null && (
          <p className="usa-alert__text">
            <Link className="usa-button" to={`/timesheets/${story.correctionId}`}>
              {t('story.openCorrection')}
            </Link>
          </p>
        )}
        {story.nextStep === 'replaced' && newerId !== null && (
          <p className="usa-alert__text">
            <Link to={`/timesheets/${newerId}`}>{t('timesheets.editor.seeNewest')}</Link>
          </p>
        )}
      </div>
    </section>
  );
}

/** "Correct and resubmit": a new version filled in from this one, opened in the timesheet editor. */
function CorrectButton({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const correct = useMutation({
    mutationFn: () => api.timesheets.correct({ params: { timesheetId: id } }),
    onSuccess: async (next) => {
      await showNewVersion(queryClient, next);
      await navigate(`/timesheets/${next.id}`);
    },
  });
  return (
    <>
      <button type="button" className="usa-button margin-top-1" disabled={correct.isPending} onClick={() => correct.mutate()}>
        {correct.isPending ? t('story.correcting') : t('claims.timeline.correctAndResubmit')}
      </button>
      <ProblemAlert error={correct.error} />
    </>
  );
}
