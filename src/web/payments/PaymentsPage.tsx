import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PaymentStatement, PaymentView } from '../../contracts/payments';
import { Loading } from '../components/Loading';
import { ProblemAlert } from '../forms/ProblemAlert';
import { usePageTitle } from '../components/usePageTitle';
import { formatMinutes, formatMoney, formatShortDay, formatSpan } from '../timesheets/format';
import '../timesheets/timesheets.css';
import { useDeductionText } from './deductions';
import { DownloadLink } from './DownloadLink';
import { PaidTo } from '../direct-deposit/PaidTo';
import { usePaymentStatusText, useReturnReasonText } from './status';
import { clock } from '../clock';
import { api } from '../api';

/** How many years back the year picker goes. */
const YEARS = 5;

/**
 * The provider's payments of a year (issue #5): amounts by kind, a pay stub each, and the year as CSV; from gross to
 * net (issue #15): each payment's deductions, net pay and year to date, and the way to the tax forms, withholding and
 * direct deposit.
 */
export function PaymentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('payments.title'));
  const thisYear = Number(clock.today().slice(0, 4));
  const years = Array.from({ length: YEARS }, (_, i) => thisYear - i);
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('year'));
  const year = years.includes(asked) ? asked : thisYear;
  const [chosen, setChosen] = useState(String(year));
  const list = useQuery(api.payments.list.query({ query: { year } }));
  const payments = list.data?.payments ?? [];
  return (
    <>
      <h1>{t('payments.title')}</h1>
      <nav aria-label={t('payDeductions.linksLabel')}>
        <ul className="usa-list usa-list--unstyled">
          <li>
            <Link to="/payments/tax-forms">{t('payDeductions.taxFormsLink')}</Link>
          </li>
          <li>
            <Link to="/payments/withholding">{t('payDeductions.withholdingLink')}</Link>
          </li>
          <li>
            <Link to="/payments/direct-deposit">{t('payDeductions.directDepositLink')}</Link>
          </li>
        </ul>
      </nav>
      <p className="measure-5">{t('payments.intro')}</p>
      <form
        className="usa-form margin-bottom-3"
        onSubmit={(e) => {
          e.preventDefault();
          setParams({ year: chosen });
        }}
      >
        <label className="usa-label" htmlFor="payments-year">
          {t('payments.year')}
        </label>
        <select className="usa-select" id="payments-year" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button margin-top-2">
          {t('payments.show')}
        </button>
      </form>
      <p className="margin-bottom-0">
        <DownloadLink href={api.payments.exportCsv.url({ query: { year } })} fileName={`ihss-payments-${year}.csv`}>
          {t('payments.csv', { year })}
        </DownloadLink>
      </p>
      <p className="usa-hint margin-top-0">{t('payments.csvHint')}</p>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && payments.length === 0 && <p>{t('payments.empty', { year })}</p>}
      {payments.map((p) => (
        <Payment key={p.id} payment={p} />
      ))}
    </>
  );
}

