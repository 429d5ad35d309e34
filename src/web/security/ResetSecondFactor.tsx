import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { resetSecondFactorRequest } from '../../contracts/second-factors';
import { api } from '../api';
import { Alert, Checkbox } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError } from '../forms/FieldError';
import { check } from '../forms/issues';
import { TextArea } from '../forms/TextArea';
import { useFormProblems } from '../forms/useFormProblems';

const FIELDS = [
  ['identityChecked', 'reset-factor-checked'],
  ['how', 'reset-factor-how'],
] as const;

/**
 * County staff's "Reset second factor" for a person who lost theirs: only after the person proved who they are, said how
 * (for the audit trail). The server removes the factors and tells every contact on file.
 */
export function ResetSecondFactor({ loginId, name }: { loginId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [checked, setChecked] = useState(false);
  const [how, setHow] = useState('');
  const problems = useFormProblems(FIELDS);
  const heading = useRef<HTMLHeadingElement>(null);
  const reset = useMutation({
    mutationFn: (body: z.output<typeof resetSecondFactorRequest>) => api.secondFactors.resetForPerson({ params: { loginId }, body }),
    onSuccess: () => {
      setOpen(false);
      setChecked(false);
      setHow('');
    },
    onError: problems.failed,
  });
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reset.isPending) return;
    const result = check(resetSecondFactorRequest, { identityChecked: checked, how });
    if ('issues' in result) return problems.invalid(result.issues);
    problems.clear();
    reset.mutate(result.data);
  };
  const checkError = problems.errorOf('identityChecked');

  return (
    <div className="margin-top-2">
      <div role="status">
        {reset.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('security.staff.done', { name })}
          </Alert>
        )}
      </div>
      {!open ? (
        <button
          type="button"
          className="usa-button usa-button--outline"
          onClick={() => {
            reset.reset();
            setOpen(true);
          }}
        >
          {t('security.staff.button')}
        </button>
      ) : (
        <form className="usa-form usa-form--large" noValidate onSubmit={submit} aria-labelledby="reset-factor-heading">
          <h3 id="reset-factor-heading" ref={heading} tabIndex={-1}>
            {t('security.staff.heading', { name })}
          </h3>
          <p>{t('security.staff.explain', { name })}</p>
          <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
          <div className={`usa-form-group${checkError ? ' usa-form-group--error' : ''}`}>
            <FieldError id="reset-factor-checked-error" error={checkError} />
            <Checkbox
              id="reset-factor-checked"
              name="identityChecked"
              checked={checked}
              aria-describedby={checkError ? 'reset-factor-checked-error' : undefined}
              aria-invalid={checkError ? true : undefined}
              onChange={(e) => setChecked(e.target.checked)}
              label={t('security.staff.checked')}
            />
          </div>
          <TextArea
            id="reset-factor-how"
            label={t('security.staff.how')}
            hint={t('security.staff.howHint')}
            value={how}
            rows={3}
            maxLength={300}
            error={problems.errorOf('how')}
            onChange={(e) => setHow(e.target.value)}
          />
          <button type="submit" className="usa-button usa-button--secondary margin-top-2" aria-disabled={reset.isPending}>
            {t('security.staff.button')}
          </button>
          <button
            type="button"
            className="usa-button usa-button--outline margin-top-2"
            onClick={() => {
              setOpen(false);
              problems.clear();
            }}
          >
            {t('security.cancel')}
          </button>
        </form>
      )}
    </div>
  );
}
