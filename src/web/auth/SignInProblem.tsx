import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { lockedError } from '../../contracts/auth';
import type { z } from 'zod';
import type { ApiError } from '../api';
import { useIssueText } from '../forms/useIssueText';
import { formatDateTime } from '../i18n/format';
import { telHref } from '../components/phone';

/**
 * A USWDS alert whose body holds paragraphs and lists: the library's Alert wraps its children in one <p>, where a
 * list or a second paragraph is not allowed.
 */
function ProblemBox({ type, heading, children }: { type: 'error' | 'warning'; heading: string; children: ReactNode }) {
  return (
    <div className={`usa-alert usa-alert--${type}`} tabIndex={-1} id="sign-in-problem">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading">{heading}</h2>
        {children}
      </div>
    </div>
  );
}

/**
 * The refusals of sign-in that need more than a line: a lock (until when, and both ways out), a
 * deactivated account (whom to call) and too many attempts (how long to wait).
 */
export function SignInProblem({ error, forgotPasswordHref }: { error: ApiError; forgotPasswordHref: string }) {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();

  if (error.status === 423) {
    // The server sends a lock through its contract (lockedError, src/server/lib/route.ts); any other 423 is said as it is.
    if (error.code !== 'accountLocked') {
      return (
        <ProblemBox type="error" heading={t('signIn.lockedHeading')}>
          <p className="usa-alert__text">{issueText(error)}</p>
        </ProblemBox>
      );
    }
    const { lockedUntil, helpDesk } = error.detail as z.infer<typeof lockedError>['error'];
    return (
      <ProblemBox type="error" heading={t('signIn.lockedHeading')}>
        <p className="usa-alert__text">
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
      </ProblemBox>
    );
  }

  if (error.code === 'accountDeactivated') {
    const phone = typeof error.params.phone === 'string' ? error.params.phone : null;
    return (
      <ProblemBox type="error" heading={t('signIn.deactivatedHeading')}>
        <p className="usa-alert__text">{issueText(error)}</p>
        {phone && (
          <p>
            <a href={telHref(phone)}>{phone}</a>
          </p>
        )}
      </ProblemBox>
    );
  }

  const seconds = typeof error.params.seconds === 'number' ? error.params.seconds : (error.retryAfterSeconds ?? 60);
  return (
    <ProblemBox type="warning" heading={t('signIn.tooManyHeading')}>
      <p className="usa-alert__text">{t('errors.tooManyRequests', { seconds })}</p>
    </ProblemBox>
  );
}

/** Whether SignInProblem has something to say about this error. */
export const isSignInProblem = (error: ApiError) =>
  error.status === 423 || error.code === 'accountDeactivated' || error.status === 429;
