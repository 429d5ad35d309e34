import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvvRecordView } from '../../contracts/evv';
import { addDays, californiaInstant, parseClockTime } from '../../domain';
import { clock } from '../clock';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import { describedBy, FieldFrame } from '../forms/FieldFrame';
import type { FieldIssues } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { formatTime } from '../i18n/format';
import { RadioTiles } from '../components/RadioTiles';
import { TapDone } from './components';
import { formatDay } from './format';
import { newKey } from './outbox';
import { useEvvState } from './state';
import { overlapFix, suggestedTime, type SuggestedTime } from './suggest';
import { api, groupKey } from '../api';

/**
 * Visits that need the provider's word, each with its one-step fix: a missing check-in or check-out, or times that
 * overlap another visit. The fix is a time (suggested, so confirming takes one tap) or "this was not a visit".
 */
export function FixesPage() {
  const { t } = useTranslation();
  usePageTitle(t('evv.fixes.title'));
  const state = useEvvState();
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <h1>{t('evv.fixes.title')}</h1>
      <p className="usa-intro">{t('evv.fixes.intro')}</p>
      <TapDone message={done} />
      {!state.data ? (
        <Loading />
      ) : state.data.needsFix.length === 0 ? (
        <p>{t('evv.fixes.none')}</p>
      ) : (
        state.data.needsFix.map((record) => <FixForm key={record.id} record={record} others={state.data.needsFix} onSaved={() => setDone(t('evv.fixes.saved'))} />)
      )}
    </>
  );
}

const REASONS = {
  forgotCheckOut: 'evv.fixes.forgotCheckOut',
  forgotCheckIn: 'evv.fixes.forgotCheckIn',
  noSignal: 'evv.fixes.noSignal',
  wrongTime: 'evv.fixes.wrongTime',
  tappedTwice: 'evv.fixes.tappedTwice',
  other: 'evv.fixes.other',
} as const;
type ReasonId = keyof typeof REASONS;

const SOURCES = {
  plannedEnd: 'evv.fixes.fromPlannedEnd',
  plannedLength: 'evv.fixes.fromPlannedLength',
  endOfDay: 'evv.fixes.fromEndOfDay',
  plannedStart: 'evv.fixes.fromPlannedStart',
  otherStart: 'evv.fixes.fromOtherStart',
  otherEnd: 'evv.fixes.fromOtherEnd',
} as const;

/** The visit plans that suggest the missing time (see suggestedTime). */
function usePlanned(record: EvvRecordView) {
  const day = useQuery({
    ...api.visits.occurrences.query({ query: { from: record.date, to: record.date, caseNumber: record.caseNumber } }),
  });
  const plans = useQuery(api.visits.plans.query());
  if (!day.data || !plans.data) return null;
  return suggestedTime(record, day.data.occurrences, plans.data.plans, clock.now().getTime());
}

const nameOf = (r: EvvRecordView) => `${r.recipient.firstName} ${r.recipient.lastName}`;

/** "9:00 AM to 11:00 AM", or "from 9:00 AM, with no check-out". */
function useSpan() {
  const { t, i18n } = useTranslation();
  return (r: EvvRecordView) =>
    r.checkOutAt
      ? t('evv.fixes.span', { start: formatTime(r.checkInAt!, i18n.language), end: formatTime(r.checkOutAt, i18n.language) })
      : t('evv.fixes.spanOpen', { start: formatTime(r.checkInAt!, i18n.language) });
}

/** What the form corrects: the missing time, else the one an overlap's fix changes (check-out when nothing tells). */
function timeToFix(record: EvvRecordView, overlap: ReturnType<typeof overlapFix>): 'checkInAt' | 'checkOutAt' {
  if (record.checkInAt === null) return 'checkInAt';
  if (record.checkOutAt === null || record.flags.includes('open_past_midnight')) return 'checkOutAt';
  return overlap?.field ?? 'checkOutAt';
}

type Choice = 'time' | 'discard';

