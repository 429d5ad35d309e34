import type { Issue } from './issues';
import { useIssueText } from './useIssueText';

/**
 * A problem with an action that has no single field to point at (opening, correcting a timesheet), in an
 * alert region that is always present so screen readers announce it when it appears.
 */
export function ProblemAlert({ problem }: { problem: Issue | null }) {
  const issueText = useIssueText();
  return (
    <div role="alert">
      {problem && (
        <div className="usa-alert usa-alert--error margin-top-2">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{issueText(problem)}</p>
          </div>
        </div>
      )}
    </div>
  );
}
