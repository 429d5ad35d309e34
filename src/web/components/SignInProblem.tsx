import { Alert } from '@trussworks/react-uswds';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { lockedError } from '../../contracts/auth';
import type { ApiError } from '../api';
import { useIssueText } from '../forms/useIssueText';
import { formatDateTime } from '../i18n/format';
import { telHref } from './phone';

/**
 * The refusals of sign-in that need more than a line: a lock (until when, and both ways out), a
 * deactivated account (whom to call) and too many attempts (how long to wait).
 */
export function SignInProblem({ error, forgotPasswordHref }: { error: ApiError; forgotPasswordHref: string }) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();

  if (error.status === 423) {
    const locked = lockedError.shape.error.safeParse(error.detail);
    if (!locked.success) return <Alert type="error" headingLevel="h2" heading={t('signIn.lockedHeading')}>{issueText(error)}</Alert>;
    const { lockedUntil, helpDesk } = locked.data;
    return (
      <Alert type="error" headingLevel="h2" heading={t('signIn.lockedHeading')} tabIndex={-1} id="sign-in-problem">
        <p className="margin-top-1">
          {t('errors.accountLocked', { until: formatDateTime(lockedUntil, i18n.language), phone: helpDesk.phone })}
        </p>
        <ul className="usa-list">
          <li>
            {t('signIn.unlockByEmail')} <Link to={forgotPasswordHref}>{t('signIn.forgotPassword')}</Link>
          </li>
          <li>
            {t('signIn.unlockByPhone')} <a href={telHref(helpDesk.phone)}>{helpDesk.phone}</a>
          </li>
        </ul>
      </Alert>
    );
  }

  if (error.code === 'accountDeactivated') {
    const phone = typeof error.params.phone === 'string' ? error.params.phone : null;
    return (
      <Alert type="error" headingLevel="h2" heading={t('signIn.deactivatedHeading')} tabIndex={-1} id="sign-in-problem">
        <p className="margin-top-1">{issueText(error)}</p>
        {phone && (
          <p>
            <a href={telHref(phone)}>{phone}</a>
          </p>
        )}
      </Alert>
    );
  }

  const seconds = typeof error.params.seconds === 'number' ? error.params.seconds : (error.retryAfterSeconds ?? 60);
  return (
    <Alert type="warning" headingLevel="h2" heading={t('signIn.tooManyHeading')} tabIndex={-1} id="sign-in-problem">
      {t('errors.tooManyRequests', { seconds })}
    </Alert>
  );
}

/** Whether SignInProblem has something to say about this error. */
export const isSignInProblem = (error: ApiError) =>
  error.status === 423 || error.code === 'accountDeactivated' || error.status === 429;
