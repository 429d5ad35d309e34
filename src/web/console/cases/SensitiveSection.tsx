import { Alert, Button } from '../../components/uswds';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCaseRequest, type StaffCaseSensitiveView, type UpdateCaseRequest } from '../../../contracts/cases-console';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useFormProblems } from '../../forms/useFormProblems';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { ContactFields, contactFieldIds, contactInput, type Contact } from './fields';
import { useCaseWrite } from './useCaseWrite';
import { api } from '../../api';

/**
 * Address, phone and diagnoses are shown only when asked for, and the page says first that every viewing is
 * recorded. The read is a button press, never a page load, so nobody reads them by just opening the case.
 */
export function SensitiveSection({ caseNumber }: { caseNumber: string }) {
  const { t } = useTranslation();
  const reveal = useMutation({ mutationFn: () => api.caseConsole.sensitive({ params: { caseNumber } }) });
  return (
    <section aria-labelledby="case-sensitive-heading" className="case-section">
      <h2 id="case-sensitive-heading">{t('cases.sensitiveLegend')}</h2>
      {reveal.data ? (
        <SensitiveForm caseNumber={caseNumber} data={reveal.data} />
      ) : (
        <>
          <p>{t('cases.sensitiveRecorded')}</p>
          <ProblemAlert error={reveal.error} slim />
          <Button type="button" outline onClick={() => reveal.mutate()} disabled={reveal.isPending}>
            {t('cases.sensitiveShow')}
          </Button>
        </>
      )}
    </section>
  );
}

const FIELDS = contactFieldIds('sensitive');

function SensitiveForm({ caseNumber, data }: { caseNumber: string; data: StaffCaseSensitiveView }) {
  const { t } = useTranslation();
  const form = useFormProblems(FIELDS);
  const [contact, setContact] = useState<Contact>({
    street: data.address.street ?? '',
    unit: data.address.unit ?? '',
    city: data.address.city ?? '',
    state: data.address.state,
    zip: data.address.zip ?? '',
    phone: data.phone ?? '',
    diagnoses: data.diagnoses ?? '',
  });
  const save = useCaseWrite((body: UpdateCaseRequest) => api.caseConsole.update({ params: { caseNumber }, body }), form.failed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const result = check(updateCaseRequest, contactInput(contact));
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <p>{t('cases.sensitiveShown')}</p>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <ContactFields prefix="sensitive" value={contact} onChange={setContact} errorOf={form.errorOf} />
      <div role="status">
        {save.isSuccess && (
          <Alert type="success" headingLevel="h3" slim>
            {t('cases.sensitiveSaved')}
          </Alert>
        )}
      </div>
      <Button type="submit" className="margin-top-3" disabled={save.isPending}>
        {t('cases.sensitiveSave')}
      </Button>
    </form>
  );
}
