import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { StepIndicator } from './uswds';

/**
 * The USWDS step indicator of a multi-step form. Its heading ("Step 2 of 4 Add your email") takes focus
 * when the step changes, so screen-reader users know the page moved on.
 */
export function StepProgress({ labels, current }: { labels: string[]; current: number }) {
  const { t } = useTranslation();
  useEffect(() => {
    if (current > 0) document.getElementById('step-heading')?.focus();
  }, [current]);
  return (
    <StepIndicator
      headingLevel="h2"
      headingId="step-heading"
      stepText={t('steps.step')}
      ofText={t('steps.of')}
      statusText={{ complete: t('steps.complete'), incomplete: t('steps.incomplete') }}
      steps={labels.map((label, i) => ({ label, status: i < current ? 'complete' : i === current ? 'current' : 'incomplete' }))}
    />
  );
}
