import { useTranslation } from 'react-i18next';
import { SECURITY_QUESTIONS, type SecurityQuestionId } from '../../contracts/security-questions';
import { TextField } from './TextField';
import { FieldError } from './FieldError';

export interface QuestionChoice {
  questionId: SecurityQuestionId | '';
  answer: string;
}

export const EMPTY_CHOICES: QuestionChoice[] = [0, 1, 2].map(() => ({ questionId: '', answer: '' }));

interface SecurityQuestionFieldsProps {
  idPrefix: string;
  value: QuestionChoice[];
  onChange(value: QuestionChoice[]): void;
  /** Errors by path inside the list: "1.questionId", "2.answer". */
  errorOf(path: string): string | undefined;
  /** An error about the set as a whole (e.g. the same question twice). */
  groupError?: string;
}

/** The question's wording in the current language; the ids are the contract's. */
export function useQuestionText() {
  const { t } = useTranslation();
  return (id: SecurityQuestionId) => t(`questions.text.${id}`);
}

/** Three questions chosen from the list, each with its answer. */
export function SecurityQuestionFields({ idPrefix, value, onChange, errorOf, groupError }: SecurityQuestionFieldsProps) {
  const { t } = useTranslation();
  const questionText = useQuestionText();
  const set = (index: number, change: Partial<QuestionChoice>) =>
    onChange(value.map((choice, i) => (i === index ? { ...choice, ...change } : choice)));
  return (
    <fieldset className={`usa-fieldset margin-top-4${groupError ? ' usa-form-group--error' : ''}`} id={`${idPrefix}-questions`} tabIndex={-1}>
      <legend className="usa-legend usa-legend--large">{t('questions.legend')}</legend>
      <p className="usa-hint" id={`${idPrefix}-questions-hint`}>
        {t('questions.intro')}
      </p>
      <FieldError error={groupError} />
      {value.map((choice, index) => {
        const number = index + 1;
        const selectId = `${idPrefix}-question-${index}`;
        const selectError = errorOf(`${index}.questionId`);
        return (
          <div key={selectId} className="security-question">
            <div className={`usa-form-group${selectError ? ' usa-form-group--error' : ''}`}>
              <label className={`usa-label${selectError ? ' usa-label--error' : ''}`} htmlFor={selectId}>
                {t('questions.questionLabel', { number })}
              </label>
              <FieldError id={`${selectId}-error`} error={selectError} />
              <select
                className={`usa-select${selectError ? ' usa-input--error' : ''}`}
                id={selectId}
                value={choice.questionId}
                onChange={(e) => set(index, { questionId: e.target.value as SecurityQuestionId | '' })}
                aria-describedby={selectError ? `${selectId}-error` : undefined}
                aria-invalid={selectError ? true : undefined}
              >
                <option value="">{t('questions.choose')}</option>
                {SECURITY_QUESTIONS.map((id) => (
                  <option key={id} value={id}>
                    {questionText(id)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              id={`${idPrefix}-answer-${index}`}
              label={t('questions.answerLabel', { number })}
              value={choice.answer}
              onChange={(e) => set(index, { answer: e.target.value })}
              error={errorOf(`${index}.answer`)}
              autoComplete="off"
              maxLength={100}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
