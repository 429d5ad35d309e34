import type { ReactNode } from 'react';
import { formIssue, type Issue } from './issues';
import { useIssueText } from './useIssueText';

interface Props {
  /** The problem in the catalogue's terms; or */
  problem?: Issue | null;
  /** the failed request (a query's or a mutation's error), said in words the person can act on. */
  error?: unknown;
  /** The narrow variant, for a problem inside a card or beside one control. */
  slim?: boolean;
  /** A heading above the words, for an alert that names which of several things failed. */
  heading?: { level: 2 | 3; text: string };
  /** What the person can do about it (e.g. dismiss it), under the words. */
  children?: ReactNode;
}

/**
 * The one way a screen says that something failed and there is no single field to point at (loading, opening,
 * correcting). The alert region is always present so screen readers announce the problem when it appears.
 */
export function ProblemAlert({ problem, error, slim = false, heading, children }: Props) {
  const issueText = useIssueText();
  const issue = problem ?? (error ? formIssue(error) : null);
  const Heading = heading?.level === 2 ? 'h2' : 'h3';
  return (
    <div role="alert">
      {issue && (
        <div className={`usa-alert usa-alert--error${slim ? ' usa-alert--slim' : ''} margin-top-2`}>
          <div className="usa-alert__body">
            {heading && <Heading className="usa-alert__heading">{heading.text}</Heading>}
            <p className="usa-alert__text">{issueText(issue)}</p>
            {children}
          </div>
        </div>
      )}
    </div>
  );
}
