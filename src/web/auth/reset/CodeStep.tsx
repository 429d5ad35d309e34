import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { EmailCodeForm } from '../EmailCodeForm';
import type { ResetRequest, ResetStarted } from './StartStep';

/** Step 2 by email. The page never says whether the account exists: the same words either way. */
export function CodeStep({
  flowToken,
  request,
  onRestarted,
  onDone,
}: {
  flowToken: string;
  request: ResetRequest;
  onRestarted(started: ResetStarted): void;
  onDone(): void;
}) {
  const { t } = useTranslation();
  return (
    <EmailCodeForm
      id="reset-code"
      flowToken={flowToken}
      label={t('reset.codeLabel')}
      hint={t('reset.codeHint')}
      intro={t('reset.codeSent')}
      submitLabel={t('reset.continue')}
      verify={(body) => api.auth.resetVerifyCode({ body })}
      onVerified={onDone}
      // A new code starts the reset again: the server keeps one code per reset.
      sendNew={() => api.auth.resetStart({ body: request })}
      onSentNew={onRestarted}
    />
  );
}
