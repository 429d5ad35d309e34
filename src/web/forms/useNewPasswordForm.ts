import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { check, type FieldIssues, type Issue } from './issues';
import type { NewPassword } from './NewPasswordFields';
import { useFormProblems } from './useFormProblems';

/** The second copy must match the first; the contract's password schema checks the rest. */
function confirmIssue({ password, confirm }: NewPassword): Issue | undefined {
  return password === confirm ? undefined : { code: 'passwordsDiffer' };
}

interface NewPasswordForm<S extends z.ZodType> {
  /** Every field of the form, `password` and `confirm` among them (see useFormProblems). */
  fields: ReadonlyArray<readonly [path: string, inputId: string]>;
  /** The contract of the request: it checks the password and whatever else the form holds. */
  schema: S;
  /** The request as the form holds it, which the schema may refuse (an unchosen question, say). */
  request(password: string): unknown;
  send(request: z.output<S>): Promise<unknown>;
  onDone(): void;
}

/**
 * A form that sets a new password: both copies must match, the contract checks the request before it is sent, and
 * the server's refusals (a common or leaked password) are shown beside their fields. `fieldProps` go to
 * NewPasswordFields.
 */
export function useNewPasswordForm<S extends z.ZodType>({ fields, schema, request, send, onDone }: NewPasswordForm<S>) {
  const [passwords, setPasswords] = useState<NewPassword>({ password: '', confirm: '' });
  const form = useFormProblems(fields);
  const save = useMutation({ mutationFn: send, onSuccess: onDone, onError: form.failed });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(schema, request(passwords.password));
    const mismatch = confirmIssue(passwords);
    if ('issues' in result || mismatch) {
      const issues: FieldIssues = 'issues' in result ? { ...result.issues } : {};
      if (mismatch) issues.confirm = mismatch;
      return form.invalid(issues);
    }
    form.clear();
    save.mutate(result.data);
  };

  const fieldProps = { value: passwords, onChange: setPasswords, passwordError: form.errorOf('password'), confirmError: form.errorOf('confirm') };
  return { form, submit, pending: save.isPending, fieldProps };
}
