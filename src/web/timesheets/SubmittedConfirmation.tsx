import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimesheetView } from '../../contracts/timesheets';
import { recipientDecisionDue } from '../../domain/index';
import { formatDay } from './format';

/**
 * After "Submit": the confirmation near the top of the page, which takes focus so the provider sees it (the view
 * scrolls to it from the button at the bottom) and a screen reader announces it, with what happens next and the day
 * the recipient is asked to decide by. Moving focus to the heading is what makes it read out (WCAG 2.1 SC 2.4.3, Focus
 * Order; a live region added with its text is often not announced).
 */
export function SubmittedConfirmation({ view, submittedAt }: { view: TimesheetView; submittedAt: string }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = `${view.recipient.firstName} ${view.recipient.lastName}`;
  return (
    <div className="usa-alert usa-alert--success margin-y-2">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" ref={heading} tabIndex={-1} id="submitted-heading">
          {view.supersedesId === null ? t('submitted.heading', { name }) : t('submitted.correctionHeading', { name })}
        </h2>
        <p className="usa-alert__text">{t('submitted.next', { name, date: formatDay(recipientDecisionDue(submittedAt), i18n.language) })}</p>
      </div>
    </div>
  );
}
