import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { rulesFinding } from '../../contracts/rules';
import { sickLeaveClaimRequest } from '../../contracts/sick-leave';
import { checkSickLeaveClaim, monthOf } from '../../domain/index';
import { renderReason } from '../../domain/reason-texts/render';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check, type FieldIssues } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { currentLanguage } from '../i18n';
import { reasonPack } from '../i18n/reasons';
import { FindingList, type ShownFinding } from '../timesheets/FindingBox';
import { formatDay, formatMinutes } from '../timesheets/format';
import '../timesheets/timesheets.css';
import { clock } from '../clock';
import { api, ApiError } from '../api';

/** "1", "1.5", "2,5" hours as minutes; undefined when it is not a number. */
function hoursToMinutes(text: string): number | undefined {
  const match = /^\s*(\d{1,2})(?:[.,](\d+))?\s*$/.exec(text);
  if (!match) return undefined;
  return Math.round(Number(`${match[1]}.${match[2] ?? '0'}`) * 60);
}

/** The provider's paid sick leave: the balance and its dates, a claim form, and the claims made. */
export function SickLeavePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('sickLeave.title'));
  const overview = useQuery(api.sickLeave.overview.query());
  const lang = i18n.language;
  const o = overview.data;
  const status = (s: 'pending' | 'confirmed' | 'rejected') =>
    ({ pending: t('sickLeave.status.pending'), confirmed: t('sickLeave.status.confirmed'), rejected: t('sickLeave.status.rejected') })[s];
  return (
    <>
      <h1>{t('sickLeave.title')}</h1>
      <p className="measure-5">{t('sickLeave.intro')}</p>
      {overview.isPending && <Loading />}
      <ProblemAlert error={overview.error} />
      {o && (
        <section className="usa-summary-box margin-y-3" aria-labelledby="balance-heading">
          <div className="usa-summary-box__body">
            <h2 className="usa-summary-box__heading" id="balance-heading">
              {t('sickLeave.balanceHeading')}
            </h2>
            <dl className="account-facts">
              <dt>{t('sickLeave.balance')}</dt>
              <dd>{formatMinutes(o.balanceMinutes, lang)}</dd>
              <dt>{t('sickLeave.yearly')}</dt>
              <dd>{formatMinutes(o.yearlyMinutes, lang)}</dd>
              <dt>{t('sickLeave.used')}</dt>
              <dd>{formatMinutes(Math.max(0, o.earnedOn ? o.yearlyMinutes - o.balanceMinutes : 0), lang)}</dd>
              <dt>{t('sickLeave.earned')}</dt>
              <dd>
                {o.earnedOn
                  ? t('sickLeave.earnedOn', { day: formatDay(o.earnedOn, lang) })
                  : t('sickLeave.notEarned', { worked: formatMinutes(o.workedTowardEarningMinutes, lang) })}
              </dd>
              <dt>{t('sickLeave.usable')}</dt>
              <dd>
                {o.usable ? t('sickLeave.usableNow') : o.usableOn ? t('sickLeave.usableOn', { day: formatDay(o.usableOn, lang) }) : t('sickLeave.usableNotYet')}
              </dd>
              <dt>{t('sickLeave.lapses')}</dt>
              <dd>{t('sickLeave.lapsesOn', { day: formatDay(o.fiscalYear.end, lang) })}</dd>
            </dl>
          </div>
        </section>
      )}
      <ClaimForm />
      <h2>{t('sickLeave.claimsHeading')}</h2>
      {o && o.claims.length === 0 && <p>{t('sickLeave.claimsEmpty')}</p>}
      <ul className="usa-list usa-list--unstyled">
        {o?.claims.map((c) => (
          <li key={c.id} className="padding-y-1 border-bottom-1px border-base-lighter">
            {t('sickLeave.claimLine', { day: formatDay(c.date, lang), hours: formatMinutes(c.minutes, lang), name: `${c.recipient.firstName} ${c.recipient.lastName}` })}{' '}
            <span className="usa-tag timesheet-status">{status(c.status)}</span>
            {c.rejectReason && (
              <>
                <br />
                {t('timesheets.editor.rejectedReason', { reason: c.rejectReason })}
              </>
            )}
            <FindingList findings={c.findings} />
          </li>
        ))}
      </ul>
    </>
  );
}

const blockedFindings = z.array(rulesFinding);

