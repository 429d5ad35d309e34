import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimesheetView } from '../../contracts/timesheets';
import { evaluateClaims, monthOf, workweekOf } from '../../domain/index';
import { renderReason } from '../../domain/reason-texts/render';
import { FieldError } from '../forms/FieldError';
import { formIssue, type Issue } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { currentLanguage } from '../i18n';
import { reasonPack } from '../i18n/reasons';
import { DayCard, useDayProblemText } from './DayCard';
import { FindingList, type ShownFinding } from './FindingBox';
import { formatDay, formatMinutes, formatSpan } from './format';
import { anchorOf, daysToSave, entriesOf, fillFromLastWeek, formDays, hasProblems, isEmptyDay, liveTotals, parseDay, placeOf, weekStarts, type DayForm, type ParsedDay, type Place } from './model';
import { showNewVersion } from './refresh';
import { TotalsPanel } from './TotalsPanel';
import { useDebounced } from './useDebounced';
import { useRecipientNames } from './useRecipientNames';
import { api, ApiError, noAnswer } from '../api';

export type PlacedFinding = ShownFinding & { place: Place };

/** The findings' contract (and zod) load only with a submission: the page opens without them (issue #13). */
const findingsContract = () => import('../../contracts/rules');

/**
 * A draft: a card per day with the rules engine's findings beside the day, week or month they concern, the running
 * totals, and "Save" and "Submit". The findings and totals follow the typing (the engine runs in the browser in the
 * rules case the server sent); the server judges again on submit and lists every blocking finding if it refuses.
 */
