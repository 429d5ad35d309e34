import { Button } from '@trussworks/react-uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyCodeRequest } from '../../../contracts/auth';
import { isCodeError } from '../../forms/codeIssues';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { OneTimeCodeField } from '../../forms/OneTimeCodeField';
import { useFormProblems } from '../../forms/useFormProblems';
import { formatTime } from '../../i18n/format';
import { useSendCode, type CodeSent } from './EmailStep';
import { api } from '../../api';

const FIELDS = [['code', 'setup-code']] as const;

/** Step 3: the code from the email proves the address works. */
export function VerifyStep({
  flowToken,
  sent,
  onResent,
  onChangeEmail,
  onDone,
}: {
  flowToken: string;
  sent: CodeSent;
  onResent(sent: CodeSent): void;
  onChangeEmail(): void;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormProblems(FIELDS);

  const verify = useMutation({
    mutationFn: (body: { flowToken: string; code: string }) => api.auth.setupVerifyEmail({ body }),
    onSuccess: onDone,
    onError: (error) => {
      if (isCodeError(error)) form.invalid({ code: { code: error.code, params: error.params } });
      else form.failed(error);
    },
  });
  const resend = useSendCode(
    flowToken,
    (again) => {
      setCode('');
      form.clear();
      onResent(again);
    },
    form.failed,
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    resend.reset();
    const result = check(verifyCodeRequest, { flowToken, code });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    verify.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      {/* The address as typed, not the server's masked copy: the person can spot a typo and change it. */}
      <OneTimeCodeField
        id="setup-code"
        label={t('setup.codeLabel')}
        hint={t('setup.codeHint')}
        intro={t('setup.codeSent', { email: sent.email, time: formatTime(sent.expiresAt, i18n.language) })}
        value={code}
        onChange={setCode}
        error={form.errorOf('code')}
        resent={resend.isSuccess}
      />
      <Button type="submit" className="margin-top-3" disabled={verify.isPending}>
        {t('setup.confirmCode')}
      </Button>
      <ul className="usa-list usa-list--unstyled margin-top-3">
        <li>
          <button type="button" className="usa-button usa-button--unstyled" disabled={resend.isPending} onClick={() => resend.mutate(sent.email)}>
            {t('setup.sendNewCode')}
          </button>
        </li>
        <li className="margin-top-2">
          <button type="button" className="usa-button usa-button--unstyled" onClick={onChangeEmail}>
            {t('setup.changeEmail')}
          </button>
        </li>
      </ul>
    </form>
  );
}
