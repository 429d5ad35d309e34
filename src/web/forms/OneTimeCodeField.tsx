import { Alert } from '../components/uswds';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from './TextField';

/**
 * The 6-digit emailed code, the same in set-up and reset: numeric keypad, the phone's one-time-code
 * autofill, room for a typed space, and the "new code sent" notice announced to screen readers.
 */
export function OneTimeCodeField({
  id,
  label,
  hint,
  intro,
  value,
  onChange,
  error,
  resent,
}: {
  id: string;
  label: string;
  hint: string;
  intro: ReactNode;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  resent: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div role="status">
        {resent && (
          <Alert type="success" headingLevel="h3" slim>
            {t('setup.newCodeSent')}
          </Alert>
        )}
      </div>
      <p>{intro}</p>
      <TextField
        id={id}
        label={label}
        hint={hint}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        inputClassName="usa-input--small"
      />
    </>
  );
}
