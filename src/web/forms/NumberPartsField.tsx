import type { HTMLInputAutoCompleteAttribute } from 'react';
import { FieldError } from './FieldError';

export interface NumberPart<K extends string> {
  name: K;
  label: string;
  maxLength: number;
  minLength?: number;
  /** USWDS sizes a part by class (usa-form-group--month, --day, --year). */
  className?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
}

/**
 * A value typed as separate labelled number fields inside one fieldset, the USWDS memorable-date pattern:
 * a date, a month, hours and minutes. One hint and one error for the whole group, tied to every field.
 */
export function NumberPartsField<K extends string>({
  id,
  legend,
  hint,
  parts,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  hint: string;
  parts: readonly NumberPart<K>[];
  value: Record<K, string>;
  onChange(value: Record<K, string>): void;
  error?: string | undefined;
}) {
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset className={`usa-fieldset usa-form-group${error ? ' usa-form-group--error' : ''}`} id={id} tabIndex={-1}>
      <legend className="usa-legend">{legend}</legend>
      <span className="usa-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <FieldError id={`${id}-error`} error={error} />
      <div className="usa-memorable-date">
        {parts.map((part) => (
          <div key={part.name} className={`usa-form-group ${part.className ?? ''}`.trim()}>
            <label className="usa-label" htmlFor={`${id}-${part.name}`}>
              {part.label}
            </label>
            <input
              className="usa-input"
              id={`${id}-${part.name}`}
              inputMode="numeric"
              minLength={part.minLength}
              maxLength={part.maxLength}
              pattern="[0-9]*"
              autoComplete={part.autoComplete ?? 'off'}
              value={value[part.name]}
              onChange={(e) => onChange({ ...value, [part.name]: e.target.value })}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
            />
          </div>
        ))}
      </div>
    </fieldset>
  );
}
