import type { InputHTMLAttributes, ReactNode } from 'react';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Already in words; ties to the input with aria-describedby. */
  error?: string;
  /** Extra controls shown under the input, e.g. the "Show password" button. */
  after?: ReactNode;
  inputClassName?: string;
}

/** A USWDS text field: label, hint, error message and input, tied together for screen readers. */
export function TextField({ id, label, hint, error, after, inputClassName, type = 'text', ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className={`usa-label${error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="usa-hint" id={hintId}>
          {hint}
        </div>
      )}
      <div aria-live="polite">
        {error && (
          <span className="usa-error-message" id={errorId}>
            {error}
          </span>
        )}
      </div>
      <input
        {...input}
        id={id}
        type={type}
        className={['usa-input', error && 'usa-input--error', inputClassName].filter(Boolean).join(' ')}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
      />
      {after}
    </div>
  );
}
