import { useTranslation } from 'react-i18next';

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
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const set = (part: keyof DateParts) => (e: { target: { value: string } }) => onChange({ ...value, [part]: e.target.value });
  const auto = (part: string) => (autoCompletePrefix ? `${autoCompletePrefix}-${part}` : 'off');
  return (
    <fieldset className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`} id={id} tabIndex={-1}>
      <legend className="usa-legend">{legend}</legend>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <div aria-live="polite">
        {error && (
          <span className="usa-error-message" id={`${id}-error`}>
            {error}
          </span>
        )}
      </div>
      <div className="usa-memorable-date">
        <div className="usa-form-group usa-form-group--month">
          <label className="usa-label" htmlFor={`${id}-month`}>
            {t('date.month')}
          </label>
          <input
            className="usa-input"
            id={`${id}-month`}
            inputMode="numeric"
            maxLength={2}
            pattern="[0-9]*"
            value={value.month}
            onChange={set('month')}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            autoComplete={auto('month')}
          />
        </div>
        <div className="usa-form-group usa-form-group--day">
          <label className="usa-label" htmlFor={`${id}-day`}>
            {t('date.day')}
          </label>
          <input
            className="usa-input"
            id={`${id}-day`}
            inputMode="numeric"
            maxLength={2}
            pattern="[0-9]*"
            value={value.day}
            onChange={set('day')}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            autoComplete={auto('day')}
          />
        </div>
        <div className="usa-form-group usa-form-group--year">
          <label className="usa-label" htmlFor={`${id}-year`}>
            {t('date.year')}
          </label>
          <input
            className="usa-input"
            id={`${id}-year`}
            inputMode="numeric"
            minLength={4}
            maxLength={4}
            pattern="[0-9]*"
            value={value.year}
            onChange={set('year')}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            autoComplete={auto('year')}
          />
        </div>
      </div>
    </fieldset>
  );
}
