import { Button, Fieldset } from '../../components/uswds';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { createCaseRequest } from '../../../contracts/cases-console';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { useSession } from '../../session';
import { CountyPicker } from '../CountyPicker';
import { ContactFields, EMPTY_CONTACT, StatusSelect, contactFieldIds, contactInput, optionalIsoDate, type CaseStatus, type Contact } from './fields';
import { api } from '../../api';

const FIELDS = [
  ['county', 'new-case-county'],
  ['caseNumber', 'new-case-number'],
  ['firstName', 'new-case-firstName'],
  ['lastName', 'new-case-lastName'],
  ['eligibleFrom', 'new-case-from'],
  ['eligibleTo', 'new-case-to'],
  ...contactFieldIds('new-case'),
] as const;

/** County staff add a recipient's case; its hours, providers and portal account are set on the case's page. */
export function NewCasePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.addTitle'));
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const [county, setCounty] = useState('');
  const [person, setPerson] = useState({ caseNumber: '', firstName: '', lastName: '' });
  const [status, setStatus] = useState<CaseStatus>('active');
  const [from, setFrom] = useState<DateParts>(EMPTY_DATE);
  const [to, setTo] = useState<DateParts>(EMPTY_DATE);
  const [contact, setContact] = useState<Contact>(EMPTY_CONTACT);

  const create = useMutation({
    mutationFn: (input: z.output<typeof createCaseRequest>) => api.caseConsole.create({ body: input }),
    onSuccess: (view) => {
      queryClient.setQueryData(api.caseConsole.get.key({ params: { caseNumber: view.caseNumber } }), view);
      void queryClient.invalidateQueries({ queryKey: api.caseConsole.list.key() });
      void navigate(`/staff/cases/${view.caseNumber}`, { state: { justCreated: true } });
    },
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { address, phone, diagnoses } = contactInput(contact);
    const result = check(createCaseRequest, {
      ...person,
      ...(user?.role === 'state_admin' ? { county: county || undefined } : {}),
      status,
      eligibleFrom: toIsoDate(from),
      eligibleTo: optionalIsoDate(to),
      address: address ?? undefined,
      phone: phone ?? undefined,
      diagnoses: diagnoses ?? undefined,
    });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    create.mutate(result.data);
  };

  const text = (field: keyof typeof person) => ({
    value: person[field],
    onChange: (e: { target: { value: string } }) => setPerson((p) => ({ ...p, [field]: e.target.value })),
    error: form.errorOf(field),
  });

  return (
    <div className="page-narrow">
      <h1>{t('cases.addTitle')}</h1>
      <p>{t('cases.addIntro')}</p>
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        {user?.role === 'state_admin' && <CountyPicker id="new-case-county" value={county} onChange={setCounty} />}
        <Fieldset legend={t('cases.recipientLegend')} legendStyle="large">
          <TextField id="new-case-number" label={t('cases.caseNumber')} hint={t('cases.caseNumberHint')} inputMode="numeric" maxLength={9} autoComplete="off" inputClassName="usa-input--medium" {...text('caseNumber')} />
          <TextField id="new-case-firstName" label={t('enrol.firstName')} autoComplete="off" {...text('firstName')} />
          <TextField id="new-case-lastName" label={t('enrol.lastName')} autoComplete="off" {...text('lastName')} />
          <StatusSelect id="new-case-status" value={status} onChange={setStatus} />
          <MemorableDate id="new-case-from" legend={t('cases.eligibleFrom')} hint={t('cases.dateHint')} value={from} onChange={setFrom} error={form.errorOf('eligibleFrom')} />
          <MemorableDate id="new-case-to" legend={t('cases.eligibleTo')} hint={t('cases.eligibleToHint')} value={to} onChange={setTo} error={form.errorOf('eligibleTo')} />
        </Fieldset>
        <Fieldset legend={t('cases.sensitiveLegend')} legendStyle="large" className="margin-top-4">
          <ContactFields prefix="new-case" value={contact} onChange={setContact} errorOf={form.errorOf} />
        </Fieldset>
        <Button type="submit" className="margin-top-4" disabled={create.isPending}>
          {t('cases.addSubmit')}
        </Button>
      </form>
    </div>
  );
}
