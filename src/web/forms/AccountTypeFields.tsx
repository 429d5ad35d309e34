import { Fieldset, Radio } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_TYPES, type AccountType } from '../../contracts/auth';
import { TextField } from './TextField';

interface AccountTypeFieldsProps {
  idPrefix: string;
  accountType: AccountType;
  onAccountTypeChange(accountType: AccountType): void;
  loginId: string;
  onLoginIdChange(loginId: string): void;
  onLoginIdBlur(): void;
  loginIdError?: string;
}

/** "I am signing in as" and the ID field, whose label, hint and keyboard follow the choice. */
export function AccountTypeFields(props: AccountTypeFieldsProps) {
  const { t } = useTranslation();
  const { idPrefix, accountType } = props;
  const label = { provider: t('loginId.provider'), recipient: t('loginId.recipient'), staff: t('loginId.staff') }[accountType];
  const hint = { provider: t('loginId.providerHint'), recipient: t('loginId.recipientHint'), staff: t('loginId.staffHint') }[accountType];
  const choices: Record<AccountType, { label: string; description: string }> = {
    provider: { label: t('accountType.provider'), description: t('accountType.providerHint') },
    recipient: { label: t('accountType.recipient'), description: t('accountType.recipientHint') },
    staff: { label: t('accountType.staff'), description: t('accountType.staffHint') },
  };
  const numeric = accountType !== 'staff';
  return (
    <>
      <Fieldset legend={t('accountType.legend')}>
        {ACCOUNT_TYPES.map((type) => (
          <Radio
            key={type}
            id={`${idPrefix}-type-${type}`}
            name={`${idPrefix}-accountType`}
            value={type}
            checked={accountType === type}
            onChange={() => props.onAccountTypeChange(type)}
            label={choices[type].label}
            labelDescription={choices[type].description}
            tile
          />
        ))}
      </Fieldset>
      <TextField
        id={`${idPrefix}-loginId`}
        name="loginId"
        label={label}
        hint={hint}
        error={props.loginIdError}
        value={props.loginId}
        onChange={(e) => props.onLoginIdChange(e.target.value)}
        onBlur={props.onLoginIdBlur}
        autoComplete="username"
        inputMode={numeric ? 'numeric' : 'text'}
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
      />
    </>
  );
}
