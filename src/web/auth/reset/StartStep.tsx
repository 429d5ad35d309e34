import { Button, Fieldset, Radio } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { RESET_METHODS, resetStartRequest, resetStartResponse } from '../../../contracts/auth';
import { AccountTypeFields, useAccountTypeFields } from '../../forms/AccountTypeFields';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useFormProblems } from '../../forms/useFormProblems';
import { api } from '../../api';

export type ResetRequest = z.output<typeof resetStartRequest>;
export type ResetStarted = z.infer<typeof resetStartResponse>;
type Method = (typeof RESET_METHODS)[number];

const FIELDS = [['loginId', 'reset-loginId']] as const;

/** Step 1: whose password, and how to prove it is theirs. */
export function StartStep({ questionsOffered, onStarted }: { questionsOffered: boolean; onStarted(started: ResetStarted, request: ResetRequest): void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Method>('email');
  const method = questionsOffered ? chosen : 'email';
  const form = useFormProblems(FIELDS);
  const { accountType, loginId, fields: accountFields } = useAccountTypeFields(form, 'reset');
  const start = useMutation({
    mutationFn: (body: ResetRequest) => api.auth.resetStart({ body }),
    onSuccess: (started, request) => onStarted(started, request),
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(resetStartRequest, { accountType, loginId, method });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    start.mutate(result.data);
  };

  const methods: Record<Method, { label: string; description: string }> = {
    email: { label: t('reset.methodEmail'), description: t('reset.methodEmailHint') },
    questions: { label: t('reset.methodQuestions'), description: t('reset.methodQuestionsHint') },
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <AccountTypeFields {...accountFields} />
      {questionsOffered && (
        <Fieldset legend={t('reset.methodLegend')}>
          {RESET_METHODS.map((m) => (
            <Radio
              key={m}
              id={`reset-method-${m}`}
              name="reset-method"
              value={m}
              checked={method === m}
              onChange={() => setChosen(m)}
              label={methods[m].label}
              labelDescription={methods[m].description}
              tile
            />
          ))}
        </Fieldset>
      )}
      <Button type="submit" className="margin-top-3" disabled={start.isPending}>
        {t('reset.continue')}
      </Button>
    </form>
  );
}
