import { Alert, Button, Fieldset } from '../../components/uswds';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { updateCaseRequest, type StaffCaseView, type UpdateCaseRequest } from '../../../contracts/cases-console';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { MemorableDate, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { AssignmentsSection } from './AssignmentsSection';
import { AuthorizationsSection } from './AuthorizationsSection';
import { PayrollTermsSection } from './PayrollTermsSection';
import { STATUS_WORDS, StatusSelect, dateParts, optionalIsoDate, useHoursText, type CaseStatus } from './fields';
import { RecipientAccountSection } from './RecipientAccountSection';
import { SensitiveSection } from './SensitiveSection';
import { useCaseWrite } from './useCaseWrite';
import './cases.css';
import { api } from '../../api';

/** One case: its details, the audited sensitive data, authorised hours by month, providers and the recipient's account. */
export function CasePage() {
  const { t } = useTranslation();
  const { caseNumber = '' } = useParams();
  usePageTitle(t('cases.caseTitle', { caseNumber }));
  const justCreated = (useLocation().state as { justCreated?: boolean } | null)?.justCreated === true;
  const view = useQuery(api.caseConsole.get.query({ params: { caseNumber } }));
  return (
    <div className="page-narrow">
      <p className="margin-top-0">
        <Link to="/staff/cases">{t('cases.backToList')}</Link>
      </p>
      {view.isPending && <Loading />}
      {view.isError && (
        <>
          <h1>{t('cases.caseTitle', { caseNumber })}</h1>
          <ProblemAlert error={view.error} slim />
        </>
      )}
      {view.data && <CaseContent view={view.data} justCreated={justCreated} />}
    </div>
  );
}

function CaseContent({ view, justCreated }: { view: StaffCaseView; justCreated: boolean }) {
  const { t } = useTranslation();
  const hoursText = useHoursText();
  return (
    <>
      <h1>
        {view.recipient.firstName} {view.recipient.lastName}
      </h1>
      <p className="usa-intro">
        {t('cases.caseSummary', { caseNumber: view.caseNumber, county: view.county.name, status: t(STATUS_WORDS[view.status]), hours: hoursText(view.authorizedMinutesThisMonth) })}
      </p>
      {justCreated && (
        <Alert type="success" headingLevel="h2" slim>
          {t('cases.created')}
        </Alert>
      )}
      <CaseDetailsForm key={view.caseNumber} view={view} />
      <SensitiveSection caseNumber={view.caseNumber} />
      <AuthorizationsSection view={view} />
      <AssignmentsSection view={view} />
      <PayrollTermsSection caseNumber={view.caseNumber} />
      <RecipientAccountSection view={view} />
    </>
  );
}

const DETAIL_FIELDS = [
  ['firstName', 'case-firstName'],
  ['lastName', 'case-lastName'],
  ['eligibleFrom', 'case-from'],
  ['eligibleTo', 'case-to'],
] as const;

function CaseDetailsForm({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const form = useFormProblems(DETAIL_FIELDS);
  const [names, setNames] = useState({ firstName: view.recipient.firstName, lastName: view.recipient.lastName });
  const [status, setStatus] = useState<CaseStatus>(view.status);
  const [from, setFrom] = useState<DateParts>(dateParts(view.eligibleFrom));
  const [to, setTo] = useState<DateParts>(dateParts(view.eligibleTo));
  const save = useCaseWrite((body: UpdateCaseRequest) => api.caseConsole.update({ params: { caseNumber: view.caseNumber }, body }), form.failed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const result = check(updateCaseRequest, { ...names, status, eligibleFrom: toIsoDate(from), eligibleTo: optionalIsoDate(to) });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  const text = (field: keyof typeof names) => ({
    value: names[field],
    onChange: (e: { target: { value: string } }) => setNames((n) => ({ ...n, [field]: e.target.value })),
    error: form.errorOf(field),
  });
  return (
    <section aria-labelledby="case-details-heading" className="case-section">
      <h2 id="case-details-heading">{t('cases.detailsHeading')}</h2>
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <Fieldset legend={t('cases.detailsLegend')} legendStyle="srOnly">
          <TextField id="case-firstName" label={t('enrol.firstName')} autoComplete="off" {...text('firstName')} />
          <TextField id="case-lastName" label={t('enrol.lastName')} autoComplete="off" {...text('lastName')} />
          <StatusSelect id="case-status" value={status} onChange={setStatus} />
          <MemorableDate id="case-from" legend={t('cases.eligibleFrom')} hint={t('cases.dateHint')} value={from} onChange={setFrom} error={form.errorOf('eligibleFrom')} />
          <MemorableDate id="case-to" legend={t('cases.eligibleTo')} hint={t('cases.eligibleToHint')} value={to} onChange={setTo} error={form.errorOf('eligibleTo')} />
        </Fieldset>
        <div role="status">
          {save.isSuccess && (
            <Alert type="success" headingLevel="h3" slim>
              {t('cases.detailsSaved')}
            </Alert>
          )}
        </div>
        <Button type="submit" className="margin-top-3" disabled={save.isPending}>
          {t('cases.saveDetails')}
        </Button>
      </form>
    </section>
  );
}
