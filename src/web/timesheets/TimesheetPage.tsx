import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { rulesFinding } from '../../contracts/rules';
import { timesheetList, timesheetView, type TimesheetView } from '../../contracts/timesheets';
import { CORRECTABLE_STATES, evaluateClaims, monthOf, renderReason, workweekOf } from '../../domain/index';
import { ApiError, get, post } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formIssue, type Issue } from '../forms/issues';
import { useIssueText } from '../forms/useIssueText';
import { currentLanguage } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { DayCard, useDayProblemText } from './DayCard';
import { DaysTable } from './DaysTable';
import { FindingList, type ShownFinding } from './FindingBox';
import { formatDay, formatMinutes, formatSpan } from './format';
import {
  anchorOf,
  daysToSave,
  entriesOf,
  formDays,
  hasProblems,
  liveTotals,
  parseDay,
  placeOf,
  savedTotals,
  timesheetKey,
  weekStarts,
  type DayForm,
  type Place,
} from './model';
import { showNewVersion } from './refresh';
import { StatusText } from './StatusText';
import { TotalsPanel } from './TotalsPanel';
import { useDebounced } from './useDebounced';
import { useRecipientNames } from './useRecipientNames';
import './timesheets.css';
import { ProblemAlert } from '../forms/ProblemAlert';
import { FieldError } from '../forms/FieldError';

/** A timesheet: the editor while it is a draft, read-only once submitted, with all its versions. */
export function TimesheetPage() {
  const { t, i18n } = useTranslation();
  const issueText = useIssueText();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: timesheetKey(id), queryFn: () => get(`/api/timesheets/${encodeURIComponent(id)}`, timesheetView) });
  const view = query.data;
  usePageTitle(view ? t('timesheets.editor.title', { name: `${view.recipient.firstName} ${view.recipient.lastName}` }) : t('timesheets.editor.loadingTitle'));
  if (query.isPending) return <Loading />;
  if (!view) {
    return (
      <>
        <h1>{t('timesheets.editor.loadingTitle')}</h1>
        <div className="usa-alert usa-alert--error" role="alert">
          <div className="usa-alert__body">
            <p className="usa-alert__text">{issueText(formIssue(query.error))}</p>
          </div>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>{t('timesheets.editor.title', { name: `${view.recipient.firstName} ${view.recipient.lastName}` })}</h1>
      <p className="margin-top-0">
        {t('timesheets.editor.period', { span: formatSpan(view.payPeriod.start, view.payPeriod.end, i18n.language) })}
        <br />
        {t('timesheets.editor.version', { version: view.version })} <StatusText status={view.status} />
      </p>
      {view.editable ? <TimesheetEditor key={view.id} initial={view} /> : <ReadOnlyTimesheet view={view} />}
      <Versions view={view} />
      <p className="margin-top-4">
        <Link to="/timesheets">{t('timesheets.editor.allTimesheets')}</Link>
      </p>
    </>
  );
}

type PlacedFinding = ShownFinding & { place: Place };

const serverFindings = z.array(rulesFinding);

