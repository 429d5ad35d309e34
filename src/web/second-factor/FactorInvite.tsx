import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionState } from '../../contracts/auth';
import { api } from '../api';
import { Button } from '../components/uswds';
import { ProblemAlert } from '../forms/ProblemAlert';
import { useSession } from '../session';

/**
 * The invitation to add a second factor, for a provider or recipient who has none (`security.inviteToAddFactor`):
 * "Set up now" opens "Sign-in and security"; "Not now" asks again in 30 days (the server keeps when).
 */
export function FactorInvite() {
  const { t } = useTranslation();
  const { state } = useSession();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const skip = useMutation({
    mutationFn: () => api.secondFactors.skipInvite(),
    onSuccess: () =>
      queryClient.setQueryData<SessionState>(api.auth.session.key(), (old) =>
        old?.authenticated ? { ...old, security: { ...old.security, inviteToAddFactor: false } } : old,
      ),
    onSettled: () => setBusy(false),
  });
  if (!state?.authenticated || !state.security.inviteToAddFactor) return null;
  return (
    <section className="usa-alert usa-alert--info margin-bottom-3 factor-invite" aria-labelledby="factor-invite-heading">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="factor-invite-heading">
          {t('factorInvite.heading')}
        </h2>
        <p className="usa-alert__text">{t('factorInvite.text')}</p>
        <ul className="usa-button-group margin-top-2">
          <li className="usa-button-group__item">
            <Link className="usa-button" to="/profile/security">
              {t('factorInvite.setUp')}
            </Link>
          </li>
          <li className="usa-button-group__item">
            <Button
              type="button"
              outline
              disabled={busy}
              onClick={() => {
                if (busy) return;
                setBusy(true);
                skip.mutate();
              }}
            >
              {t('factorInvite.notNow')}
            </Button>
          </li>
        </ul>
        <ProblemAlert error={skip.error} slim />
      </div>
    </section>
  );
}
