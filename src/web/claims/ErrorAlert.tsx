import { formIssue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';

/** A request that failed, in words the person can act on. */
export function ErrorAlert({ error }: { error: unknown }) {
  const issueText = useIssueText();
  return (
    <div className="usa-alert usa-alert--error" role="alert">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{issueText(formIssue(error))}</p>
      </div>
    </div>
  );
}
