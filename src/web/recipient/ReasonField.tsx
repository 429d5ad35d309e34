import { useTranslation } from 'react-i18next';
import { TextArea } from '../forms/TextArea';

/** The recipient's reason for rejecting a timesheet or a sick-leave claim; typing clears the error shown. */
export function ReasonField({ id, hint, value, invalid, onChange }: { id: string; hint: string; value: string; invalid: boolean; onChange(value: string): void }) {
  const { t } = useTranslation();
  return (
    <TextArea
      id={id}
      label={t('review.reasonLabel')}
      hint={hint}
      error={invalid ? t('errors.rejectReasonShape') : undefined}
      maxLength={500}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
