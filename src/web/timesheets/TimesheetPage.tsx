import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { TimesheetView } from '../../contracts/timesheets';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ProblemAlert } from '../forms/ProblemAlert';
import { formatMinutes, formatSpan } from './format';
import { CorrectionReasons, returnedFindings } from './CorrectionReasons';
import { ReadOnlyTimesheet } from './ReadOnlyTimesheet';
import { SubmittedConfirmation } from './SubmittedConfirmation';
import { StatusText } from './StatusText';
import { TimesheetEditor } from './TimesheetEditor';
import './timesheets.css';
import { timesheetQueries } from './data';

/**
 * A timesheet: the editor while it is a draft, read-only once submitted, with all its versions. Its story (who
 * decided, why, the next step) comes from the claim's timeline, so this page and the claim page tell the same one;
 * a correction shows why the version it corrects was sent back.
 */
export function TimesheetPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const query = useQuery(timesheetQueries.view(id));
  const claim = useQuery(timesheetQueries.claim(id));
  const [submittedId, setSubmittedId] = useState<number | null>(null);
  const view = query.data;
  usePageTitle(view ? t('timesheets.editor.title', { name: `${view.recipient.firstName} ${view.recipient.lastName}` }) : t('timesheets.editor.loadingTitle'));
  if (query.isPending) return <Loading />;
  if (!view) {
    return (
      <>
        <h1>{t('timesheets.editor.loadingTitle')}</h1>
        <ProblemAlert error={query.error} />
      </>
    );
  }
  const versions = claim.data?.versions ?? [];
  const corrected = versions.find((v) => v.id === view.supersedesId);
  const returned = corrected?.story;
  const returnedStatus = corrected?.status;
  return (
    <>
      <h1>{t('timesheets.editor.title', { name: `${view.recipient.firstName} ${view.recipient.lastName}` })}</h1>
      <p className="margin-top-0">
        {t('timesheets.editor.period', { span: formatSpan(view.payPeriod.start, view.payPeriod.end, i18n.language) })}
        <br />
        {t('timesheets.editor.version', { version: view.version })} <StatusText status={view.status} />
      </p>
      {submittedId === view.id && view.status === 'submitted' && view.submittedAt && <SubmittedConfirmation view={view} submittedAt={view.submittedAt} />}
      {view.editable ? (
        <>
          {returned?.returned && <CorrectionReasons story={returned} status={returnedStatus!} />}
          <TimesheetEditor
            key={view.id}
            initial={view}
            returned={returned ? returnedFindings(returned, view.payPeriod) : []}
            onSubmitted={(next) => setSubmittedId(next.id)}
          />
        </>
      ) : (
        <ReadOnlyTimesheet view={view} story={versions.find((v) => v.id === view.id)?.story} />
      )}
      <Versions view={view} />
      <p className="margin-top-4">
        <Link to="/timesheets">{t('timesheets.editor.allTimesheets')}</Link>
      </p>
    </>
  );
}

/** Every version of this recipient's timesheet for the period: a correction keeps the one before. */
function Versions({ view }: { view: TimesheetView }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(timesheetQueries.versions(view));
  const versions = [...(list.data?.timesheets ?? [])].sort((a, b) => b.version - a.version);
  if (versions.length === 0) return null;
  return (
    <section className="margin-top-4" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('timesheets.editor.versionsHeading')}</h2>
      <ul className="usa-list usa-list--unstyled">
        {versions.map((v) => (
          <li key={v.id} className="padding-y-1 border-bottom-1px border-base-lighter">
            {v.id === view.id ? (
              <strong aria-current="page">{t('timesheets.editor.versionLine', { version: v.version })}</strong>
            ) : (
              <Link to={`/timesheets/${v.id}`}>{t('timesheets.editor.versionLine', { version: v.version })}</Link>
            )}{' '}
            <StatusText status={v.status} /> {formatMinutes(v.workedMinutes, i18n.language)}
            {v.decision?.reason && (
              <>
                <br />
                {t('timesheets.editor.rejectedReason', { reason: v.decision.reason })}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
