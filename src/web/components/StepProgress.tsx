import { StepIndicator, StepIndicatorStep } from '@trussworks/react-uswds';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

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
      counters="small"
      stepText={t('steps.step')}
      ofText={t('steps.of')}
      statusText={{ complete: t('steps.complete'), incomplete: t('steps.incomplete') }}
      headingProps={{ id: 'step-heading', tabIndex: -1 }}
    >
      {labels.map((label, i) => (
        <StepIndicatorStep key={label} label={label} status={i < current ? 'complete' : i === current ? 'current' : 'incomplete'} />
      ))}
    </StepIndicator>
  );
}
