import { useTranslation } from 'react-i18next';
import type { ClaimStory } from '../../contracts/claims';
import type { FindingCode, TimesheetStatus } from '../../domain/index';
import { useDecidedText, WhyReturned } from '../claims/ClaimStory';
import { placeOf } from './model';
import type { PlacedFinding } from './TimesheetEditor';

/** The county's reasons as the editor shows findings, placed by the editor's own rule, so each sits beside the day or week it concerns. */
export function returnedFindings(story: ClaimStory, period: { start: string; end: string }): PlacedFinding[] {
  return story.reasons.map((r) => ({ kind: 'returned', title: r.title, howToFix: r.howToFix, place: placeOf({ code: r.code as FindingCode, date: r.date ?? undefined, workweekStart: r.weekStart ?? undefined }, period) }));
}

/** Above a correction: who sent the version back and why, so the provider fixes what was named. */
export function CorrectionReasons({ story, status }: { story: ClaimStory; status: TimesheetStatus }) {
  const { t } = useTranslation();
  const decided = useDecidedText()(story, status);
  return (
    <section className="usa-alert usa-alert--warning margin-y-2" aria-labelledby="correction-reasons-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="correction-reasons-heading">
          {t('story.correctionHeading')}
        </h2>
        {decided && <p className="usa-alert__text">{decided}</p>}
        <WhyReturned story={story} />
        <p className="usa-alert__text">{t('story.correctionIntro')}</p>
      </div>
    </section>
  );
}
