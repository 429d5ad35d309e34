import { Alert, Button } from '../../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addWageRateRequest, type AddWageRateRequest } from '../../../contracts/county-settings';
import { Loading } from '../../components/Loading';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check, type FieldIssues } from '../../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { localeOf } from '../../i18n';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { formatDate } from '../format';
import { DatedRatesTable } from '../DatedRatesTable';
import { api } from '../../api';
import { numberFormat } from '../../i18n/intl';

const FIELDS = [
  ['rateCents', 'wage-rate'],
  ['effectiveFrom', 'wage-from'],
  ['note', 'wage-note'],
] as const;

/** Dollars and cents as typed ("19.5", "$19.50") in cents, or null when it is not an amount from $0.01 to $1,000.00. */
function toCents(typed: string): number | null {
  const m = /^\$?\s*(\d{1,4})(?:\.(\d{1,2}))?$/.exec(typed.trim());
  if (!m) return null;
  const cents = Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
  return cents >= 1 && cents <= 100000 ? cents : null;
}

/** The county's hourly wage by effective date, and the form to add a rate (rates are only added, never changed). */
export function WageRates({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const form = useFormProblems(FIELDS);
  const rates = useQuery(api.countySettings.wageRates.query({ params: { slug } }));
  const [rate, setRate] = useState('');
  const [from, setFrom] = useState<DateParts>(EMPTY_DATE);
  const [note, setNote] = useState('');
  const add = useMutation({
    mutationFn: (input: AddWageRateRequest) => api.countySettings.addWageRate({ params: { slug }, body: input }),
    onSuccess: (data) => {
      queryClient.setQueryData(api.countySettings.wageRates.key({ params: { slug } }), data);
      setRate('');
      setFrom(EMPTY_DATE);
      setNote('');
    },
    onError: form.failed,
  });
  const money = (cents: number) => numberFormat(localeOf(i18n.language), { style: 'currency', currency: 'USD' }).format(cents / 100);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.reset();
    const cents = toCents(rate);
    const rateIssue: FieldIssues = cents === null ? { rateCents: { code: 'wageRateShape', message: t('wages.rateShape') } } : {};
    const result = check(addWageRateRequest, { rateCents: cents ?? 1, effectiveFrom: toIsoDate(from), note: note.trim() === '' ? undefined : note });
    if ('issues' in result || cents === null) return form.invalid({ ...('issues' in result ? result.issues : {}), ...rateIssue });
    form.clear();
    add.mutate(result.data);
  };
  return (
    <section aria-labelledby="wage-heading" className="margin-top-5">
      <h2 id="wage-heading">{t('settings.wageHeading')}</h2>
      <p>{t('wages.intro')}</p>
      {rates.isPending && <Loading />}
      <ProblemAlert error={rates.error} slim />
      {rates.data && (
        <DatedRatesTable
          caption={t('settings.wageHeading')}
          empty={t('settings.wageNone')}
          rates={rates.data.rates}
          fromColumn={t('wages.fromColumn')}
          noteColumn={t('wages.noteColumn')}
          columns={[{ heading: t('wages.rateColumn'), cell: (r) => t('wages.perHour', { rate: money(r.rateCents) }) }]}
        />
      )}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <h3>{t('wages.addHeading')}</h3>
        {rates.data?.earliestEffectiveFrom && <p className="usa-hint">{t('wages.earliest', { date: formatDate(rates.data.earliestEffectiveFrom, i18n.language) })}</p>}
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <TextField id="wage-rate" label={t('wages.rate')} hint={t('wages.rateHint')} inputMode="decimal" autoComplete="off" inputClassName="usa-input--small" value={rate} onChange={(e) => setRate(e.target.value)} error={form.errorOf('rateCents')} />
        <MemorableDate id="wage-from" legend={t('wages.from')} hint={t('cases.dateHint')} value={from} onChange={setFrom} error={form.errorOf('effectiveFrom')} />
        <TextField id="wage-note" label={t('wages.note')} hint={t('wages.noteHint')} maxLength={200} autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} error={form.errorOf('note')} />
        <div role="status">
          {add.isSuccess && (
            <Alert type="success" headingLevel="h4" slim>
              {t('wages.added')}
            </Alert>
          )}
        </div>
        <Button type="submit" className="margin-top-3" disabled={add.isPending}>
          {t('wages.submit')}
        </Button>
      </form>
    </section>
  );
}
