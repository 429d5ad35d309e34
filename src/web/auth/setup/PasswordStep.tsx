import { Button } from '../../components/uswds';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeSetupRequest } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { NewPasswordFields } from '../../forms/NewPasswordFields';
import { EMPTY_CHOICES, SecurityQuestionFields, type QuestionChoice } from '../../forms/SecurityQuestionFields';
import { useNewPasswordForm } from '../../forms/useNewPasswordForm';
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
  const [choices, setChoices] = useState<QuestionChoice[]>(EMPTY_CHOICES);
  const fields = useMemo(() => fieldsFor(questionsAllowed), [questionsAllowed]);
  const { form, submit, pending, fieldProps } = useNewPasswordForm({
    fields,
    schema: completeSetupRequest,
    request: (password) => ({ flowToken, password, ...(questionsAllowed ? { securityAnswers: choices } : {}) }),
    send: (body) => api.auth.setupComplete({ body }),
    onDone,
  });

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <NewPasswordFields idPrefix={ID} {...fieldProps} />
      {questionsAllowed && (
        <SecurityQuestionFields
          idPrefix={ID}
          value={choices}
          onChange={setChoices}
          errorOf={(path) => form.errorOf(`securityAnswers.${path}`)}
          groupError={form.errorOf('securityAnswers')}
        />
      )}
      <Button type="submit" className="margin-top-3" disabled={pending}>
        {t('setup.createAccount')}
      </Button>
    </form>
  );
}
