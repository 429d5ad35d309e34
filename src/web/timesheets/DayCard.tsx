import { useTranslation } from 'react-i18next';
import type { TimesheetView } from '../../contracts/timesheets';
import { DAY_LOCATIONS } from '../contract-constants';
import { TextField } from '../forms/TextField';
import { FindingList, type ShownFinding } from './FindingBox';
import { formatDay, formatMinutes } from './format';
import type { DayForm, DayLocation, DayProblem, ParsedDay } from './model';

export function useDayProblemText() {
  const { t } = useTranslation();
  return (problem: DayProblem | undefined): string | undefined =>
    problem &&
    {
      hoursInvalid: t('timesheets.day.hoursInvalid'),
      minutesInvalid: t('timesheets.day.minutesInvalid'),
      travelInvalid: t('timesheets.day.travelInvalid'),
      tooLong: t('timesheets.day.tooLong'),
      startEndTogether: t('errors.startEndTogether'),
    }[problem];
}

interface DayCardProps {
  day: DayForm;
  parsed: ParsedDay;
  saved: TimesheetView['days'][number] | undefined;
  findings: readonly ShownFinding[];
  /** Folded: an empty day shows only its name and an "Add time" button, so the period fits a phone's screen. */
  open: boolean;
  onOpen(): void;
  onChange(day: DayForm): void;
}

/** One day of the pay period: the time worked, when and where, travel, and what the rules say about it. */
export function DayCard({ day, parsed, saved, findings, open, onOpen, onChange }: DayCardProps) {
  const { t, i18n } = useTranslation();
  const problemText = useDayProblemText();
  const id = `day-${day.date}`;
  const set = (change: Partial<DayForm>) => onChange({ ...day, ...change });
  const locationText: Record<DayLocation, string> = {
    home: t('timesheets.day.locationHome'),
    community: t('timesheets.day.locationCommunity'),
    both: t('timesheets.day.locationBoth'),
  };
  // "Edited" follows the typing: a day from EVV whose hours no longer match the check-ins is marked at once.
  const edited = saved?.fromEvv && (saved.edited || parsed.workedMinutes !== saved.evvMinutes);
  const number = { inputMode: 'numeric', pattern: '[0-9]*', autoComplete: 'off', maxLength: 4 } as const;
  const lang = i18n.language;
  const name = formatDay(day.date, lang);
  if (!open) {
    return (
      <fieldset className="usa-fieldset timesheet-day timesheet-day--folded" id={id} tabIndex={-1}>
        <legend>{name}</legend>
        <button
          type="button"
          className="usa-button usa-button--unstyled timesheet-day__open"
          aria-expanded={false}
          aria-controls={`${id}-fields`}
          onClick={() => {
            onOpen();
            setTimeout(() => document.getElementById(`${id}-hours`)?.focus());
          }}
        >
          {t('timesheets.day.open')}
          <span className="usa-sr-only">{t('timesheets.day.openFor', { day: name })}</span>
        </button>
      </fieldset>
    );
  }
  const { hours } = parsed;
  const hoursNote =
    hours.source === 'checkIns'
      ? t('timesheets.day.fromCheckIns', { hours: formatMinutes(hours.minutes, lang) })
      : hours.source === 'span'
        ? t('timesheets.day.fromSpan', { hours: formatMinutes(hours.minutes, lang), start: parsed.startTime, end: parsed.endTime })
        : undefined;
  const mismatch =
    hours.mismatch &&
    (hours.mismatch.against === 'checkIns'
      ? t('timesheets.day.mismatchCheckIns', { typed: formatMinutes(hours.minutes, lang), other: formatMinutes(hours.mismatch.minutes, lang) })
      : t('timesheets.day.mismatchSpan', { typed: formatMinutes(hours.minutes, lang), other: formatMinutes(hours.mismatch.minutes, lang), start: parsed.startTime, end: parsed.endTime }));
  return (
    <fieldset className="usa-fieldset timesheet-day" id={id} tabIndex={-1}>
      <legend>{name}</legend>
      {saved?.fromEvv && (
        <p className="timesheet-source">
          {edited
            ? t('timesheets.day.edited', { evv: formatMinutes(saved.evvMinutes ?? 0, i18n.language) })
            : t('timesheets.day.fromEvv')}
        </p>
      )}
      {hoursNote && (
        <p className="timesheet-hours" id={`${id}-computed`}>
          {hoursNote}
        </p>
      )}
      {mismatch && (
        <p className="timesheet-mismatch" id={`${id}-mismatch`}>
          {mismatch}
        </p>
      )}
      <div className="timesheet-day__fields" id={`${id}-fields`}>
        <TextField {...number} id={`${id}-hours`} label={t('timesheets.day.hours')} hint={hours.source === 'typed' ? undefined : t('timesheets.day.hoursHint')} value={day.hours} error={problemText(parsed.problems.hours)} onChange={(e) => set({ hours: e.target.value })} />
        <TextField {...number} id={`${id}-minutes`} label={t('timesheets.day.minutes')} value={day.minutes} error={problemText(parsed.problems.minutes)} onChange={(e) => set({ minutes: e.target.value })} />
        <TextField type="time" id={`${id}-start`} label={t('timesheets.day.start')} value={day.start} onChange={(e) => set({ start: e.target.value })} />
        <TextField type="time" id={`${id}-end`} label={t('timesheets.day.end')} value={day.end} error={problemText(parsed.problems.end)} onChange={(e) => set({ end: e.target.value })} />
        <div className="usa-form-group">
          <label className="usa-label" htmlFor={`${id}-location`}>
            {t('timesheets.day.location')}
          </label>
          <select className="usa-select" id={`${id}-location`} value={day.location} onChange={(e) => set({ location: e.target.value as DayLocation | '' })}>
            <option value="">{t('timesheets.day.locationNone')}</option>
            {DAY_LOCATIONS.map((l) => (
              <option key={l} value={l}>
                {locationText[l]}
              </option>
            ))}
          </select>
        </div>
        <TextField {...number} id={`${id}-travel`} label={t('timesheets.day.travelMinutes')} value={day.travel} error={problemText(parsed.problems.travel)} onChange={(e) => set({ travel: e.target.value })} />
      </div>
      <FindingList findings={findings} />
    </fieldset>
  );
}