export function TimesheetEditor({
  initial,
  returned = [],
  onSubmitted,
}: {
  initial: TimesheetView;
  /** A correction: why the version it corrects was sent back, each reason placed on its day or week. */
  returned?: readonly PlacedFinding[];
  /** Told of the submitted version before the page shows it, so the page can confirm it where the provider looks. */
  onSubmitted?: (next: TimesheetView) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const problemText = useDayProblemText();
  const queryClient = useQueryClient();
  const [view, setView] = useState(initial);
  const [days, setDays] = useState(() => formDays(initial));
  const [savedForm, setSavedForm] = useState(() => JSON.stringify(formDays(initial)));
  const [saveNote, setSaveNote] = useState<'saved' | null>(null);
  const [problem, setProblem] = useState<Issue | null>(null);
  const [refused, setRefused] = useState<ShownFinding[] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState(false);
  const [scheduled, setScheduled] = useState(initial.remainingScheduledVisits);
  // Days shown open: those with something on them, a planned visit up to today (later ones cannot be claimed yet) or a
  // finding; the provider opens the others one by one.
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => {
    const today = initial.rulesContext?.today;
    const plannedSoFar = initial.plannedDates.filter((d) => today === undefined || d <= today);
    return new Set([...formDays(initial).filter((d) => !isEmptyDay(d)).map((d) => d.date), ...plannedSoFar, ...initial.findings.flatMap((f) => (f.date ? [f.date] : []))]);
  });
  const [filled, setFilled] = useState<{ week: string; dates: string[] } | null>(null);
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
        ...renderReason(reasonPack(language), f.code, f, allNames),
        place: placeOf(f, view.payPeriod),
      })),
    [evaluation, language, allNames, view.payPeriod],
  );
  const blocking = findings.filter((f) => f.kind === 'blocking');
  const invalidDays = checked.filter(hasProblems);
  const totals = evaluation ? liveTotals(view, evaluation, entries) : null;
  const canSubmit = blocking.length === 0 && invalidDays.length === 0;

  const findingsAt = (place: Place) => [...returned, ...findings].filter((f) => anchorOf(f.place) === anchorOf(place));
  const savedDay = new Map(view.days.map((d) => [d.date, d]));
  const focus = (id: string) => document.getElementById(id)?.focus();

  const changeDay = (next: DayForm) => {
    setDays((all) => all.map((d) => (d.date === next.date ? next : d)));
    setSaveNote(null);
  };
  const openDays = (dates: readonly string[]) => setOpened((all) => new Set([...all, ...dates]));

  /** "Same as last week": fills the week's empty days and says which; each stays editable, so editing undoes it. */
  function fillWeek(start: string, dates: readonly string[]) {
    const fill = fillFromLastWeek(days, dates, view.caseNumber, view.rulesContext?.priorEntries ?? []);
    const byDate = new Map(fill.map((d) => [d.date, d]));
    setDays((all) => all.map((d) => byDate.get(d.date) ?? d));
    openDays(fill.map((d) => d.date));
    setFilled({ week: start, dates: fill.map((d) => d.date) });
    setSaveNote(null);
  }

  /** The days as typed, or null (and the first wrong field focused, its problem shown beside it) when one is wrong. */
  function typedDays(): ParsedDay[] | null {
    const typed = days.map(parseDay);
    const firstInvalid = typed.find(hasProblems);
    if (!firstInvalid) return typed;
    focus(`day-${firstInvalid.date}-${Object.keys(firstInvalid.problems)[0]}`);
    return null;
  }

  /** Saves the days; false when they could not be saved (the problem is shown). */
  async function persist(typed: readonly ParsedDay[], form: string): Promise<boolean> {
    try {
      const next = await api.timesheets.saveDays({ params: { timesheetId: view.id }, body: { days: daysToSave(typed, view.days) } });
      setView(next);
      setSavedForm(form);
      queryClient.setQueryData(api.timesheets.get.key({ params: { timesheetId: next.id } }), next);
      return true;
    } catch (error) {
      setProblem(formIssue(error));
      problemBox.current?.focus();
      return false;
    }
  }

  const save = useMutation({
    mutationFn: ({ typed, form }: { typed: readonly ParsedDay[]; form: string }) => persist(typed, form),
    onSuccess: (saved) => {
      if (saved) setSaveNote('saved');
    },
  });

  const send = useMutation({
    /** Saves unsaved changes first; null when they could not be saved. */
    mutationFn: async (unsaved: { typed: readonly ParsedDay[]; form: string } | null) => {
      if (unsaved && !(await persist(unsaved.typed, unsaved.form))) return null;
      submitKey.current ??= crypto.randomUUID();
      // Asked for with the submission, so that a refusal's findings can be read the moment it comes.
      void findingsContract().catch(() => undefined);
      const body = { idempotencyKey: submitKey.current, ...(acknowledged ? { acknowledgeScheduledVisits: true } : {}) };
      return api.claims.submit({ params: { timesheetId: view.id }, body });
    },
    onSuccess: async (next) => {
      if (!next) return;
      submitKey.current = null;
      onSubmitted?.(next);
      await showNewVersion(queryClient, next);
    },
    onError: (error) => {
      // The server answered, so nothing was recorded: the next attempt is a new one.
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) submitKey.current = null;
      if (error instanceof ApiError && error.code === 'timesheetVisitsStillScheduled') {
        setScheduled(Number(error.params.count) || 1);
        setAckError(true);
        focus('acknowledge-visits');
      } else if (error instanceof ApiError && error.code === 'timesheetBlocked') {
        findingsContract().then(
          ({ rulesFinding }) => {
            const listed = rulesFinding.array().safeParse(error.detail.findings);
            setRefused(listed.success ? listed.data : []);
            setTimeout(() => refusedBox.current?.focus());
          },
          // Refused, but the findings could not be read (the signal dropped): the provider is told so, and submits again.
          () => {
            setProblem(formIssue(noAnswer()));
            setTimeout(() => problemBox.current?.focus());
          },
        );
      } else {
        setProblem(formIssue(error));
        setTimeout(() => problemBox.current?.focus());
      }
    },
  });
  const busy = save.isPending || send.isPending;

  function startSave() {
    setProblem(null);
    const typed = typedDays();
    if (typed) save.mutate({ typed, form: JSON.stringify(days) });
  }

  function startSubmit() {
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
    if (!dirty) return send.mutate(null);
    const typed = typedDays();
    if (typed) send.mutate({ typed, form: JSON.stringify(days) });
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
          startSubmit();
        }}
      >
        {weekStarts(view.payPeriod).map((start) => {
          const weekDays = days.filter((d) => workweekOf(d.date).start === start);
          const weekTotal = totals?.weeks.find((w) => w.start === start);
          const headingId = `week-${start}-heading`;
          const note = filled?.week === start ? filled.dates : null;
          return (
            <section key={start} className="timesheet-week" id={`week-${start}`} tabIndex={-1} aria-labelledby={headingId}>
              <h2 id={headingId}>{t('timesheets.editor.weekHeading', { span: formatSpan(start, workweekOf(start).end, lang) })}</h2>
              {weekTotal && (
                <p>{t('timesheets.totals.weekValue', { worked: formatMinutes(weekTotal.workedMinutes, lang), cap: formatMinutes(weekTotal.capMinutes, lang) })}</p>
              )}
              {weekDays.some(isEmptyDay) && (
                <button type="button" className="usa-button usa-button--outline timesheet-week__fill" aria-describedby={`${headingId}`} onClick={() => fillWeek(start, weekDays.map((d) => d.date))}>
                  {t('timesheets.editor.sameAsLastWeek')}
                </button>
              )}
              <p role="status" className="margin-y-1">
                {note &&
                  (note.length > 0
                    ? t('timesheets.editor.sameAsLastWeekFilled', { count: note.length, days: note.map((d) => formatDay(d, lang)).join('; ') })
                    : t('timesheets.editor.sameAsLastWeekNone'))}
              </p>
              <FindingList findings={findingsAt({ kind: 'week', start })} />
              {weekDays.map((day) => (
                <DayCard
                  key={day.date}
                  day={day}
                  parsed={parsed.find((p) => p.date === day.date)!}
                  saved={savedDay.get(day.date)}
                  findings={findingsAt({ kind: 'day', date: day.date })}
                  open={opened.has(day.date) || !isEmptyDay(day) || findingsAt({ kind: 'day', date: day.date }).length > 0}
                  onOpen={() => openDays([day.date])}
                  onChange={changeDay}
                />
              ))}
            </section>
          );
        })}

        <div ref={problemBox} tabIndex={-1}>
          <ProblemAlert problem={problem} />
        </div>

        <div className="timesheet-actions margin-top-3">
          <button type="button" className="usa-button usa-button--outline" disabled={busy} onClick={startSave}>
            {save.isPending ? t('timesheets.editor.saving') : t('timesheets.editor.save')}
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
            <ProblemAlert problem={refused && { code: 'timesheetBlocked', params: { count: refused.length } }}>
              <FindingList findings={refused ?? []} />
            </ProblemAlert>
          </div>
          <button type="submit" className="usa-button margin-top-2" disabled={!canSubmit || busy} aria-describedby={canSubmit ? undefined : 'submit-why'}>
            {send.isPending ? t('timesheets.editor.submitting') : view.supersedesId !== null ? t('story.submitCorrection') : t('timesheets.editor.submit')}
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
