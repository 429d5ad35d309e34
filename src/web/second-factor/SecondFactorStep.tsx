import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { FactorKind, SessionState } from '../../contracts/auth';
import { api, ApiError } from '../api';
import { safeNextPath } from '../auth/safeNextPath';
import { isSignInProblem, SignInProblem } from '../auth/SignInProblem';
import { Alert, Button } from '../components/uswds';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { formIssue, type Issue } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { useIssueText } from '../forms/useIssueText';
import { useSession } from '../session';
import { CODE_FIELD_ERRORS, recoveryCodeIssue, recoveryCodeValue, sixDigitIssue, sixDigitValue } from './codes';
import { PasskeyProblemAlert } from './PasskeyProblemAlert';
import { passkeyCeremony, passkeyProblemOf, passkeysSupported } from './passkey';

/** What the session says after a right password: the factors the account has, and the one used last. */
export type PendingSecondFactor = NonNullable<Extract<SessionState, { authenticated: false }>['secondFactor']>;

/** The order "Use a different way" lists them in: the strongest first, recovery codes (the way back) last. */
const ORDER: readonly FactorKind[] = ['passkey', 'totp', 'sms', 'recovery_code'];

/**
 * The second step of signing in (issue #14): the factor used last is asked for first, every other one the account has
 * is one tap away, and "Cancel" ends the half-open session. Once a factor is accepted the server answers with the
 * signed-in session, and the sign-in page goes on to where the sign-in was going.
 */
