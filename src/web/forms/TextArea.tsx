import type { TextareaHTMLAttributes } from 'react';
import { describedBy, FieldFrame } from './FieldFrame';

interface TextAreaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A USWDS text area, tied to its hint and error like TextField. */
export function TextArea({ id, label, hint, error, ...area }: TextAreaProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      <textarea
        {...area}
        id={id}
        className={`usa-textarea${error ? ' usa-input--error' : ''}`}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
      />
    </FieldFrame>
  );
}
