import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { claimListQuery } from '../../contracts/claims';
import { TIMESHEET_STATUSES } from '../../contracts/timesheets';
import { addDays, payPeriodOf } from '../../domain/index';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatMoney, formatShortDay, formatSpan } from '../timesheets/format';
import { StatusText, useStatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ProblemAlert } from '../forms/ProblemAlert';
import { clock } from '../clock';
import { api } from '../api';

/** Every state a sent claim can be in: drafts are not claims yet. */
const CLAIM_STATUSES = TIMESHEET_STATUSES.filter((s) => s !== 'draft');
type ClaimStatus = (typeof CLAIM_STATUSES)[number];
const isClaimStatus = (s: string | null): s is ClaimStatus => CLAIM_STATUSES.some((c) => c === s);

/** The last year of pay periods, newest first. */
function periodStarts(today: string): string[] {
  const starts: string[] = [];
  let start = payPeriodOf(today).start;
  for (let i = 0; i < 24; i++) {
    starts.push(start);
    start = payPeriodOf(addDays(start, -1)).start;
  }
  return starts;
}

/** The filters in the address, those that are well formed (a hand-edited address may hold others). */
const filtersOf = (params: URLSearchParams): z.input<typeof claimListQuery> => {
  const status = params.get('status');
  const caseNumber = params.get('case');
  const period = params.get('period');
  return {
    ...(isClaimStatus(status) && { status }),
    ...(caseNumber && /^\d{7}$/.test(caseNumber) && { caseNumber }),
    ...(period && /^\d{4}-\d{2}-\d{2}$/.test(period) && { from: period, to: period }),
  };
};

/** The provider's claims (issue #5): filters by status, recipient and pay period, each claim opening its timeline. */
export function ClaimsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  usePageTitle(t('claims.list.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const filtered = Object.keys(filters).length > 0;
  const list = useQuery(api.claims.list.query({ query: filters }));
  // The recipients to filter by: from every claim, so a filter never hides the other choices.
  const all = useQuery(api.claims.list.query({ query: {} }));
  const recipients = new Map((all.data?.claims ?? []).map((c) => [c.caseNumber, `${c.recipient.firstName} ${c.recipient.lastName}`]));
  const statusText = useStatusText();
  const [status, setStatus] = useState(params.get('status') ?? '');
  const [caseNumber, setCaseNumber] = useState(params.get('case') ?? '');
  const [period, setPeriod] = useState(params.get('period') ?? '');
  const starts = periodStarts(clock.today());
  const claims = list.data?.claims ?? [];

  return (
    <>
      <h1>{t('claims.list.title')}</h1>
      <p className="measure-5">{t('claims.list.intro')}</p>
      <form
        className="usa-form margin-bottom-3"
        aria-labelledby="claims-filters"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams();
          if (status) next.set('status', status);
          if (caseNumber) next.set('case', caseNumber);
          if (period) next.set('period', period);
          setParams(next);
        }}
      >
        <h2 id="claims-filters">{t('claims.list.filtersHeading')}</h2>
        <label className="usa-label" htmlFor="claims-status">
          {t('claims.list.status')}
        </label>
        <select className="usa-select" id="claims-status" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="">{t('claims.list.anyStatus')}</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText(s)}
            </option>
          ))}
        </select>
        <label className="usa-label" htmlFor="claims-case">
          {t('claims.list.recipient')}
        </label>
        <select className="usa-select" id="claims-case" value={caseNumber} onChange={(e) => setCaseNumber(e.target.value)}>
          <option value="">{t('claims.list.anyRecipient')}</option>
          {[...recipients].map(([number, name]) => (
            <option key={number} value={number}>
              {t('claims.list.recipientOption', { name, caseNumber: number })}
            </option>
          ))}
        </select>
        <label className="usa-label" htmlFor="claims-period">
          {t('claims.list.period')}
        </label>
        <select className="usa-select" id="claims-period" value={period} onChange={(e) => setPeriod(e.target.value)}>
          <option value="">{t('claims.list.anyPeriod')}</option>
          {starts.map((start) => (
            <option key={start} value={start}>
              {formatSpan(start, payPeriodOf(start).end, lang)}
            </option>
          ))}
        </select>
        <button type="submit" className="usa-button margin-top-2">
          {t('claims.list.apply')}
        </button>
        {filtered && (
          <p>
            <Link
              to="/claims"
              onClick={() => {
                setStatus('');
                setCaseNumber('');
                setPeriod('');
              }}
            >
              {t('claims.list.clear')}
            </Link>
          </p>
        )}
      </form>

      <section aria-labelledby="claims-results">
        <h2 id="claims-results">{t('claims.list.resultsHeading')}</h2>
        {list.isPending && <Loading />}
        {list.isError && <ProblemAlert error={list.error} />}
        <p role="status">{list.data ? (claims.length === 0 ? t('claims.list.empty') : t('claims.list.count', { count: claims.length })) : ''}</p>
        {claims.length > 0 && (
          <ul className="usa-list usa-list--unstyled">
            {claims.map((c) => (
              <li key={c.id} className="padding-y-1 border-bottom-1px border-base-lighter">
                <Link to={`/claims/${c.id}`}>
                  {t('claims.list.itemLink', {
                    name: `${c.recipient.firstName} ${c.recipient.lastName}`,
                    span: formatSpan(c.payPeriod.start, c.payPeriod.end, lang),
                    version: c.version,
                  })}
                </Link>{' '}
                <StatusText status={c.status} />
                {c.depositReturnedOn && (
                  <>
                    <br />
                    <strong>{t('claims.list.depositReturned', { date: formatShortDay(c.depositReturnedOn, lang) })}</strong>
                  </>
                )}
                <br />
                {c.grossCents === null ? t('claims.list.amountUnknown') : t('claims.list.amount', { amount: formatMoney(c.grossCents, lang) })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