function Payment({ payment: p }: { payment: PaymentStatement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const statusText = usePaymentStatusText();
  const headingId = `payment-${p.id}`;
  const ytd = p.yearToDate.cents;
  const rows = [
    [t('payments.regular'), p.minutes.regular, p.cents.regular, ytd.regular],
    [t('payments.overtime'), p.minutes.overtime, p.cents.overtime, ytd.overtime],
    [t('payments.travel'), p.minutes.travel, p.cents.travel, ytd.travel],
    [t('payments.sickLeave'), p.minutes.sickLeave, p.cents.sickLeave, ytd.sickLeave],
  ] as const;
  return (
    <section className="dashboard-region" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('payments.heading', { number: p.paymentNumber })}</h2>
      <p className="margin-top-0">
        {t('payments.issued', { date: formatShortDay(p.issueDate, lang) })}{' '}
        <span className="usa-tag timesheet-status">{statusText(p.status)}</span>
        {p.paidOn && p.status === 'paid' && (
          <>
            <br />
            {t('payments.paidOn', { date: formatShortDay(p.paidOn, lang) })}
          </>
        )}
        <br />
        {t('payments.forLine', { name: `${p.recipient.firstName} ${p.recipient.lastName}`, span: formatSpan(p.payPeriod.start, p.payPeriod.end, lang) })}
        <br />
        {t('payments.rate', { rate: formatMoney(p.rateCents, lang) })}
      </p>
      <PaidTo paidTo={p.paidTo} />
      {p.returned && <ReturnedNotice returned={p.returned} />}
      <table className="usa-table usa-table--borderless width-full">
        <caption className="usa-sr-only">{t('payments.amountsCaption', { number: p.paymentNumber })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('payments.kind')}</th>
            <th scope="col">{t('payments.time')}</th>
            <th scope="col" className="text-right">
              {t('payments.amount')}
            </th>
            <th scope="col" className="text-right">
              {t('payDeductions.yearToDate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows
            .filter(([, minutes, cents, yearToDate]) => minutes > 0 || cents > 0 || yearToDate > 0)
            .map(([kind, minutes, cents, yearToDate]) => (
              <tr key={kind}>
                <th scope="row">{kind}</th>
                <td>{formatMinutes(minutes, lang)}</td>
                <td className="text-right">{formatMoney(cents, lang)}</td>
                <td className="text-right">{formatMoney(yearToDate, lang)}</td>
              </tr>
            ))}
          <tr>
            <th scope="row">{t('payments.gross')}</th>
            <td />
            <td className="text-right text-bold">{formatMoney(p.cents.gross, lang)}</td>
            <td className="text-right text-bold">{formatMoney(ytd.gross, lang)}</td>
          </tr>
        </tbody>
      </table>
      <Deductions payment={p} />
      <p>
        <DownloadLink href={api.payments.stub.url({ params: { paymentId: p.id } })} fileName={`pay-stub-${p.paymentNumber}.pdf`} label={t('payments.stubLabel', { number: p.paymentNumber })}>
          {t('payments.stub')}
        </DownloadLink>
      </p>
      <p>{p.timesheetId === null ? t('payments.sickLeaveAlone') : <Link to={`/claims/${p.timesheetId}`}>{t('payments.claimLink')}</Link>}</p>
    </section>
  );
}

/**
 * What was taken from the gross and what was left (issue #15): each deduction taken this payment or earlier in the year,
 * with its year to date, the total, net pay; then, folded, the wages each tax was figured on.
 */
function Deductions({ payment: p }: { payment: PaymentStatement }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const deductionText = useDeductionText();
  const taken = p.deductions.filter((d) => d.cents > 0 || d.yearToDateCents > 0);
  const total = (f: (d: PaymentStatement['deductions'][number]) => number) => p.deductions.reduce((s, d) => s + f(d), 0);
  const w = p.taxableWages;
  const yw = p.yearToDate.taxableWages;
  const wages = [
    ['federal_income_tax', w.federal, yw.federal],
    ['social_security', w.socialSecurity, yw.socialSecurity],
    ['medicare', w.medicare, yw.medicare],
    ['state_income_tax', w.state, yw.state],
    ['sdi', w.sdi, yw.sdi],
  ] as const;
  const heads = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="text-right">
          {t('payments.amount')}
        </th>
        <th scope="col" className="text-right">
          {t('payDeductions.yearToDate')}
        </th>
      </tr>
    </thead>
  );
  return (
    <>
      <table className="usa-table usa-table--borderless width-full">
        <caption className="usa-sr-only">{t('payDeductions.deductionsCaption', { number: p.paymentNumber })}</caption>
        {heads(t('payDeductions.deduction'))}
        <tbody>
          {taken.map((d) => (
            <tr key={d.kind}>
              <th scope="row">{deductionText(d.kind)}</th>
              <td className="text-right">{formatMoney(d.cents, lang)}</td>
              <td className="text-right">{formatMoney(d.yearToDateCents, lang)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('payDeductions.total')}</th>
            <td className="text-right">{formatMoney(total((d) => d.cents), lang)}</td>
            <td className="text-right">{formatMoney(total((d) => d.yearToDateCents), lang)}</td>
          </tr>
          <tr>
            <th scope="row" className="text-bold">
              {t('payDeductions.net')}
            </th>
            <td className="text-right text-bold">{formatMoney(p.cents.net, lang)}</td>
            <td className="text-right text-bold">{formatMoney(p.yearToDate.cents.net, lang)}</td>
          </tr>
        </tbody>
      </table>
      <details className="margin-bottom-2">
        <summary>{t('payDeductions.wagesSummary')}</summary>
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('payDeductions.wagesCaption', { number: p.paymentNumber })}</caption>
          {heads(t('payDeductions.tax'))}
          <tbody>
            {wages.map(([kind, cents, yearToDate]) => (
              <tr key={kind}>
                <th scope="row">{deductionText(kind)}</th>
                <td className="text-right">{formatMoney(cents, lang)}</td>
                <td className="text-right">{formatMoney(yearToDate, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

/** A deposit the bank sent back (ADR 0007): when, why in words, and what the provider should do. Never colour alone. */
export function ReturnedNotice({ returned }: { returned: NonNullable<PaymentView['returned']> }) {
  const { t, i18n } = useTranslation();
  const words = useReturnReasonText()(returned.reason);
  return (
    <div className="usa-alert usa-alert--warning usa-alert--slim margin-bottom-2">
      <div className="usa-alert__body">
        <p className="usa-alert__text text-bold">{t('payments.returnedOn', { date: formatShortDay(returned.on, i18n.language) })}</p>
        <p className="usa-alert__text">{t('payments.returnedWhy', { why: words.why })}</p>
        <p className="usa-alert__text">{t('payments.returnedWhatToDo', { whatToDo: words.whatToDo })}</p>
      </div>
    </div>
  );
}
