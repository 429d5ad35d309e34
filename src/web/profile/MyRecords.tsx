import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { formIssue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { downloadFile } from '../payments/download';

/**
 * "Download my records" (issue #14): the person's own sign-ins, EVV taps, timesheets with their decisions, messages
 * and payments as one ZIP, to keep as the county advises. The server writes the files in the account's language.
 */
export function MyRecords() {
  const { t } = useTranslation();
  const issueText = useIssueText();
  // Without signal it says so at once ('offline'), rather than waiting for the connection to start a download.
  const download = useMutation({ mutationFn: () => downloadFile(api.records.download.url(), 'ihss-records.zip'), networkMode: 'always' });
  return (
    <section className="margin-top-5 border-top-05 border-primary" aria-labelledby="my-records-heading">
      <h2 id="my-records-heading">{t('records.heading')}</h2>
      <p>{t('records.intro')}</p>
      <p>{t('records.privacy')}</p>
      <button type="button" className="usa-button" aria-disabled={download.isPending || undefined} onClick={() => !download.isPending && download.mutate()}>
        {t('records.download')}
      </button>
      <div role="status">
        {download.isPending && <p>{t('records.preparing')}</p>}
        {download.error && <p className="usa-error-message">{issueText(formIssue(download.error))}</p>}
      </div>
    </section>
  );
}