function TimesheetEditor({ initial }: { initial: TimesheetView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const issueText = useIssueText();
  const problemText = useDayProblemText();
  const queryClient = useQueryClient();
  const [view, setView] = useState(initial);
  const [days, setDays] = useState(() => formDays(initial));
  const [savedForm, setSavedForm] = useState(() => JSON.stringify(formDays(initial)));
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [saveNote, setSaveNote] = useState<'saved' | null>(null);
  const [problem, setProblem] = useState<Issue | null>(null);
  const [refused, setRefused] = useState<ShownFinding[] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState(false);
  const [scheduled, setScheduled] = useState(initial.remainingScheduledVisits);
  const [acknowledged, setAcknowledged] = useState(false);
  const [ackError, setAckError] = useState(false);
  // One key per submit attempt, kept when the answer never arrived, so a retry cannot submit twice.
  const submitKey = useRef<string | null>(null);
  const refusedBox = useRef<HTMLDivElement>(null);
  const problemBox = useRef<HTMLDivElement>(null);

  const dirty = JSON.stringify(days) !== savedForm;
  const parsed = useMemo(() => days.map(parseDay), [days]);
  const checked = useDebounced(parsed, 250);
  const { names } = useRecipientNames(monthOf(view.payPeriod.start));
  const allNames = useMemo(() => ({ [view.caseNumber]: `${view.recipient.firstName} ${view.recipient.lastName}`, ...names }), [names, view]);
  const entries = useMemo(() => entriesOf(view.caseNumber, checked), [view.caseNumber, checked]);
  const evaluation = useMemo(() => (view.rulesContext ? evaluateClaims({ ...view.rulesContext, entries }) : null), [view.rulesContext, entries]);
  const language = currentLanguage();
  const findings: PlacedFinding[] = useMemo(
    () =>
      (evaluation?.findings ?? []).map((f) => ({
        kind: f.kind,
        ...renderReason(language, f.code, f, allNames),
        place: placeOf(f, view.payPeriod),
      })),
    [evaluation, language, allNames, view.payPeriod],
  );
  const blocking = findings.filter((f) => f.kind === 'blocking');
  const invalidDays = checked.filter(hasProblems);
  const totals = view.totals && evaluation ? liveTotals(view, view.totals, evaluation, entries) : null;
  const canSubmit = blocking.length === 0 && invalidDays.length === 0;

  const findingsAt = (place: Place) => findings.filter((f) => anchorOf(f.place) === anchorOf(place));
  const savedDay = new Map(view.days.map((d) => [d.date, d]));
  const focus = (id: string) => document.getElementById(id)?.focus();

  const changeDay = (next: DayForm) => {
    setDays((all) => all.map((d) => (d.date === next.date ? next : d)));
    setSaveNote(null);
  };

  /** Saves the days; false when they could not be saved (the problem is shown). */
  async function persist(): Promise<boolean> {
    const now = days.map(parseDay);
    const firstInvalid = now.find(hasProblems);
    if (firstInvalid) {
      const field = Object.keys(firstInvalid.problems)[0];
      focus(`day-${firstInvalid.date}-${field}`);
      return false;
    }
    try {
      const next = await post(`/api/timesheets/${view.id}/days`, { days: daysToSave(now, view.days) }, timesheetView);
      setView(next);
      setSavedForm(JSON.stringify(days));
      queryClient.setQueryData(timesheetKey(next.id), next);
      return true;
    } catch (error) {
      setProblem(formIssue(error));
      problemBox.current?.focus();
      return false;
    }
  }

  async function save() {
    setProblem(null);
    setBusy('save');
    if (await persist()) setSaveNote('saved');
    setBusy(null);
  }

  async function submit() {
    setProblem(null);
    setRefused(null);
    if (!confirmed) {
      setConfirmError(true);
      focus('confirm-work');
      return;
    }
    if (scheduled > 0 && !acknowledged) {
      setAckError(true);
      focus('acknowledge-visits');
      return;
    }
    setBusy('submit');
    try {
      if (dirty && !(await persist())) return;
      submitKey.current ??= crypto.randomUUID();
      const body = { idempotencyKey: submitKey.current, ...(acknowledged ? { acknowledgeScheduledVisits: true } : {}) };
      const next = await post(`/api/timesheets/${view.id}/submit`, body, timesheetView);
      submitKey.current = null;
      await showNewVersion(queryClient, next);
    } catch (error) {
      // The server answered, so nothing was recorded: the next attempt is a new one.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) submitKey.current = null;
      if (error instanceof ApiError && error.code === 'timesheetVisitsStillScheduled') {
        setScheduled(Number(error.params.count) || 1);
        setAckError(true);
        focus('acknowledge-visits');
      } else if (error instanceof ApiError && error.code === 'timesheetBlocked') {
        const listed = serverFindings.safeParse(error.detail.findings);
        setRefused(listed.success ? listed.data : []);
        setTimeout(() => refusedBox.current?.focus());
      } else {
        setProblem(formIssue(error));
        setTimeout(() => problemBox.current?.focus());
      }
    } finally {
      setBusy(null);
    }
  }

  const summaryItems = [
    ...invalidDays.flatMap((d) =>
      Object.entries(d.problems).map(([field, p]) => ({
        href: `day-${d.date}-${field}`,
        text: t('timesheets.editor.dayProblem', { day: formatDay(d.date, lang), problem: problemText(p) }),
      })),
    ),
    ...blocking.map((f) => ({ href: anchorOf(f.place), text: f.title })),
  ];

  return (
    <>
      <p className="measure-5">{view.liveIn ? t('timesheets.editor.introLiveIn') : t('timesheets.editor.intro')}</p>
      <div className="usa-sr-only" role="status">
        {summaryItems.length > 0 ? t('timesheets.editor.problemsAnnounced', { count: summaryItems.length }) : t('timesheets.editor.noProblemsAnnounced')}
      </div>
      {summaryItems.length > 0 && (
        <div className="usa-alert usa-alert--error margin-bottom-3" id="blocking-summary">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t('timesheets.editor.blockingHeading', { count: summaryItems.length })}</h2>
            <ul className="usa-list">
              {summaryItems.map((item) => (
                <li key={`${item.href}:${item.text}`}>
                  <a
                    href={`#${item.href}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focus(item.href);
                    }}
                  >
                    {item.text}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {totals && <TotalsPanel totals={totals} live />}
      {findingsAt({ kind: 'general' }).length > 0 && (
        <section id="timesheet-findings" tabIndex={-1} aria-labelledby="general-findings-heading">
          <h2 id="general-findings-heading">{t('timesheets.editor.generalFindings')}</h2>
          <FindingList findings={findingsAt({ kind: 'general' })} />
        </section>
      )}
      <form
        className="usa-form usa-form--large maxw-none"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {weekStarts(view.payPeriod).map((start) => {
          const weekDays = days.filter((d) => workweekOf(d.date).start === start);
          const weekTotal = totals?.weeks.find((w) => w.start === start);
          const headingId = `week-${start}-heading`;
          return (
            <section key={start} className="timesheet-week" id={`week-${start}`} tabIndex={-1} aria-labelledby={headingId}>
              <h2 id={headingId}>{t('timesheets.editor.weekHeading', { span: formatSpan(start, workweekOf(start).end, lang) })}</h2>
              {weekTotal && (
                <p>{t('timesheets.totals.weekValue', { worked: formatMinutes(weekTotal.workedMinutes, lang), cap: formatMinutes(weekTotal.capMinutes, lang) })}</p>
              )}
              <FindingList findings={findingsAt({ kind: 'week', start })} />
              {weekDays.map((day) => (
                <DayCard
                  key={day.date}
                  day={day}
                  parsed={parsed.find((p) => p.date === day.date)!}
                  saved={savedDay.get(day.date)}
                  findings={findingsAt({ kind: 'day', date: day.date })}
                  onChange={changeDay}
                />
              ))}
            </section>
          );
        })}

        <div ref={problemBox} tabIndex={-1} role="alert">
          {problem && (
            <div className="usa-alert usa-alert--error margin-top-3">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{issueText(problem)}</p>
              </div>
            </div>
          )}
        </div>

        <div className="timesheet-actions margin-top-3">
          <button type="button" className="usa-button usa-button--outline" disabled={busy !== null} onClick={() => void save()}>
            {busy === 'save' ? t('timesheets.editor.saving') : t('timesheets.editor.save')}
          </button>
          <p role="status" className="margin-y-1">
            {saveNote === 'saved' && !dirty ? t('timesheets.editor.saved') : dirty ? t('timesheets.editor.unsaved') : ''}
          </p>
        </div>

        <section className="margin-top-4" aria-labelledby="submit-heading">
          <h2 id="submit-heading">{t('timesheets.editor.submitHeading')}</h2>
          {scheduled > 0 && (
            <div className="usa-alert usa-alert--warning">
              <div className="usa-alert__body">
                <p className="usa-alert__text">{t('timesheets.editor.scheduledWarning', { count: scheduled })}</p>
              </div>
            </div>
          )}
          {scheduled > 0 && (
            <Checkbox
              id="acknowledge-visits"
              checked={acknowledged}
              onChange={(v) => {
                setAcknowledged(v);
                setAckError(false);
              }}
              label={t('timesheets.editor.acknowledgeVisits')}
              error={ackError ? t('timesheets.editor.acknowledgeVisitsError') : undefined}
            />
          )}
          <Checkbox
            id="confirm-work"
            checked={confirmed}
            onChange={(v) => {
              setConfirmed(v);
              setConfirmError(false);
            }}
            label={t('timesheets.editor.confirm')}
            error={confirmError ? t('timesheets.editor.confirmError') : undefined}
          />
          {!canSubmit && (
            <p id="submit-why" className="text-bold">
              {t('timesheets.editor.submitBlocked', { count: summaryItems.length })}
            </p>
          )}
          <div ref={refusedBox} tabIndex={-1}>
            {refused && (
              <div className="usa-alert usa-alert--error margin-y-2">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">{t('errors.timesheetBlocked', { count: refused.length })}</p>
                  <FindingList findings={refused} />
                </div>
              </div>
            )}
          </div>
          <button type="submit" className="usa-button margin-top-2" disabled={!canSubmit || busy !== null} aria-describedby={canSubmit ? undefined : 'submit-why'}>
            {busy === 'submit' ? t('timesheets.editor.submitting') : t('timesheets.editor.submit')}
          </button>
        </section>
      </form>
    </>
  );
}

function Checkbox({ id, checked, onChange, label, error }: { id: string; checked: boolean; onChange(v: boolean): void; label: string; error?: string | undefined }) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <FieldError id={`${id}-error`} error={error} />
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={error ? `${id}-error` : undefined}
          aria-invalid={error ? true : undefined}
        />
        <label className="usa-checkbox__label" htmlFor={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

function ReadOnlyTimesheet({ view }: { view: TimesheetView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Issue | null>(null);
  const name = `${view.recipient.firstName} ${view.recipient.lastName}`;
  const canCorrect = CORRECTABLE_STATES.includes(view.status) && view.supersededById === null;

  async function correct() {
    setBusy(true);
    setProblem(null);
    try {
      const next = await post(`/api/timesheets/${view.id}/correct`, {}, timesheetView);
      await showNewVersion(queryClient, next);
      await navigate(`/timesheets/${next.id}`);
    } catch (error) {
      setProblem(formIssue(error));
      setBusy(false);
    }
  }

  return (
    <>
      <DecisionNotice view={view} name={name} />
      <h2>{t('timesheets.editor.daysHeading')}</h2>
      <DaysTable days={view.days} />
      {view.findings.length > 0 && (
        <>
          <h2>{t('timesheets.editor.generalFindings')}</h2>
          <FindingList findings={view.findings} />
        </>
      )}
      {view.totals && <TotalsPanel totals={savedTotals(view.totals)} live={false} />}
      {canCorrect && (
        <div className="timesheet-actions">
          <p className="measure-5">{t('timesheets.editor.correctHint')}</p>
          <button type="button" className="usa-button" disabled={busy} onClick={() => void correct()}>
            {view.status === 'rejected_by_recipient' || view.status === 'denied' ? t('timesheets.editor.correctAndResubmit') : t('timesheets.editor.correct')}
          </button>
        </div>
      )}
      <ProblemAlert problem={problem} />
      {view.submittedAt && <p className="usa-hint">{t('timesheets.editor.submittedAt', { at: formatDateTime(view.submittedAt, lang) })}</p>}
    </>
  );
}

/** Where the timesheet stands with the recipient, and their reason when they rejected it. */
function DecisionNotice({ view, name }: { view: TimesheetView; name: string }) {
  const { t, i18n } = useTranslation();
  const at = view.decision ? formatDateTime(view.decision.decidedAt, i18n.language) : '';
  if (view.status === 'superseded') {
    return (
      <div className="usa-alert usa-alert--info">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            {t('timesheets.editor.supersededNotice')}{' '}
            {view.supersededById !== null && <Link to={`/timesheets/${view.supersededById}`}>{t('timesheets.editor.seeNewest')}</Link>}
          </p>
          {view.decision?.reason && <p className="usa-alert__text">{t('timesheets.editor.rejectedReason', { reason: view.decision.reason })}</p>}
        </div>
      </div>
    );
  }
  if (view.decision?.decision === 'approved') {
    return (
      <div className="usa-alert usa-alert--success">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('timesheets.editor.approvedNotice', { name, at })}</p>
        </div>
      </div>
    );
  }
  if (view.decision?.decision === 'rejected') {
    return (
      <div className="usa-alert usa-alert--error">
        <div className="usa-alert__body">
          <p className="usa-alert__text">{t('timesheets.editor.rejectedNotice', { name, at })}</p>
          <p className="usa-alert__text">{t('timesheets.editor.rejectedReason', { reason: view.decision.reason ?? '' })}</p>
        </div>
      </div>
    );
  }
  return (
    <div className="usa-alert usa-alert--info">
      <div className="usa-alert__body">
        <p className="usa-alert__text">{t('timesheets.editor.waitingNotice', { name })}</p>
      </div>
    </div>
  );
}

/** Every version of this recipient's timesheet for the period: a correction keeps the one before. */
function Versions({ view }: { view: TimesheetView }) {
  const { t, i18n } = useTranslation();
  const params = new URLSearchParams({ caseNumber: view.caseNumber, payPeriodStart: view.payPeriod.start });
  const list = useQuery({ queryKey: ['timesheets', view.caseNumber, view.payPeriod.start], queryFn: () => get(`/api/timesheets?${params}`, timesheetList) });
  const versions = [...(list.data?.timesheets ?? [])].sort((a, b) => b.version - a.version);
  if (versions.length === 0) return null;
  return (
    <section className="margin-top-4" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('timesheets.editor.versionsHeading')}</h2>
      <ul className="usa-list usa-list--unstyled">
        {versions.map((v) => (
          <li key={v.id} className="padding-y-1 border-bottom-1px border-base-lighter">
            {v.id === view.id ? (
              <strong aria-current="page">{t('timesheets.editor.versionLine', { version: v.version })}</strong>
            ) : (
              <Link to={`/timesheets/${v.id}`}>{t('timesheets.editor.versionLine', { version: v.version })}</Link>
            )}{' '}
            <StatusText status={v.status} /> {formatMinutes(v.workedMinutes, i18n.language)}
            {v.decision?.reason && (
              <>
                <br />
                {t('timesheets.editor.rejectedReason', { reason: v.decision.reason })}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
