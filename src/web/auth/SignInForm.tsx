import { Button } from '../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { SignInRequest } from '../../contracts/auth';
import { AccountTypeFields, useAccountTypeFields } from '../forms/AccountTypeFields';
import { authContract } from '../forms/auth-contract';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { PasswordToggle } from '../forms/PasswordToggle';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { safeNextPath } from './safeNextPath';
import { isSignInProblem, SignInProblem } from './SignInProblem';
import { api, ApiError, noAnswer } from '../api';
import { KeptTapsNotice } from '../evv/KeptTaps';
import { PasskeySignIn } from '../second-factor/PasskeySignIn';

/** The one sign-in form, on the statewide page, each county page and /sign-in. */
export function SignInForm({ countySlug, idPrefix = 'sign-in' }: { countySlug?: string; idPrefix?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const ids = { loginId: `${idPrefix}-loginId`, password: `${idPrefix}-password` };
  const form = useFormProblems([
    ['loginId', ids.loginId],
    ['password', ids.password],
  ]);
  const { accountType, loginId, fields: accountFields } = useAccountTypeFields(form, idPrefix);
  const forgotPasswordHref = countySlug ? `/forgot-password?county=${encodeURIComponent(countySlug)}` : '/forgot-password';

  const signIn = useMutation({
    mutationFn: (body: SignInRequest) => api.auth.signIn({ body }),
    onSuccess: (state) => {
      const next = safeNextPath(params.get('next')) ?? '/dashboard';
      // The password was right and a second factor is asked for: the sign-in page asks for it, then goes on to `next`.
      if (!state.authenticated && state.secondFactor) navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
      else navigate(next, { replace: true });
    },
    onError: (error) => {
      if (!(error instanceof ApiError && isSignInProblem(error))) form.failed(error);
    },
  });
  const problem = signIn.error instanceof ApiError && isSignInProblem(signIn.error) ? signIn.error : null;

  useEffect(() => {
    if (problem) document.getElementById('sign-in-problem')?.focus();
  }, [problem]);

  // While the contract downloads (a first tap on a slow line), a second tap must not send the form twice.
  const [checking, setChecking] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (checking || signIn.isPending) return;
    signIn.reset();
    setChecking(true);
    const contract = await authContract().catch(() => null);
    setChecking(false);
    if (!contract) return form.failed(noAnswer());
    const result = check(contract.signInRequest, { accountType, loginId, password });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    signIn.mutate(result.data);
  };
  const busy = checking || signIn.isPending;

  return (
    <>
      <form
        className="usa-form usa-form--large sign-in-form"
        onSubmit={(e) => void submit(e)}
        onFocusCapture={() => void authContract().catch(() => undefined)}
        noValidate
      >
        <KeptTapsNotice />
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        {problem && <SignInProblem error={problem} forgotPasswordHref={forgotPasswordHref} />}
        <AccountTypeFields {...accountFields} />
        <TextField
          id={ids.password}
          name="password"
          label={t('password.label')}
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={form.errorOf('password')}
          after={<PasswordToggle controls={[ids.password]} shown={showPassword} onToggle={() => setShowPassword((s) => !s)} />}
        />
        <Button type="submit" className="margin-top-3" disabled={busy}>
          {busy ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
        <ul className="usa-list usa-list--unstyled sign-in-form__links">
          <li>
            <Link to={forgotPasswordHref}>{t('signIn.forgotPassword')}</Link>
          </li>
          <li>
            {t('signIn.firstTime')} <Link to="/create-account">{t('signIn.createAccount')}</Link>
          </li>
        </ul>
      </form>
      <PasskeySignIn idPrefix={idPrefix} />
    </>
  );
}
