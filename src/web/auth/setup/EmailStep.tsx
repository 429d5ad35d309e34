import { Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { codeSentResponse, sendEmailCodeRequest } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import type { Identity } from './IdentityStep';
import { api } from '../../api';

export type CodeSent = z.infer<typeof codeSentResponse> & { email: string };

const FIELDS = [['email', 'setup-email']] as const;

/** Sends a code to the address; used by step 2 and by "Send a new code" in step 3. */
export async function sendCode(flowToken: string, email: string): Promise<CodeSent> {
  return { ...(await api.auth.setupEmailCode({ body: { flowToken, email } })), email };
}

/** Step 2: the address for password resets and notices; the county's may be shown masked. */
export function EmailStep({ identity, initialEmail, onDone }: { identity: Identity; initialEmail: string; onDone(sent: CodeSent): void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const form = useFormProblems(FIELDS);
  const send = useMutation({ mutationFn: (address: string) => sendCode(identity.flowToken, address), onSuccess: onDone, onError: form.failed });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(sendEmailCodeRequest, { flowToken: identity.flowToken, email });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    send.mutate(result.data.email);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <p>{t('setup.hello', { firstName: identity.firstName })}</p>
      {identity.emailOnFile && <p>{t('setup.emailOnFile', { email: identity.emailOnFile })}</p>}
      <TextField
        id="setup-email"
        type="email"
        label={t('setup.emailLabel')}
        hint={t('setup.emailHint')}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={form.errorOf('email')}
        autoComplete="email"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
      />
      <Button type="submit" className="margin-top-3" disabled={send.isPending}>
        {t('setup.sendCode')}
      </Button>
    </form>
  );
}
