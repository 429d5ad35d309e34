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
import { useStartReset, type ResetRequest, type ResetStarted } from './StartStep';
import { api } from '../../api';

const FIELDS = [['code', 'reset-code']] as const;

/** Step 2 by email. The page never says whether the account exists: the same words either way. */
export function CodeStep({
  flowToken,
  request,
  onRestarted,
  onDone,
}: {
  flowToken: string;
  request: ResetRequest;
  onRestarted(started: ResetStarted): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useFormProblems(FIELDS);

  const verify = useMutation({
    mutationFn: (body: { flowToken: string; code: string }) => api.auth.resetVerifyCode({ body }),
    onSuccess: onDone,
    onError: (error) => {
      if (isCodeError(error)) form.invalid({ code: { code: error.code, params: error.params } });
      else form.failed(error);
    },
  });
  const restart = useStartReset((started) => {
    setCode('');
    form.clear();
    onRestarted(started);
  }, form.failed);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    restart.reset();
    const result = check(verifyCodeRequest, { flowToken, code });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    verify.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <OneTimeCodeField
        id="reset-code"
        label={t('reset.codeLabel')}
        hint={t('reset.codeHint')}
        intro={t('reset.codeSent')}
        value={code}
        onChange={setCode}
        error={form.errorOf('code')}
        resent={restart.isSuccess}
      />
      <Button type="submit" className="margin-top-3" disabled={verify.isPending}>
        {t('reset.continue')}
      </Button>
      <p className="margin-top-3">
        <button type="button" className="usa-button usa-button--unstyled" disabled={restart.isPending} onClick={() => restart.mutate(request)}>
          {t('setup.sendNewCode')}
        </button>
      </p>
    </form>
  );
}
