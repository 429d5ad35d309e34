import { Button } from '@trussworks/react-uswds';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { completeSetupRequest } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check, type FieldIssues } from '../../forms/issues';
import { confirmIssue, NewPasswordFields, type NewPassword } from '../../forms/NewPasswordFields';
import { EMPTY_CHOICES, SecurityQuestionFields, type QuestionChoice } from '../../forms/SecurityQuestionFields';
import { useFormProblems } from '../../forms/useFormProblems';
import { api } from '../../api';

const ID = 'setup';

function fieldsFor(withQuestions: boolean) {
  const fields: [string, string][] = [
    ['password', `${ID}-password`],
    ['confirm', `${ID}-confirm`],
  ];
  if (withQuestions) {
    fields.push(['securityAnswers', `${ID}-questions`]);
    for (const i of [0, 1, 2]) {
      fields.push([`securityAnswers.${i}.questionId`, `${ID}-question-${i}`], [`securityAnswers.${i}.answer`, `${ID}-answer-${i}`]);
    }
  }
  return fields;
}

/** Step 4: the password, and the security questions where the county uses them. */
export function PasswordStep({ flowToken, questionsAllowed, onDone }: { flowToken: string; questionsAllowed: boolean; onDone(): void }) {
  const { t } = useTranslation();
  const [passwords, setPasswords] = useState<NewPassword>({ password: '', confirm: '' });
  const [choices, setChoices] = useState<QuestionChoice[]>(EMPTY_CHOICES);
  const fields = useMemo(() => fieldsFor(questionsAllowed), [questionsAllowed]);
  const form = useFormProblems(fields);

  const complete = useMutation({
    mutationFn: (body: z.output<typeof completeSetupRequest>) => api.auth.setupComplete({ body }),
    onSuccess: onDone,
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { flowToken, password: passwords.password, ...(questionsAllowed ? { securityAnswers: choices } : {}) };
    const result = check(completeSetupRequest, body);
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
        idPrefix={ID}
        value={passwords}
        onChange={setPasswords}
        passwordError={form.errorOf('password')}
        confirmError={form.errorOf('confirm')}
      />
      {questionsAllowed && (
        <SecurityQuestionFields
          idPrefix={ID}
          value={choices}
          onChange={setChoices}
          errorOf={(path) => form.errorOf(`securityAnswers.${path}`)}
          groupError={form.errorOf('securityAnswers')}
        />
      )}
      <Button type="submit" className="margin-top-3" disabled={complete.isPending}>
        {t('setup.createAccount')}
      </Button>
    </form>
  );
}
