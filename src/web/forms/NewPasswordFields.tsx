import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordToggle } from './PasswordToggle';
import { TextField } from './TextField';

export interface NewPassword {
  password: string;
  confirm: string;
}

interface NewPasswordFieldsProps {
  idPrefix: string;
  value: NewPassword;
  onChange(value: NewPassword): void;
  passwordError?: string;
  confirmError?: string;
}

/**
 * A new password, with the rules in plain words (NIST SP 800-63B: length, not composition), one "Show
 * password" for both fields, and autocomplete="new-password" so password managers offer a strong one.
 */
export function NewPasswordFields({ idPrefix, value, onChange, passwordError, confirmError }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const ids = { password: `${idPrefix}-password`, confirm: `${idPrefix}-confirm` };
  const common = {
    type: shown ? 'text' : 'password',
    autoComplete: 'new-password',
    autoCapitalize: 'none',
    autoCorrect: 'off',
    spellCheck: false,
  } as const;
  return (
    <>
      <div className="usa-summary-box margin-top-3" role="region" aria-labelledby={`${idPrefix}-rules`}>
        <div className="usa-summary-box__body">
          <h3 className="usa-summary-box__heading" id={`${idPrefix}-rules`}>
            {t('password.rulesHeading')}
          </h3>
          <ul className="usa-list" id={`${idPrefix}-rules-list`}>
            <li>{t('password.ruleLength')}</li>
            <li>{t('password.ruleAnything')}</li>
            <li>{t('password.ruleWords')}</li>
            <li>{t('password.ruleManager')}</li>
          </ul>
        </div>
      </div>
      <TextField
        {...common}
        id={ids.password}
        name="new-password"
        label={t('password.newLabel')}
        hint={t('password.ruleLength')}
        error={passwordError}
        value={value.password}
        onChange={(e) => onChange({ ...value, password: e.target.value })}
      />
      <TextField
        {...common}
        id={ids.confirm}
        name="confirm-password"
        label={t('password.confirmLabel')}
        error={confirmError}
        value={value.confirm}
        onChange={(e) => onChange({ ...value, confirm: e.target.value })}
        after={<PasswordToggle controls={[ids.password, ids.confirm]} shown={shown} onToggle={() => setShown((s) => !s)} />}
      />
    </>
  );
}
