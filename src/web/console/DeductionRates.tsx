import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setDeductionRatesRequest, type SetDeductionRatesRequest } from '../../contracts/payroll-terms';
import { api } from '../api';
import { Loading } from '../components/Loading';
import { Alert, Button } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../forms/MemorableDate';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { formatMoney } from '../timesheets/format';
import { typedCents } from '../withholding/amounts';
import { formatDate } from './format';
import { DatedRatesTable } from './DatedRatesTable';

const FIELDS = [
  ['effectiveFrom', 'rates-from'],
  ['unionDuesCentsPerHour', 'rates-dues'],
  ['healthPremiumMonthlyCents', 'rates-premium'],
  ['note', 'rates-note'],
] as const;

/** Blank is "none from this date"; anything typed is an amount, or NaN for the contract to refuse beside the field. */
const optionalCents = (typed: string) => (typed.trim() === '' ? null : typedCents(typed));

/**
 * The county's union dues and health plan premium by effective date (issue #15), for the county admin: each applies
 * to payments issued from its date until the next; a date may be set again until it comes (it replaces the rates set
 * for it), never one already here, since payments made then took the rates they found.
 */
export function DeductionRates({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const rates = useQuery(api.payrollTerms.deductionRates.query({ params: { slug } }));
  const [from, setFrom] = useState<DateParts>(EMPTY_DATE);
  const [dues, setDues] = useState('');
  const [premium, setPremium] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: (body: SetDeductionRatesRequest) => api.payrollTerms.setDeductionRates({ params: { slug }, body }),
    onSuccess: (data) => {
      queryClient.setQueryData(api.payrollTerms.deductionRates.key({ params: { slug } }), data);
      setFrom(EMPTY_DATE);
      setDues('');
      setPremium('');
      setNote('');
    },
    onError: form.failed,
  });
  const money = (cents: number | null) => (cents === null ? t('deductionRates.none') : formatMoney(cents, i18n.language));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const result = check(setDeductionRatesRequest, {
      effectiveFrom: toIsoDate(from),
      unionDuesCentsPerHour: optionalCents(dues),
      healthPremiumMonthlyCents: optionalCents(premium),
      note: note.trim() === '' ? undefined : note,
    });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  return (
    <section aria-labelledby="rates-heading" className="margin-top-5">
      <h2 id="rates-heading">{t('deductionRates.heading')}</h2>
      <p>{t('deductionRates.intro')}</p>
      {rates.isPending && <Loading />}
      <ProblemAlert error={rates.error} slim />
      {rates.data && (
        <DatedRatesTable
          caption={t('deductionRates.heading')}
          empty={t('deductionRates.empty')}
          rates={rates.data.rates}
          fromColumn={t('deductionRates.fromColumn')}
          noteColumn={t('deductionRates.noteColumn')}
          columns={[
            { heading: t('deductionRates.duesColumn'), cell: (r) => money(r.unionDuesCentsPerHour) },
            { heading: t('deductionRates.premiumColumn'), cell: (r) => money(r.healthPremiumMonthlyCents) },
          ]}
        />
      )}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <h3>{t('deductionRates.setHeading')}</h3>
        {rates.data && <p className="usa-hint">{t('deductionRates.earliest', { date: formatDate(rates.data.earliestEffectiveFrom, i18n.language) })}</p>}
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <MemorableDate id="rates-from" legend={t('deductionRates.from')} hint={t('cases.dateHint')} value={from} onChange={setFrom} error={form.errorOf('effectiveFrom')} />
        <TextField id="rates-dues" label={t('deductionRates.dues')} hint={t('deductionRates.duesHint')} inputMode="decimal" autoComplete="off" inputClassName="usa-input--small" value={dues} onChange={(e) => setDues(e.target.value)} error={form.errorOf('unionDuesCentsPerHour')} />
        <TextField id="rates-premium" label={t('deductionRates.premium')} hint={t('deductionRates.premiumHint')} inputMode="decimal" autoComplete="off" inputClassName="usa-input--medium" value={premium} onChange={(e) => setPremium(e.target.value)} error={form.errorOf('healthPremiumMonthlyCents')} />
        <TextField id="rates-note" label={t('deductionRates.note')} hint={t('deductionRates.noteHint')} maxLength={200} autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} error={form.errorOf('note')} />
        <div role="status">
          {save.isSuccess && (
            <Alert type="success" headingLevel="h4" slim>
              {t('deductionRates.saved')}
            </Alert>
          )}
        </div>
        <Button type="submit" className="margin-top-3" disabled={save.isPending}>
          {t('deductionRates.submit')}
        </Button>
      </form>
    </section>
  );
}
