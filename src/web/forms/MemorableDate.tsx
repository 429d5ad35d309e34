import { useTranslation } from 'react-i18next';
import { NumberPartsField } from './NumberPartsField';

export interface DateParts {
  month: string;
  day: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { month: '', day: '', year: '' };

/** "YYYY-MM-DD" for the contracts' isoDate, or what was typed, so the schema reports the problem. */
export function toIsoDate({ month, day, year }: DateParts): string {
  const [m, d, y] = [month.trim(), day.trim(), year.trim()];
  if (!m || !d || !y) return '';
  return `${y.padStart(4, '0')}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

interface MemorableDateProps {
  id: string;
  legend: string;
  hint: string;
  value: DateParts;
  onChange(value: DateParts): void;
  error?: string;
  autoCompletePrefix?: 'bday';
}

/** The USWDS memorable date: month, day and year as separate labelled number fields, easy on a phone. */
export function MemorableDate({ id, legend, hint, value, onChange, error, autoCompletePrefix }: MemorableDateProps) {
  const { t } = useTranslation();
  const auto = (part: string) => (autoCompletePrefix ? (`${autoCompletePrefix}-${part}` as const) : 'off');
  return (
    <NumberPartsField
      id={id}
      legend={legend}
      hint={hint}
      value={value}
      onChange={onChange}
      error={error}
      parts={[
        { name: 'month', label: t('date.month'), maxLength: 2, className: 'usa-form-group--month', autoComplete: auto('month') },
        { name: 'day', label: t('date.day'), maxLength: 2, className: 'usa-form-group--day', autoComplete: auto('day') },
        { name: 'year', label: t('date.year'), minLength: 4, maxLength: 4, className: 'usa-form-group--year', autoComplete: auto('year') },
      ]}
    />
  );
}
