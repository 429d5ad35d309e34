import { Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { resetAnswersRequest } from '../../../contracts/auth';
import type { SecurityQuestionId } from '../../../contracts/security-questions';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useQuestionText } from '../../forms/SecurityQuestionFields';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { api } from '../../api';

/** Step 2 by security questions: the person's own three, in their order. */
export function AnswersStep({ flowToken, questions, onDone }: { flowToken: string; questions: SecurityQuestionId[]; onDone(): void }) {
  const { t } = useTranslation();
  const questionText = useQuestionText();
  const [answers, setAnswers] = useState(() => questions.map(() => ''));
  const fields = useMemo(() => questions.map((_, i) => [`answers.${i}`, `reset-answer-${i}`] as const), [questions]);
  const form = useFormProblems(fields);

  const send = useMutation({
    mutationFn: (body: { flowToken: string; answers: string[] }) => api.auth.resetAnswers({ body }),
    onSuccess: onDone,
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(resetAnswersRequest, { flowToken, answers });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    send.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <p>{t('reset.questionsIntro')}</p>
      {questions.map((id, i) => (
        <TextField
          key={id}
          id={`reset-answer-${i}`}
          label={questionText(id)}
          value={answers[i] ?? ''}
          onChange={(e) => setAnswers(answers.map((a, j) => (j === i ? e.target.value : a)))}
          error={form.errorOf(`answers.${i}`)}
          autoComplete="off"
          maxLength={100}
        />
      ))}
      <Button type="submit" className="margin-top-3" disabled={send.isPending}>
        {t('reset.continue')}
      </Button>
    </form>
  );
}
