import { Alert } from '../components/uswds';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EmailStep, type CodeSent } from './setup/EmailStep';
import { IdentityStep, type Identity } from './setup/IdentityStep';
import { PasswordStep } from './setup/PasswordStep';
import { VerifyStep } from './setup/VerifyStep';
import { StepProgress } from '../components/StepProgress';
import { usePageTitle } from '../components/usePageTitle';

/**
 * First-time set-up for providers, in four steps. The flow token lives only in this page's state: it is
 * a short-lived key to someone's account, so it is never written to storage or the address bar.
 */
export function CreateAccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('setup.title'));
  const navigate = useNavigate();
  const [identity, setIdentity] = useState<Identity | null>(null);
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [verified, setVerified] = useState(false);
  const [lastEmail, setLastEmail] = useState('');
  const startOver = () => {
    setIdentity(null);
    setSent(null);
    setVerified(false);
    setLastEmail('');
  };

  const steps = [t('setup.stepIdentity'), t('setup.stepEmail'), t('setup.stepVerify'), t('setup.stepPassword')];
  const current = !identity ? 0 : !sent ? 1 : !verified ? 2 : 3;

  return (
    <div className="page-narrow">
      <h1>{t('setup.title')}</h1>
      {current === 0 && (
        <>
          <p>{t('setup.intro')}</p>
          <p>{t('setup.notProvider')}</p>
          <p>
            {t('setup.alreadyHave')} <Link to="/sign-in">{t('signIn.submit')}</Link>
          </p>
        </>
      )}
      <StepProgress labels={steps} current={current} />
      {verified && (
        <Alert type="success" headingLevel="h3" slim>
          {t('setup.emailConfirmed')}
        </Alert>
      )}
      {!identity && <IdentityStep onDone={setIdentity} />}
      {identity && !sent && <EmailStep identity={identity} initialEmail={lastEmail} onDone={setSent} />}
      {identity && sent && !verified && (
        <VerifyStep
          flowToken={identity.flowToken}
          sent={sent}
          onResent={setSent}
          onChangeEmail={() => {
            setLastEmail(sent.email);
            setSent(null);
          }}
          onDone={() => setVerified(true)}
        />
      )}
      {identity && verified && (
        <PasswordStep
          flowToken={identity.flowToken}
          questionsAllowed={identity.securityQuestionsAllowed}
          onDone={() => navigate('/sign-in', { replace: true, state: { notice: 'setupComplete' } })}
        />
      )}
      {identity && (
        <p className="margin-top-4">
          {/* A step that expired (errors.flowExpired) can only be fixed by starting again. */}
          <button type="button" className="usa-button usa-button--unstyled" onClick={startOver}>
            {t('app.startOver')}
          </button>
        </p>
      )}
    </div>
  );
}
