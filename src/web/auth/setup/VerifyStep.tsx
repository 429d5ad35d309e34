import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatTime } from '../../i18n/format';
import { EmailCodeForm } from '../EmailCodeForm';
import { sendCode, type CodeSent } from './EmailStep';

/** Step 3: the code from the email proves the address works. */
export function VerifyStep({
  flowToken,
  sent,
  onResent,
  onChangeEmail,
  onDone,
}: {
  flowToken: string;
  sent: CodeSent;
  onResent(sent: CodeSent): void;
  onChangeEmail(): void;
  onDone(): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <EmailCodeForm
      id="setup-code"
      flowToken={flowToken}
      label={t('setup.codeLabel')}
      hint={t('setup.codeHint')}
      // The address as typed, not the server's masked copy: the person can spot a typo and change it.
      intro={t('setup.codeSent', { email: sent.email, time: formatTime(sent.expiresAt, i18n.language) })}
      submitLabel={t('setup.confirmCode')}
      verify={(body) => api.auth.setupVerifyEmail({ body })}
      onVerified={onDone}
      sendNew={() => sendCode(flowToken, sent.email)}
      onSentNew={onResent}
    >
      <li className="margin-top-2">
        <button type="button" className="usa-button usa-button--unstyled" onClick={onChangeEmail}>
          {t('setup.changeEmail')}
        </button>
      </li>
    </EmailCodeForm>
  );
}
