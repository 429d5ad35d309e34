import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityOverview } from '../../contracts/second-factors';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { AuthenticatorAppSection } from './AuthenticatorApp';
import { DevicesAndSessions } from './DevicesAndSessions';
import { PasskeysSection } from './Passkeys';
import { factorCount } from './parts';
import { ReauthProvider } from './reauth';
import { RecoveryCodesSection } from './RecoveryCodes';
import { TextMessagesSection } from './TextMessages';

/**
 * "Sign-in and security" (/profile/security), for every role: the account's passkeys (the strongest), authenticator
 * app, text-message codes (the weakest) and recovery codes, then its devices and sessions. Every change asks for the
 * password or a code again when the last one is more than 5 minutes old (the dialog in reauth.tsx).
 */
export function SecurityPage() {
  const { t } = useTranslation();
  usePageTitle(t('security.title'));
  const overview = useQuery(api.secondFactors.overview.query());
  const [offerCodes, setOfferCodes] = useState(false);
  // The first factor is in: recovery codes are the way back if it is lost, so they are offered next.
  const added = (next: SecurityOverview) => {
    if (factorCount(next) === 1 && !next.recoveryCodes) setOfferCodes(true);
  };
  const data = overview.data;
  return (
    <ReauthProvider>
      <div className="page-narrow">
        <h1>{t('security.title')}</h1>
        <p>{t('security.intro')}</p>
        {overview.isPending && <Loading />}
        <ProblemAlert error={overview.error} />
        {data && (
          <>
            {data.required && <p>{t('security.required')}</p>}
            <PasskeysSection overview={data} onAdded={added} />
            <AuthenticatorAppSection overview={data} onAdded={added} />
            <TextMessagesSection overview={data} onAdded={added} />
            <RecoveryCodesSection overview={data} offered={offerCodes} />
          </>
        )}
        <DevicesAndSessions />
      </div>
    </ReauthProvider>
  );
}
