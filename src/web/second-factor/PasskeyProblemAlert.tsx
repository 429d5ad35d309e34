import { useTranslation } from 'react-i18next';
import { useIssueText } from '../forms/useIssueText';
import type { PasskeyProblem } from './passkey';

/**
 * Why a passkey did not sign the person in, in a live region that is always there so a screen reader hears it: the
 * prompt closed or timed out, the browser could not do it, or the server's refusal in its words.
 */
export function PasskeyProblemAlert({ problem, id }: { problem: PasskeyProblem | null; id?: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const text = !problem
    ? null
    : problem.kind === 'cancelled'
      ? t('secondFactor.passkeyCancelled')
      : problem.kind === 'failed'
        ? t('secondFactor.passkeyFailed')
        : issueText({ code: problem.error.code, params: problem.error.params, message: problem.error.message });
  return (
    <div role="alert" id={id}>
      {text && (
        <div className="usa-alert usa-alert--error usa-alert--slim margin-top-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{text}</p>
          </div>
        </div>
      )}
    </div>
  );
}