export function SecondFactorStep({ secondFactor }: { secondFactor: PendingSecondFactor }) {
  const { t } = useTranslation();
  usePageTitle(t('secondFactor.title'));
  const { signOut } = useSession();
  const methods = useMemo(
    // A passkey cannot be used in a browser without WebAuthn: it is not offered there.
    () => ORDER.filter((m) => secondFactor.methods.includes(m) && (m !== 'passkey' || passkeysSupported())),
    [secondFactor.methods],
  );
  const [method, setMethod] = useState<FactorKind | undefined>(() => (methods.includes(secondFactor.preferred) ? secondFactor.preferred : methods[0]));
  const chosen = useRef(false);
  const title = useRef<HTMLHeadingElement>(null);
  const [cancelling, setCancelling] = useState(false);

  // The step replaces the password form on the same page: a screen reader hears the new page's heading.
  useEffect(() => title.current?.focus(), []);

  const choose = (next: FactorKind) => {
    chosen.current = true;
    setMethod(next);
  };
  const others = methods.filter((m) => m !== method);
  const label: Record<FactorKind, string> = {
    totp: t('secondFactor.chooseTotp'),
    sms: t('secondFactor.chooseSms'),
    passkey: t('secondFactor.choosePasskey'),
    recovery_code: t('secondFactor.chooseRecovery'),
  };

  return (
    <div className="page-narrow second-factor">
      <h1 ref={title} tabIndex={-1}>
        {t('secondFactor.title')}
      </h1>
      <p>{t('secondFactor.intro')}</p>
      {method && (
        <MethodPanel key={method} method={method} focusOnShow={chosen.current} textPhone={secondFactor.textPhone} />
      )}
      {others.length > 0 && (
        <section className="margin-top-4" aria-labelledby="second-factor-others">
          <h2 id="second-factor-others">{t('secondFactor.otherWays')}</h2>
          <ul className="usa-list usa-list--unstyled">
            {others.map((m) => (
              <li key={m} className="margin-bottom-1">
                <button type="button" className="usa-button usa-button--unstyled padding-y-1" onClick={() => choose(m)}>
                  {label[m]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Button
        type="button"
        outline
        className="margin-top-4"
        disabled={cancelling}
        onClick={() => {
          if (cancelling) return;
          setCancelling(true);
          signOut().catch(() => setCancelling(false));
        }}
      >
        {t('secondFactor.cancel')}
      </Button>
    </div>
  );
}

/** One way to finish: its heading takes focus when the person has just chosen it. */
function MethodPanel({ method, focusOnShow, textPhone }: { method: FactorKind; focusOnShow: boolean; textPhone: string | null }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) heading.current?.focus();
  }, [focusOnShow]);
  const titles: Record<FactorKind, string> = {
    totp: t('secondFactor.totpHeading'),
    sms: t('secondFactor.smsHeading'),
    passkey: t('secondFactor.passkeyHeading'),
    recovery_code: t('secondFactor.recoveryHeading'),
  };
  return (
    <section aria-labelledby="second-factor-method">
      <h2 id="second-factor-method" ref={heading} tabIndex={-1}>
        {titles[method]}
      </h2>
      {method === 'totp' && (
        <CodeForm
          id="second-factor-totp"
          label={t('secondFactor.codeLabel')}
          hint={t('secondFactor.totpHint')}
          shape="six"
          send={(code) => api.secondFactors.totp({ body: { code } })}
        />
      )}
      {method === 'sms' && <TextMessagePanel textPhone={textPhone} />}
      {method === 'passkey' && <PasskeyPanel />}
      {method === 'recovery_code' && (
        <>
          <p>{t('secondFactor.recoveryText')}</p>
          <CodeForm
            id="second-factor-recovery"
            label={t('secondFactor.recoveryLabel')}
            hint={t('secondFactor.recoveryHint')}
            shape="recovery"
            send={(code) => api.secondFactors.recoveryCode({ body: { code } })}
          />
        </>
      )}
    </section>
  );
}

/** Where the sign-in goes once the factor is accepted: `?next=` if it is a path of this site, else the dashboard. */
function useContinue() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (state: SessionState) => {
    if (state.authenticated) navigate(safeNextPath(params.get('next')) ?? '/dashboard', { replace: true });
  };
}

/**
 * A code typed by the person: 6 digits (an app's, a text's) or a recovery code. A wrong code is said beside the field
 * and in the summary above it; a lock (too many wrong codes count like wrong passwords) the way the sign-in says it.
 */
function CodeForm({
  id,
  label,
  hint,
  shape,
  send,
  before,
  after,
}: {
  id: string;
  label: string;
  hint: string;
  shape: 'six' | 'recovery';
  send(code: string): Promise<SessionState>;
  before?: ReactNode;
  after?: ReactNode;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const fields = useMemo(() => [['code', id]] as const, [id]);
  const form = useFormProblems(fields);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const carryOn = useContinue();

  const check = useMutation({
    mutationFn: send,
    onSuccess: carryOn,
    onError: (error) => {
      if (error instanceof ApiError && isSignInProblem(error)) {
        form.clear();
        setProblem(error);
      } else if (error instanceof ApiError && CODE_FIELD_ERRORS.has(error.code)) {
        form.invalid({ code: { code: error.code, params: error.params, message: error.message } });
      } else {
        form.failed(error);
      }
    },
    onSettled: () => setBusy(false),
  });

  useEffect(() => {
    if (problem) document.getElementById('sign-in-problem')?.focus();
  }, [problem]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setProblem(null);
    const issue: Issue | undefined = shape === 'six' ? sixDigitIssue(code) : recoveryCodeIssue(code);
    if (issue) return form.invalid({ code: issue });
    form.clear();
    setBusy(true);
    check.mutate(shape === 'six' ? sixDigitValue(code) : recoveryCodeValue(code));
  };

  const input =
    shape === 'six'
      ? ({ inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7, inputClassName: 'usa-input--small' } as const)
      : ({ inputMode: 'text', autoComplete: 'off', autoCapitalize: 'characters', maxLength: 14, inputClassName: 'usa-input--medium' } as const);
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      {problem && <SignInProblem error={problem} forgotPasswordHref="/forgot-password" />}
      {before}
      <TextField
        {...input}
        id={id}
        name="code"
        label={label}
        hint={hint}
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={form.errorOf('code')}
        autoCorrect="off"
        spellCheck={false}
      />
      <Button type="submit" className="margin-top-3" disabled={busy}>
        {busy ? t('secondFactor.submitting') : t('secondFactor.submit')}
      </Button>
      {after}
    </form>
  );
}

/** Texts are sent only when asked for (each costs the county, and a phone may be far away), then again on request. */
function TextMessagePanel({ textPhone }: { textPhone: string | null }) {
  const { t } = useTranslation();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sentCount, setSentCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const sendText = useMutation({
    mutationFn: () => api.secondFactors.sendText(),
    onSuccess: (sent) => {
      setSentTo(sent.sentTo);
      setSentCount((n) => n + 1);
    },
    onSettled: () => setBusy(false),
  });
  const send = () => {
    if (busy) return;
    setBusy(true);
    sendText.mutate();
  };
  const failed = (
    <div role="alert">
      {sendText.error && (
        <div className="usa-alert usa-alert--error usa-alert--slim margin-top-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              <RefusalText error={sendText.error} />
            </p>
          </div>
        </div>
      )}
    </div>
  );

  if (sentTo === null) {
    return (
      <>
        <p>{t('secondFactor.smsWeak')}</p>
        {failed}
        <Button type="button" className="margin-top-2" disabled={busy} onClick={send}>
          {busy ? t('secondFactor.sending') : textPhone ? t('secondFactor.sendTo', { phone: textPhone }) : t('secondFactor.sendToPhone')}
        </Button>
      </>
    );
  }
  return (
    <CodeForm
      id="second-factor-sms"
      label={t('secondFactor.codeLabel')}
      hint={t('secondFactor.smsHint')}
      shape="six"
      send={(code) => api.secondFactors.text({ body: { code } })}
      before={
        // Keyed by the count, so a new code sent is announced again.
        <div role="status" key={sentCount}>
          <Alert type="success" headingLevel="h3" slim>
            {sentCount > 1 ? t('setup.newCodeSent') : t('secondFactor.sentTo', { phone: sentTo })}
          </Alert>
        </div>
      }
      after={
        <>
          {failed}
          <p className="margin-top-3">
            <button type="button" className="usa-button usa-button--unstyled" disabled={busy} onClick={send}>
              {t('secondFactor.sendAgain')}
            </button>
          </p>
        </>
      }
    />
  );
}

/** The server's words for a refusal that is not about a field, or the plain words for no answer. */
function RefusalText({ error }: { error: Error }) {
  const issueText = useIssueText();
  return <>{issueText(formIssue(error))}</>;
}

/** The account's passkey: the browser asks for the face, fingerprint, PIN or key, and the server checks its answer. */
function PasskeyPanel() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const carryOn = useContinue();
  const ceremony = useMutation({
    mutationFn: () => passkeyCeremony(() => api.secondFactors.passkeyOptions(), (body) => api.secondFactors.passkey({ body })),
    onSuccess: carryOn,
    onSettled: () => setBusy(false),
  });
  const error = ceremony.error;
  return (
    <>
      <p id="second-factor-passkey-hint">{t('secondFactor.passkeyText')}</p>
      {error instanceof ApiError && isSignInProblem(error) ? (
        <SignInProblem error={error} forgotPasswordHref="/forgot-password" />
      ) : (
        <PasskeyProblemAlert problem={error ? passkeyProblemOf(error) : null} />
      )}
      <Button
        type="button"
        className="margin-top-2"
        aria-describedby="second-factor-passkey-hint"
        disabled={busy}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          ceremony.reset();
          ceremony.mutate();
        }}
      >
        {busy ? t('passkeySignIn.busy') : t('secondFactor.passkeyButton')}
      </Button>
    </>
  );
}
