import { useRef, useState, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityOverview } from '../../contracts/second-factors';
import { RadioTiles } from '../components/RadioTiles';
import { SetUpAuthenticatorApp } from './AuthenticatorApp';
import { AddPasskey } from './Passkeys';
import { ReauthProvider, useHasReauth } from './reauth';
import { MakeRecoveryCodes } from './RecoveryCodes';
import { SetUpTextMessages } from './TextMessages';
import { Done } from './parts';

type Choice = 'passkey' | 'app' | 'text';

/**
 * The add-factor controls on their own: a choice of passkey (the strongest), authenticator app or text messages (the
 * weakest), its set-up, then an offer of recovery codes when the account has none. `onAdded` is called when the person
 * is finished (the codes saved, or "Not now"). Used by "Set up a second way to sign in" while the session is in its
 * `enrol` stage; the same endpoints answer there.
 */
export function AddFactor({ onAdded }: { onAdded: () => void }) {
  const inside = useHasReauth();
  return inside ? (
    <AddFactorSteps onAdded={onAdded} />
  ) : (
    <ReauthProvider>
      <AddFactorSteps onAdded={onAdded} />
    </ReauthProvider>
  );
}

function AddFactorSteps({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>('passkey');
  const [offerCodes, setOfferCodes] = useState(false);
  const offer = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (offerCodes) offer.current?.focus();
  }, [offerCodes]);

  const added = (next: SecurityOverview) => {
    if (next.recoveryCodes) onAdded();
    else setOfferCodes(true);
  };

  if (offerCodes) {
    return (
      <div>
        <Done text={t('security.addFactor.added')} />
        <h2 id="add-factor-codes" ref={offer} tabIndex={-1}>
          {t('security.recovery.heading')}
        </h2>
        <p>{t('security.recovery.offer')}</p>
        <MakeRecoveryCodes existing={false} onFinished={onAdded} notNow={onAdded} />
      </div>
    );
  }

  return (
    <div>
      <RadioTiles
        id="add-factor-choice"
        legend={t('security.addFactor.legend')}
        value={choice}
        onChange={(v) => setChoice(v as Choice)}
        options={[
          { value: 'passkey', label: t('security.passkeys.heading'), hint: `${t('security.passkeys.strongest')} ${t('security.passkeys.intro')}` },
          { value: 'app', label: t('security.app.heading'), hint: t('security.app.short') },
          { value: 'text', label: t('security.text.heading'), hint: t('security.text.short') },
        ]}
      />
      <div className="margin-top-3">
        {choice === 'passkey' && <AddPasskey key="passkey" onAdded={added} startOpen />}
        {choice === 'app' && <SetUpAuthenticatorApp key="app" onAdded={added} startOpen />}
        {choice === 'text' && <SetUpTextMessages key="text" onAdded={added} startOpen />}
      </div>
    </div>
  );
}