/** The findings of a claim the rules engine refused (the server's `sickLeaveBlocked`), or null for any other failure. */
function blockedBy(error: unknown): ShownFinding[] | null {
  if (!(error instanceof ApiError) || error.code !== 'sickLeaveBlocked') return null;
  const listed = blockedFindings.safeParse(error.detail.findings);
  return listed.success ? listed.data : null;
}

const FIELDS = [
  ['caseNumber', 'claim-recipient'],
  ['date', 'claim-date'],
  ['minutes', 'claim-hours'],
] as const;

function ClaimForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const today = clock.today();
  const cases = useQuery(api.cases.list.query({ query: { month: monthOf(today) } }));
  const [caseNumber, setCaseNumber] = useState('');
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const form = useFormProblems(FIELDS);
  // One key per claim, kept across retries of the same claim so it is never recorded twice.
  const key = useRef<string | null>(null);
  const chosen = caseNumber || cases.data?.cases[0]?.caseNumber || '';

  const claim = useMutation({
    mutationFn: (body: z.output<typeof sickLeaveClaimRequest>) => api.sickLeave.claim({ body }),
    onSuccess: async () => {
      key.current = null;
      setDate('');
      setHours('');
      await queryClient.invalidateQueries({ queryKey: api.sickLeave.overview.key() });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) key.current = null;
      // A refusal by the rules engine lists its findings below the fields instead.
      if (blockedBy(error) === null) form.failed(error);
    },
  });
  const refused = blockedBy(claim.error);

  /** The claim's shape, by the rules engine: at least 1 hour, then 30-minute steps (ACL 18-01). */
  function shapeOf(): { issues: FieldIssues } | { minutes: number } {
    const found: FieldIssues = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.date = { code: 'dateRequired', message: t('sickLeave.form.dateRequired') };
    const minutes = hoursToMinutes(hours);
    if (minutes === undefined) found.minutes = { code: 'hoursInvalid', message: t('sickLeave.form.hoursInvalid') };
    else if (found.date === undefined) {
      const shape = checkSickLeaveClaim({ claim: { date, minutes }, worked: [] }).find(
        (f) => f.code === 'SICK_LEAVE_UNDER_ONE_HOUR' || f.code === 'SICK_LEAVE_NOT_HALF_HOURS',
      );
      if (shape) found.minutes = { code: shape.code, message: renderReason(reasonPack(currentLanguage()), shape.code, shape).title };
    }
    return Object.keys(found).length > 0 || minutes === undefined ? { issues: found } : { minutes };
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    claim.reset();
    const shaped = shapeOf();
    if ('issues' in shaped) return form.invalid(shaped.issues);
    key.current ??= crypto.randomUUID();
    const result = check(sickLeaveClaimRequest, { idempotencyKey: key.current, caseNumber: chosen, date, minutes: shaped.minutes });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    claim.mutate(result.data);
  };

  return (
    <form className="usa-form" aria-labelledby="claim-heading" noValidate onSubmit={submit}>
      <h2 id="claim-heading">{t('sickLeave.form.heading')}</h2>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <label className="usa-label" htmlFor="claim-recipient">
        {t('timesheets.list.recipient')}
      </label>
      <select className="usa-select" id="claim-recipient" value={chosen} onChange={(e) => setCaseNumber(e.target.value)}>
        {(cases.data?.cases ?? []).map((c) => (
          <option key={c.caseNumber} value={c.caseNumber}>
            {t('timesheets.list.recipientOption', { name: `${c.recipient.firstName} ${c.recipient.lastName}`, caseNumber: c.caseNumber })}
          </option>
        ))}
      </select>
      <TextField type="date" id="claim-date" label={t('sickLeave.form.date')} value={date} error={form.errorOf('date')} onChange={(e) => setDate(e.target.value)} />
      <TextField
        id="claim-hours"
        inputMode="decimal"
        autoComplete="off"
        label={t('sickLeave.form.hours')}
        hint={t('sickLeave.form.hoursHint')}
        value={hours}
        error={form.errorOf('minutes')}
        onChange={(e) => setHours(e.target.value)}
      />
      <ProblemAlert problem={refused && { code: 'sickLeaveBlocked', params: { count: refused.length } }}>
        <FindingList findings={refused ?? []} />
      </ProblemAlert>
      <p role="status">{claim.isSuccess ? t('sickLeave.form.sent') : ''}</p>
      <button type="submit" className="usa-button" disabled={claim.isPending || chosen === ''}>
        {t('sickLeave.form.send')}
      </button>
    </form>
  );
}
