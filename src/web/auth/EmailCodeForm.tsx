import { Button } from '../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { verifyCodeRequest } from '../../contracts/auth';
import { isCodeError } from '../forms/codeIssues';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { OneTimeCodeField } from '../forms/OneTimeCodeField';
import { useFormProblems } from '../forms/useFormProblems';

interface EmailCodeFormProps<Sent> {
  /** The code field's id, and the prefix of its error's. */
  id: string;
  flowToken: string;
  label: string;
  hint: string;
  intro: string;
  submitLabel: string;
  /** Asks the server whether the code is right. */
  verify(body: { flowToken: string; code: string }): Promise<unknown>;
  onVerified(): void;
  /** Asks the server for a new code: the old one stops working. */
  sendNew(): Promise<Sent>;
  onSentNew(sent: Sent): void;
  /** More ways out, each an `<li>` after "Send a new code". */
  children?: ReactNode;
}

/**
 * The code from an email, used by account set-up and password reset: a wrong or expired code is said beside the
 * field, and a new code empties the field so the old one is not sent by mistake.
 */
export function EmailCodeForm<Sent>({ id, flowToken, label, hint, intro, submitLabel, verify, onVerified, sendNew, onSentNew, children }: EmailCodeFormProps<Sent>) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const fields = useMemo(() => [['code', id]] as const, [id]);
  const form = useFormProblems(fields);

  const checkCode = useMutation({
    mutationFn: verify,
    onSuccess: onVerified,
    onError: (error) => {
      if (isCodeError(error)) form.invalid({ code: { code: error.code, params: error.params } });
      else form.failed(error);
    },
  });
  const resend = useMutation({
    mutationFn: sendNew,
    onSuccess: (sent) => {
      setCode('');
      form.clear();
      onSentNew(sent);
    },
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    resend.reset();
    const result = check(verifyCodeRequest, { flowToken, code });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    checkCode.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <OneTimeCodeField id={id} label={label} hint={hint} intro={intro} value={code} onChange={setCode} error={form.errorOf('code')} resent={resend.isSuccess} />
      <Button type="submit" className="margin-top-3" disabled={checkCode.isPending}>
        {submitLabel}
      </Button>
      <ul className="usa-list usa-list--unstyled margin-top-3">
        <li>
          <button type="button" className="usa-button usa-button--unstyled" disabled={resend.isPending} onClick={() => resend.mutate()}>
            {t('setup.sendNewCode')}
          </button>
        </li>
        {children}
      </ul>
    </form>
  );
}
