import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formIssue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { downloadFile } from './download';

/** A link that still works without the script; with it, the file comes in the portal's language. */
export function DownloadLink({ href, fileName, label, children }: { href: string; fileName: string; label?: string; children: string }) {
  const { t } = useTranslation();
  const issueText = useIssueText();
  // Without signal it says so at once ('offline'), rather than waiting for the connection to start a download.
  const download = useMutation({ mutationFn: () => downloadFile(href, fileName), networkMode: 'always' });
  return (
    <>
      <a
        href={href}
        download={fileName}
        className="usa-button usa-button--outline"
        aria-label={label}
        aria-disabled={download.isPending || undefined}
        onClick={(e) => {
          e.preventDefault();
          if (!download.isPending) download.mutate();
        }}
      >
        {children}
      </a>
      {/* Inline words, not the block alert: the link sits inside a paragraph. */}
      <span role="status" className="display-block">
        {download.isPending && t('payments.downloading')}
        {download.error && <span className="usa-error-message">{issueText(formIssue(download.error))}</span>}
      </span>
    </>
  );
}