function FixForm({ record, others, onSaved }: { record: EvvRecordView; others: readonly EvvRecordView[]; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const other = record.overlapsWith.map((id) => others.find((o) => o.id === id)).find((o) => o !== undefined) ?? null;
  const overlaps = record.flags.includes('overlaps_another_visit');
  const overlap = overlaps && other ? overlapFix(record, other) : null;
  const field = timeToFix(record, overlap);
  const missingTime = record.checkInAt === null || record.checkOutAt === null;
  const id = `fix-${record.id}`;
  const fields = [
    [field, `${id}-time`],
    ['reason', `${id}-reason`],
    ['details', `${id}-details`],
  ] as const;
  const problems = useFormProblems(fields);
  const planned = usePlanned(record);
  // The planned visits tell a missing time; an overlap's own fix tells better, when it changes this time.
  const suggestion: SuggestedTime | null = overlap?.field === field ? overlap.suggestion : field === 'checkInAt' && record.checkInAt !== null ? null : planned;
  const [choice, setChoice] = useState<Choice>('time');
  // Until the provider changes them, the time and day are the suggestion's, so confirming takes one tap.
  const [typedTime, setTime] = useState<string | null>(null);
  const [chosenNextDay, setNextDay] = useState<boolean | null>(null);
  const time = typedTime ?? suggestion?.time ?? '';
  // Only a check-out can fall on the next day: a visit that ran past midnight.
  const nextDay = field === 'checkOutAt' && (chosenNextDay ?? (suggestion !== null && suggestion.date > record.date));
  const nextDate = addDays(record.date, 1);
  const [reason, setReason] = useState<ReasonId | ''>('');
  const [details, setDetails] = useState('');
  // One key per correction: a retry of the same one answers the same; the next correction is another request.
  const [key, setKey] = useState(newKey);
  const name = nameOf(record);
  const date = formatDay(record.date, i18n.language);
  const known = record.checkInAt ?? record.checkOutAt!;
  const span = useSpan();

  const save = useMutation({
    mutationFn: (body: { checkInAt?: string; checkOutAt?: string; discard?: true; reason: string; idempotencyKey: string }) =>
      api.evv.correct({ params: { recordId: record.id }, body }),
    onSuccess: async () => {
      setKey(newKey());
      await queryClient.invalidateQueries({ queryKey: groupKey('evv') });
      void queryClient.invalidateQueries({ queryKey: groupKey('dashboard') });
      onSaved();
    },
    onError: problems.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldIssues = {};
    const minutes = parseClockTime(time);
    if (choice === 'time' && minutes === undefined) found[field] = { code: 'timeRequired', message: t('evv.fixes.timeRequired') };
    if (!reason) found.reason = { code: 'reasonRequired', message: t('evv.fixes.reasonRequired') };
    if (reason === 'other' && details.trim().length < 3) found.details = { code: 'detailsRequired', message: t('evv.fixes.detailsRequired') };
    if (Object.keys(found).length > 0 || !reason) {
      problems.invalid(found);
      return;
    }
    // The reason is kept in the words the provider saw, with their own details after it.
    const because = [t(REASONS[reason]), details.trim()].filter(Boolean).join(': ');
    if (choice === 'discard' || minutes === undefined) {
      save.mutate({ discard: true, reason: because, idempotencyKey: key });
      return;
    }
    const at = new Date(californiaInstant(nextDay ? nextDate : record.date, minutes)).toISOString();
    save.mutate({ [field]: at, reason: because, idempotencyKey: key });
  };

  const heading = overlaps
    ? other
      ? t('evv.fixes.overlaps', { name, date, span: span(record), other: nameOf(other), otherSpan: span(other) })
      : t('evv.fixes.overlapsAnother', { name, date, span: span(record) })
    : record.checkInAt === null
      ? t('evv.fixes.withoutCheckIn', { name, date, time: formatTime(known, i18n.language) })
      : record.flags.includes('missing_check_out')
        ? t('evv.fixes.missingCheckOut', { name, date, time: formatTime(known, i18n.language) })
        : t('evv.fixes.openPastMidnight', { name, date, time: formatTime(known, i18n.language) });

  return (
    <form className="usa-form usa-form--large margin-bottom-4" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="font-heading-md">
        {heading}
      </h2>
      <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
      <RadioTiles
        id={`${id}-choice`}
        legend={t('evv.fixes.choiceLegend')}
        options={[
          { value: 'time', label: field === 'checkInAt' ? t('evv.fixes.choiceCheckIn') : t('evv.fixes.choiceCheckOut') },
          { value: 'discard', label: t('evv.fixes.choiceDiscard'), hint: t('evv.fixes.choiceDiscardHint') },
        ]}
        value={choice}
        onChange={(v) => setChoice(v as Choice)}
      />
      {choice === 'time' && (
        <>
          <TextField
            id={`${id}-time`}
            type="time"
            label={field === 'checkInAt' ? t('evv.fixes.checkInTime') : t('evv.fixes.checkOutTime')}
            hint={[
              t('evv.fixes.timeHint', { date: nextDay ? formatDay(nextDate, i18n.language) : date }),
              suggestion && typedTime === null && chosenNextDay === null ? t(SOURCES[suggestion.source], { other: other ? nameOf(other) : '' }) : '',
            ]
              .filter(Boolean)
              .join(' ')}
            value={time}
            onChange={(e) => setTime(e.target.value)}
            error={problems.errorOf(field)}
          />
          {field === 'checkOutAt' && (
            <div className="usa-checkbox margin-bottom-2">
              <input
                className="usa-checkbox__input"
                id={`${id}-next-day`}
                type="checkbox"
                checked={nextDay}
                onChange={(e) => setNextDay(e.target.checked)}
              />
              <label className="usa-checkbox__label" htmlFor={`${id}-next-day`}>
                {t('evv.fixes.nextDay', { date: formatDay(nextDate, i18n.language) })}
              </label>
            </div>
          )}
        </>
      )}
      <FieldFrame id={`${id}-reason`} label={missingTime && choice === 'time' ? t('evv.fixes.reasonLabel') : t('evv.fixes.reasonLabelOther')} error={problems.errorOf('reason')}>
        <select
          className={`usa-select${problems.errorOf('reason') ? ' usa-input--error' : ''}`}
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value as ReasonId | '')}
          aria-describedby={describedBy(`${id}-reason`, undefined, problems.errorOf('reason'))}
          aria-invalid={problems.errorOf('reason') ? true : undefined}
        >
          <option value="">{t('evv.fixes.choose')}</option>
          {(Object.keys(REASONS) as ReasonId[]).map((r) => (
            <option key={r} value={r}>
              {t(REASONS[r])}
            </option>
          ))}
        </select>
      </FieldFrame>
      <TextField
        id={`${id}-details`}
        label={t('evv.fixes.detailsLabel')}
        hint={t('evv.fixes.detailsHint')}
        value={details}
        maxLength={400}
        onChange={(e) => setDetails(e.target.value)}
        error={problems.errorOf('details')}
      />
      <button type="submit" className="usa-button" disabled={save.isPending}>
        {t('evv.fixes.save')}
      </button>
    </form>
  );
}
