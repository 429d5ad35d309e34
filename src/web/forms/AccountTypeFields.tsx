import { Fieldset, Radio } from '../components/uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountType } from '../../contracts/auth';
import { ACCOUNT_TYPES } from '../contract-constants';
import { loginIdIssue } from './issues';
import { TextField } from './TextField';
import type { useFormProblems } from './useFormProblems';

interface AccountTypeFieldsProps {
  idPrefix: string;
  accountType: AccountType;
  onAccountTypeChange(accountType: AccountType): void;
  loginId: string;
  onLoginIdChange(loginId: string): void;
  onLoginIdBlur(): void;
  loginIdError?: string;
}

type FormProblems = Pick<ReturnType<typeof useFormProblems>, 'issues' | 'setField' | 'errorOf'>;

/**
 * The account type and ID a form asks for, with the ID's own check when it is left, and again as it is corrected or
 * the type changes once it has been found wrong: the fields' props and their values.
 */
export function useAccountTypeFields(form: FormProblems, idPrefix: string) {
  const [accountType, setAccountType] = useState<AccountType>('provider');
  const [loginId, setLoginId] = useState('');
  const fields: AccountTypeFieldsProps = {
    idPrefix,
    accountType,
    onAccountTypeChange: (type) => {
      setAccountType(type);
      if (form.issues.loginId && loginId) void loginIdIssue(type, loginId).then((issue) => form.setField('loginId', issue));
    },
    loginId,
    onLoginIdChange: (value) => {
      setLoginId(value);
      if (form.issues.loginId) void loginIdIssue(accountType, value).then((issue) => form.setField('loginId', issue));
    },
    onLoginIdBlur: () => {
      if (loginId) void loginIdIssue(accountType, loginId).then((issue) => form.setField('loginId', issue));
    },
    loginIdError: form.errorOf('loginId'),
  };
  return { accountType, loginId, fields };
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
