import type { ReactNode } from 'react';
import { FieldError } from '../forms/FieldError';

export interface RadioTile {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
}

/**
 * A USWDS fieldset of radio tiles: large targets for a thumb, each with an optional line of explanation.
 * The inputs are visually hidden by USWDS; the labels are what people tap.
 */
export function RadioTiles({
  id,
  legend,
  options,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: ReactNode;
  options: readonly RadioTile[];
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <fieldset className="usa-fieldset" id={id} aria-describedby={error ? errorId : undefined}>
        <legend className={`usa-legend${error ? ' usa-label--error' : ''}`}>{legend}</legend>
        <FieldError id={errorId} error={error} />
        {options.map((option) => (
          <div className="usa-radio" key={option.value}>
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label className="usa-radio__label" htmlFor={`${id}-${option.value}`}>
              {option.label}
              {option.hint && <span className="usa-radio__label-description">{option.hint}</span>}
            </label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}
