import { Button } from '@trussworks/react-uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resetCompleteRequest } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check, type FieldIssues } from '../../forms/issues';
import { confirmIssue, NewPasswordFields, type NewPassword } from '../../forms/NewPasswordFields';
import { useFormProblems } from '../../forms/useFormProblems';
import { api } from '../../api';

const FIELDS = [
  ['password', 'reset-password'],
  ['confirm', 'reset-confirm'],
] as const;

/** Step 3: the new password. The server refuses common or leaked ones beside the field. */
export function NewPasswordStep({ flowToken, onDone }: { flowToken: string; onDone(): void }) {
  const { t } = useTranslation();
  const [passwords, setPasswords] = useState<NewPassword>({ password: '', confirm: '' });
  const form = useFormProblems(FIELDS);

  const complete = useMutation({
    mutationFn: (body: { flowToken: string; password: string }) => api.auth.resetComplete({ body }),
    onSuccess: onDone,
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(resetCompleteRequest, { flowToken, password: passwords.password });
    const mismatch = confirmIssue(passwords);
    if ('issues' in result || mismatch) {
      const issues: FieldIssues = 'issues' in result ? { ...result.issues } : {};
      if (mismatch) issues.confirm = mismatch;
      return form.invalid(issues);
    }
    form.clear();
    complete.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <NewPasswordFields
        idPrefix="reset"
        value={passwords}
        onChange={setPasswords}
        passwordError={form.errorOf('password')}
        confirmError={form.errorOf('confirm')}
      />
      <Button type="submit" className="margin-top-3" disabled={complete.isPending}>
        {t('reset.changePassword')}
      </Button>
    </form>
  );
}
