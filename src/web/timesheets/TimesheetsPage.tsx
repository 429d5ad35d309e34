import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { TimesheetSummary } from '../../contracts/timesheets';
import { addDays, monthOf, payPeriodOf } from '../../domain/index';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatMinutes, formatSpan } from './format';
import { StatusText } from './StatusText';
import './timesheets.css';
import { ProblemAlert } from '../forms/ProblemAlert';
import { clock } from '../clock';
import { api } from '../api';

/** The current pay period and the five before it: a provider has time to correct recent periods. */
function recentPeriodStarts(today: string): string[] {
  const starts: string[] = [];
  let start = payPeriodOf(today).start;
  for (let i = 0; i < 6; i++) {
    starts.push(start);
    start = payPeriodOf(addDays(start, -1)).start;
  }
  return starts;
}

/** The provider's timesheets by pay period (newest first) and recipient, every version, and "Open timesheet". */
export function TimesheetsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('timesheets.list.title'));
  const list = useQuery(api.timesheets.list.query());
  const periods = new Map<string, TimesheetSummary[]>();
  for (const ts of [...(list.data?.timesheets ?? [])].sort((a, b) => (a.payPeriod.start < b.payPeriod.start ? 1 : a.payPeriod.start > b.payPeriod.start ? -1 : b.version - a.version))) {
    periods.set(ts.payPeriod.start, [...(periods.get(ts.payPeriod.start) ?? []), ts]);
  }
  return (
    <>
      <h1>{t('timesheets.list.title')}</h1>
      <p className="measure-5">{t('timesheets.list.intro')}</p>
      <OpenTimesheetForm />
      <h2>{t('timesheets.list.yourTimesheets')}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && periods.size === 0 && <p>{t('timesheets.list.empty')}</p>}
      {[...periods].map(([start, items]) => (
        <section key={start} aria-labelledby={`period-${start}`}>
          <h3 id={`period-${start}`}>{formatSpan(start, items[0]!.payPeriod.end, i18n.language)}</h3>
          <ul className="usa-list usa-list--unstyled">
            {items.map((ts) => (
              <li key={ts.id} className="padding-y-1 border-bottom-1px border-base-lighter">
                <Link to={`/timesheets/${ts.id}`}>
                  {t('timesheets.list.itemLink', { name: `${ts.recipient.firstName} ${ts.recipient.lastName}`, version: ts.version })}
                </Link>{' '}
                <StatusText status={ts.status} />
                <br />
                {t('timesheets.list.hours', { worked: formatMinutes(ts.workedMinutes, i18n.language), travel: formatMinutes(ts.travelMinutes, i18n.language) })}
                {ts.decision?.reason && (
                  <>
                    <br />
                    {t('timesheets.editor.rejectedReason', { reason: ts.decision.reason })}
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function OpenTimesheetForm() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const today = clock.today();
  const cases = useQuery(api.cases.list.query({ query: { month: monthOf(today) } }));
  const starts = recentPeriodStarts(today);
  const [caseNumber, setCaseNumber] = useState('');
  const [periodStart, setPeriodStart] = useState(starts[0]!);
  const chosen = caseNumber || cases.data?.cases[0]?.caseNumber || '';
  const open = useMutation({
    mutationFn: () => api.timesheets.open({ body: { caseNumber: chosen, payPeriodStart: periodStart } }),
    onSuccess: async (view) => {
      queryClient.setQueryData(api.timesheets.get.key({ params: { timesheetId: view.id } }), view);
      await navigate(`/timesheets/${view.id}`);
    },
  });

  return (
    <form
      className="usa-form margin-bottom-4"
      aria-labelledby="open-heading"
      onSubmit={(e) => {
        e.preventDefault();
        open.mutate();
      }}
    >
      <h2 id="open-heading">{t('timesheets.list.openHeading')}</h2>
      <label className="usa-label" htmlFor="open-recipient">
        {t('timesheets.list.recipient')}
      </label>
      <select className="usa-select" id="open-recipient" value={chosen} onChange={(e) => setCaseNumber(e.target.value)}>
        {(cases.data?.cases ?? []).map((c) => (
          <option key={c.caseNumber} value={c.caseNumber}>
            {t('timesheets.list.recipientOption', { name: `${c.recipient.firstName} ${c.recipient.lastName}`, caseNumber: c.caseNumber })}
          </option>
        ))}
      </select>
      <label className="usa-label" htmlFor="open-period">
        {t('timesheets.list.period')}
      </label>
      <select className="usa-select" id="open-period" value={periodStart} onChange={(e) => setPeriodStart(e.target.value)}>
        {starts.map((start, i) => (
          <option key={start} value={start}>
            {i === 0
              ? t('timesheets.list.currentPeriod', { span: formatSpan(start, payPeriodOf(start).end, i18n.language) })
              : formatSpan(start, payPeriodOf(start).end, i18n.language)}
          </option>
        ))}
      </select>
      <ProblemAlert error={open.error} />
      <button type="submit" className="usa-button" disabled={open.isPending || chosen === ''}>
        {t('timesheets.list.open')}
      </button>
    </form>
  );
}
