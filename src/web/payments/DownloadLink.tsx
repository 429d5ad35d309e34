import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formIssue, type Issue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { downloadFile } from './download';

/** A link that still works without the script; with it, the file comes in the portal's language. */
export function DownloadLink({ href, fileName, label, children }: { href: string; fileName: string; label?: string; children: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Issue | null>(null);
  return (
    <>
      <a
        href={href}
        download={fileName}
        className="usa-button usa-button--outline"
        aria-label={label}
        aria-disabled={busy || undefined}
        onClick={(e) => {
          e.preventDefault();
          if (busy) return;
          setBusy(true);
          setProblem(null);
          downloadFile(href, fileName)
            .catch((error: unknown) => setProblem(formIssue(error)))
            .finally(() => setBusy(false));
        }}
      >
        {children}
      </a>
      <span role="status" className="display-block">
        {busy && t('payments.downloading')}
        {problem && <span className="usa-error-message">{issueText(problem)}</span>}
      </span>
    </>
  );
}
