import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { safeNextPath } from '../auth/safeNextPath';
import { Button } from '../components/uswds';
import { PasskeyProblemAlert } from './PasskeyProblemAlert';
import { passkeyCeremony, passkeyProblemOf, passkeysSupported } from './passkey';

/**
 * "Sign in with a passkey", beside the sign-in form: a passkey found on the device signs in alone, with no ID or
 * password typed (phishing-resistant, and two factors in one). Not shown where the browser has no WebAuthn.
 */
export function PasskeySignIn({ idPrefix = 'sign-in' }: { idPrefix?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The browser's prompt is open for as long as the person takes: a second tap must not start another.
  const [busy, setBusy] = useState(false);
  const signIn = useMutation({
    mutationFn: () => passkeyCeremony(() => api.secondFactors.passkeySignInOptions(), (body) => api.secondFactors.passkeySignIn({ body })),
    onSuccess: (state) => {
      if (state.authenticated) navigate(safeNextPath(params.get('next')) ?? '/dashboard', { replace: true });
    },
    onSettled: () => setBusy(false),
  });
  if (!passkeysSupported()) return null;
  const hint = `${idPrefix}-passkey-hint`;
  return (
    <section className="sign-in-passkey margin-top-4" aria-labelledby={`${idPrefix}-passkey-heading`}>
      <h2 className="font-body-md margin-bottom-1" id={`${idPrefix}-passkey-heading`}>
        {t('passkeySignIn.or')}
      </h2>
      <p className="usa-hint margin-top-0" id={hint}>
        {t('passkeySignIn.hint')}
      </p>
      <Button
        type="button"
        outline
        aria-describedby={hint}
        disabled={busy}
        onClick={() => {
          if (busy) return;
          setBusy(true);
          signIn.reset();
          signIn.mutate();
        }}
      >
        {busy ? t('passkeySignIn.busy') : t('passkeySignIn.button')}
      </Button>
      <PasskeyProblemAlert problem={signIn.error ? passkeyProblemOf(signIn.error) : null} />
    </section>
  );
}
