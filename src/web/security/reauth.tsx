import { useMutation, useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { REAUTH_MINUTES, reauthenticateRequest, type SecurityOverview } from '../../contracts/second-factors';
import { api, ApiError } from '../api';
import { Radio } from '../components/uswds';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { passkeyAnswer } from './webauthn';
import { useStoreOverview } from './parts';

/** The server's answer to a change of factors made more than REAUTH_MINUTES after the person last proved who they are. */
export const isReauthRequired = (error: unknown) => error instanceof ApiError && error.status === 403 && error.code === 'reauthRequired';

interface Asked {
  retry(): void;
  cancel(): void;
  /** Where focus goes back when the dialog closes: the control that started the change. */
  returnTo: HTMLElement | null;
}

const ReauthContext = createContext<{ ask(asked: Asked): void } | null>(null);

/** Whether a ReauthProvider is above: the add-factor controls bring their own when they are used alone. */
export const useHasReauth = () => useContext(ReauthContext) !== null;

/**
 * Holds the "Confirm it is you" dialog for the changes below it: a change refused with 403 reauthRequired opens it, and
 * once the person has given their password or a code, the change is made again.
 */
export function ReauthProvider({ children }: { children: ReactNode }) {
  const [asked, setAsked] = useState<Asked | null>(null);
  const value = useMemo(() => ({ ask: setAsked }), []);
  return (
    <ReauthContext.Provider value={value}>
      {children}
      {asked && (
        <ReauthDialog
          returnTo={asked.returnTo}
          onConfirmed={() => {
            setAsked(null);
            asked.retry();
          }}
          onCancel={() => {
            setAsked(null);
            asked.cancel();
          }}
        />
      )}
    </ReauthContext.Provider>
  );
}

/**
 * useMutation for a change of factors: a refusal for want of a recent password or code opens the dialog instead of
 * failing, and the same change is sent again once the person confirmed. `error` stays empty while the dialog is up; if
 * the person cancels, the refusal is the error ("confirm it is you").
 */
export function useGuardedMutation<TData, TVariables = void>({
  mutationFn,
  onSuccess,
  onError,
}: {
  mutationFn(variables: TVariables): Promise<TData>;
  onSuccess?(data: TData, variables: TVariables): void;
  onError?(error: Error): void;
}) {
  const reauth = useContext(ReauthContext);
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLElement | null>(null);
  const mutation = useMutation<TData, Error, TVariables>({
    mutationFn,
    onSuccess: (data, variables) => onSuccess?.(data, variables),
    onError: (error, variables) => {
      if (!reauth || !isReauthRequired(error)) return onError?.(error);
      setAsking(true);
      // Focus goes back to what has it now (a control may have moved it since), else to the control that started it.
      const now = document.activeElement;
      const started = trigger.current?.isConnected ? trigger.current : null;
      reauth.ask({
        returnTo: now instanceof HTMLElement && now !== document.body ? now : started,
        retry: () => {
          setAsking(false);
          mutation.mutate(variables);
        },
        cancel: () => {
          setAsking(false);
          onError?.(error);
        },
      });
    },
  });
  const { mutate: send } = mutation;
  const mutate = useCallback(
    (variables: TVariables) => {
      const active = document.activeElement;
      trigger.current = active instanceof HTMLElement && active !== document.body ? active : null;
      send(variables);
    },
    [send],
  );
  return { ...mutation, mutate, error: asking ? null : mutation.error, isPending: mutation.isPending || asking };
}

type Method = z.infer<typeof reauthenticateRequest>['method'];

const FIELDS = [
  ['password', 'reauth-password'],
  ['code', 'reauth-code'],
] as const;

/** The ways this account can confirm: its password always, and each factor it has. */
function methodsOf(overview: SecurityOverview | undefined): Method[] {
  if (!overview) return ['password'];
  return [
    'password',
    ...(overview.passkeys.length > 0 ? (['passkey'] as const) : []),
    ...(overview.authenticatorApp ? (['totp'] as const) : []),
    ...(overview.textMessages ? (['sms'] as const) : []),
  ];
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** A USWDS modal that holds focus while it is up and gives it back to the control that asked for it. */
function ReauthDialog({ returnTo, onConfirmed, onCancel }: { returnTo: HTMLElement | null; onConfirmed(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const store = useStoreOverview();
  const overview = useQuery(api.secondFactors.overview.query());
  const methods = methodsOf(overview.data);
  const [method, setMethod] = useState<Method>('password');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const problems = useFormProblems(FIELDS);
  const confirm = useMutation({
    mutationFn: async (body: z.input<typeof reauthenticateRequest> | null) => {
      if (body) return api.secondFactors.reauthenticate({ body });
      const { challengeId, response } = await passkeyAnswer(() => api.secondFactors.reauthPasskeyOptions());
      return api.secondFactors.reauthenticate({ body: { method: 'passkey', challengeId, response } });
    },
    onSuccess: (next) => {
      store(next);
      onConfirmed();
    },
    onError: problems.failed,
  });
  const sendText = useMutation({ mutationFn: () => api.secondFactors.reauthSendText(), onError: problems.failed });

  const box = useRef<HTMLDivElement>(null);
  // The dialog holds the focus while it is up (its heading first), and gives it back to the control that asked.
  useEffect(() => {
    document.body.classList.add('usa-js-modal--active');
    document.getElementById('reauth-heading')?.focus();
    const pullBack = (e: FocusEvent) => {
      if (box.current && e.target instanceof Node && !box.current.contains(e.target)) document.getElementById('reauth-heading')?.focus();
    };
    document.addEventListener('focusin', pullBack);
    return () => {
      document.removeEventListener('focusin', pullBack);
      document.body.classList.remove('usa-js-modal--active');
      returnTo?.focus();
    };
  }, [returnTo]);
  const keepFocusIn = (e: KeyboardEvent) => {
    if (e.key !== 'Tab' || !box.current) return;
    const stops = [...box.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) return;
    const at = document.activeElement;
    if (e.shiftKey && (at === first || at === document.getElementById('reauth-heading'))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && at === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const choose = (next: Method) => {
    setMethod(next);
    setCode('');
    problems.clear();
    confirm.reset();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (confirm.isPending) return;
    if (method === 'passkey') {
      problems.clear();
      return confirm.mutate(null);
    }
    const checked = check(reauthenticateRequest, method === 'password' ? { method, password } : { method, code });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    confirm.mutate(checked.data);
  };

  const labels: Record<Method, string> = {
    password: t('security.reauth.password'),
    passkey: t('security.reauth.passkey'),
    totp: t('security.reauth.totp'),
    sms: t('security.reauth.sms'),
  };

  return createPortal(
    <div className="usa-modal-wrapper is-visible">
      <div className="usa-modal-overlay">
        <div
          className="usa-modal"
          role="dialog"
          aria-modal="true"
          aria-labelledby="reauth-heading"
          aria-describedby="reauth-text"
          ref={box}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onCancel();
            else keepFocusIn(e);
          }}
        >
          <form className="usa-modal__content" noValidate onSubmit={submit}>
            <div className="usa-modal__main">
              <h2 className="usa-modal__heading" id="reauth-heading" tabIndex={-1}>
                {t('security.reauth.heading')}
              </h2>
              <p id="reauth-text">{t('security.reauth.text', { minutes: REAUTH_MINUTES })}</p>
              {methods.length > 1 && (
                <fieldset className="usa-fieldset">
                  <legend className="usa-legend">{t('security.reauth.how')}</legend>
                  {methods.map((m) => (
                    <Radio key={m} id={`reauth-method-${m}`} name="reauth-method" value={m} checked={method === m} onChange={() => choose(m)} label={labels[m]} />
                  ))}
                </fieldset>
              )}
              {method === 'password' && (
                <TextField
                  id="reauth-password"
                  type="password"
                  autoComplete="current-password"
                  label={t('security.reauth.passwordLabel')}
                  value={password}
                  error={problems.errorOf('password')}
                  onChange={(e) => setPassword(e.target.value)}
                />
              )}
              {method === 'sms' && (
                <>
                  <div role="status">{sendText.data && <p>{t('security.reauth.textSent', { phone: sendText.data.sentTo })}</p>}</div>
                  <button type="button" className="usa-button usa-button--outline margin-top-2" aria-disabled={sendText.isPending} onClick={() => !sendText.isPending && sendText.mutate()}>
                    {sendText.data ? t('security.reauth.sendAgain') : t('security.reauth.sendText')}
                  </button>
                </>
              )}
              {(method === 'totp' || method === 'sms') && (
                <TextField
                  id="reauth-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  maxLength={7}
                  inputClassName="usa-input--small"
                  label={method === 'totp' ? t('security.reauth.totpLabel') : t('security.reauth.smsLabel')}
                  hint={t('security.codeHint')}
                  value={code}
                  error={problems.errorOf('code')}
                  onChange={(e) => setCode(e.target.value)}
                />
              )}
              {method === 'passkey' && <p>{t('security.reauth.passkeyText')}</p>}
              <ProblemAlert problem={problems.formProblem} slim />
              <div className="usa-modal__footer">
                <ul className="usa-button-group">
                  <li className="usa-button-group__item">
                    <button type="submit" className="usa-button" aria-disabled={confirm.isPending}>
                      {t('security.reauth.confirm')}
                    </button>
                  </li>
                  <li className="usa-button-group__item">
                    <button type="button" className="usa-button usa-button--outline" onClick={onCancel}>
                      {t('security.reauth.cancel')}
                    </button>
                  </li>
                </ul>
              </div>
            </div>
          </form>
        </div>
      </div>
    </div>,
    document.body,
  );
}
