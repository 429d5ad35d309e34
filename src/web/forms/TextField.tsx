import type { InputHTMLAttributes, ReactNode } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

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
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <input
        {...input}
        id={id}
        type={type}
        className={['usa-input', error && 'usa-input--error', inputClassName].filter(Boolean).join(' ')}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
      {after}
    </FieldFrame>
  );
}
