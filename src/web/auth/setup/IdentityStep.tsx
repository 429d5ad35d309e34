import { Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { setupIdentityRequest, setupIdentityResponse } from '../../../contracts/auth';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check, loginIdIssue } from '../../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { isSignInProblem, SignInProblem } from '../SignInProblem';
import { api, ApiError } from '../../api';

export type Identity = z.infer<typeof setupIdentityResponse>;

const FIELDS = [
  ['providerId', 'setup-providerId'],
  ['lastName', 'setup-lastName'],
  ['dateOfBirth', 'setup-dob-month'],
  ['ssnLast4', 'setup-ssnLast4'],
] as const;

/** Step 1: the details the county recorded prove who the person is. */
export function IdentityStep({ onDone }: { onDone(identity: Identity): void }) {
  const { t } = useTranslation();
  const [providerId, setProviderId] = useState('');
  const [lastName, setLastName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState<DateParts>(EMPTY_DATE);
  const [ssnLast4, setSsnLast4] = useState('');
  const form = useFormProblems(FIELDS);

  const identify = useMutation({
    mutationFn: (body: z.output<typeof setupIdentityRequest>) => api.auth.setupIdentity({ body }),
    onSuccess: onDone,
    onError: (error) => {
      if (!(error instanceof ApiError && isSignInProblem(error))) form.failed(error);
    },
  });
  const problem = identify.error instanceof ApiError && isSignInProblem(identify.error) ? identify.error : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    identify.reset();
    const result = check(setupIdentityRequest, { providerId, lastName, dateOfBirth: toIsoDate(dateOfBirth), ssnLast4 });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    identify.mutate(result.data);
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      {problem && <SignInProblem error={problem} forgotPasswordHref="/forgot-password" />}
      {form.formProblem?.code === 'alreadySetUp' && (
        <ul className="usa-list">
          <li>
            <Link to="/sign-in">{t('signIn.submit')}</Link>
          </li>
          <li>
            <Link to="/forgot-password">{t('signIn.forgotPassword')}</Link>
          </li>
        </ul>
      )}
      <TextField
        id="setup-providerId"
        label={t('loginId.provider')}
        hint={t('loginId.providerHint')}
        value={providerId}
        onChange={(e) => setProviderId(e.target.value)}
        onBlur={() => providerId && void loginIdIssue('provider', providerId).then((issue) => form.setField('providerId', issue))}
        error={form.errorOf('providerId')}
        inputMode="numeric"
        autoComplete="username"
      />
      <TextField
        id="setup-lastName"
        label={t('setup.lastName')}
        hint={t('setup.lastNameHint')}
        value={lastName}
        onChange={(e) => setLastName(e.target.value)}
        error={form.errorOf('lastName')}
        autoComplete="family-name"
      />
      <MemorableDate
        id="setup-dob"
        legend={t('setup.dateOfBirth')}
        hint={t('setup.dateOfBirthHint')}
        value={dateOfBirth}
        onChange={setDateOfBirth}
        error={form.errorOf('dateOfBirth')}
        autoCompletePrefix="bday"
      />
      <TextField
        id="setup-ssnLast4"
        label={t('setup.ssnLast4')}
        hint={t('setup.ssnLast4Hint')}
        value={ssnLast4}
        onChange={(e) => setSsnLast4(e.target.value)}
        error={form.errorOf('ssnLast4')}
        inputMode="numeric"
        maxLength={4}
        autoComplete="off"
        inputClassName="usa-input--xs"
      />
      <Button type="submit" className="margin-top-3" disabled={identify.isPending}>
        {t('setup.continue')}
      </Button>
    </form>
  );
}
