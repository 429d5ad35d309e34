import { Alert, Button } from '../../components/uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { authorizationInput, type StaffCaseView } from '../../../contracts/cases-console';
import { formatMonth } from '../../evv/format';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useFormProblems } from '../../forms/useFormProblems';
import { EMPTY_HOURS, HoursMinutesField, MonthField, toIsoMonth, toMinutes, useHoursText, type HoursMinutes, type MonthParts } from './fields';
import { useCaseWrite } from './useCaseWrite';
import { api } from '../../api';

const FIELDS = [
  ['effectiveMonth', 'auth-month'],
  ['monthlyMinutes', 'auth-hours'],
] as const;

/** The authorised hours by month (each applies until a later month is set), and the form to set them from a month. */
export function AuthorizationsSection({ view }: { view: StaffCaseView }) {
  const { t, i18n } = useTranslation();
  const hoursText = useHoursText();
  const form = useFormProblems(FIELDS);
  const [year = '', month = ''] = view.today.split('-');
  const [from, setFrom] = useState<MonthParts>({ month, year });
  const [hours, setHours] = useState<HoursMinutes>(EMPTY_HOURS);
  const save = useCaseWrite((body: z.output<typeof authorizationInput>) => api.caseConsole.setAuthorization({ params: { caseNumber: view.caseNumber }, body }), form.failed);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const minutes = toMinutes(hours, (max) => t('cases.hoursRange', { max }));
    const hoursIssue = 'issue' in minutes ? minutes.issue : minutes.minutes === null ? { code: 'required' } : undefined;
    const result = check(authorizationInput, { effectiveMonth: toIsoMonth(from), monthlyMinutes: 'minutes' in minutes ? (minutes.minutes ?? 0) : 0 });
    if ('issues' in result || hoursIssue) return form.invalid({ ...('issues' in result ? result.issues : {}), ...(hoursIssue ? { monthlyMinutes: hoursIssue } : {}) });
    form.clear();
    save.mutate(result.data);
  };
  const history = [...view.authorizations].reverse();
  return (
    <section aria-labelledby="case-hours-heading" className="case-section">
      <h2 id="case-hours-heading">{t('cases.hoursHeading')}</h2>
      <p>{t('cases.hoursIntro')}</p>
      {history.length === 0 ? (
        <p>{t('cases.hoursNone')}</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('cases.hoursHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cases.fromMonthColumn')}</th>
              <th scope="col">{t('cases.monthlyHoursColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((a) => (
              <tr key={a.effectiveMonth}>
                <th scope="row">{formatMonth(`${a.effectiveMonth}-01`, i18n.language)}</th>
                <td>{hoursText(a.monthlyMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <h3>{t('cases.hoursSetHeading')}</h3>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <MonthField id="auth-month" legend={t('cases.fromMonth')} hint={t('cases.fromMonthHint')} value={from} onChange={setFrom} error={form.errorOf('effectiveMonth')} />
        <HoursMinutesField id="auth-hours" legend={t('cases.monthlyHours')} hint={t('cases.monthlyHoursHint')} value={hours} onChange={setHours} error={form.errorOf('monthlyMinutes')} />
        <div role="status">
          {save.isSuccess && (
            <Alert type="success" headingLevel="h4" slim>
              {t('cases.hoursSaved')}
            </Alert>
          )}
        </div>
        <Button type="submit" className="margin-top-3" disabled={save.isPending}>
          {t('cases.hoursSave')}
        </Button>
      </form>
    </section>
  );
}
