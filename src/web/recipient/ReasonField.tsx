import { useTranslation } from 'react-i18next';
import { TextArea } from '../forms/TextArea';

/** The recipient's reason for rejecting a timesheet or a sick-leave claim. */
export function ReasonField({ id, hint, value, error, onChange }: { id: string; hint: string; value: string; error: string | undefined; onChange(value: string): void }) {
  const { t } = useTranslation();
  return <TextArea id={id} label={t('review.reasonLabel')} hint={hint} error={error} maxLength={500} value={value} onChange={(e) => onChange(e.target.value)} />;
}
