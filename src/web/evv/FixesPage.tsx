import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { evvRecordView, type EvvRecordView } from '../../contracts/evv';
import { occurrenceList, visitPlanList } from '../../contracts/visits';
import { addDays, californiaInstant, parseClockTime } from '../../domain';
import { get, post } from '../api';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { ErrorSummary } from '../forms/ErrorSummary';
import type { FieldIssues } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { formatTime } from '../i18n/format';
import { TapDone } from './components';
import { formatDay } from './format';
import { useEvvState } from './state';
import { suggestedTime } from './suggest';

/** Check-ins left open past midnight and check-outs with no check-in, each with its one-step correction. */
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
        state.data.needsFix.map((record) => <FixForm key={record.id} record={record} onSaved={() => setDone(t('evv.fixes.saved'))} />)
      )}
    </>
  );
}

const REASONS = {
  forgotCheckOut: 'evv.fixes.forgotCheckOut',
  forgotCheckIn: 'evv.fixes.forgotCheckIn',
  noSignal: 'evv.fixes.noSignal',
  other: 'evv.fixes.other',
} as const;
type ReasonId = keyof typeof REASONS;

const SOURCES = {
  plannedEnd: 'evv.fixes.fromPlannedEnd',
  plannedLength: 'evv.fixes.fromPlannedLength',
  endOfDay: 'evv.fixes.fromEndOfDay',
  plannedStart: 'evv.fixes.fromPlannedStart',
} as const;

/** The visit plans that suggest the missing time (see suggestedTime). */
function usePlanned(record: EvvRecordView) {
  const day = useQuery({
    queryKey: ['visits', record.date, record.date, record.caseNumber],
    queryFn: () => get(`/api/visits?from=${record.date}&to=${record.date}&caseNumber=${record.caseNumber}`, occurrenceList),
  });
  const plans = useQuery({ queryKey: ['visits', 'plans'], queryFn: () => get('/api/visits/plans', visitPlanList) });
  if (!day.data || !plans.data) return null;
  return suggestedTime(record, day.data.occurrences, plans.data.plans);
}

function FixForm({ record, onSaved }: { record: EvvRecordView; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const missingCheckIn = record.checkInAt === null;
  const id = `fix-${record.id}`;
  const fields = [
    [missingCheckIn ? 'checkInAt' : 'checkOutAt', `${id}-time`],
    ['reason', `${id}-reason`],
    ['details', `${id}-details`],
  ] as const;
  const problems = useFormProblems(fields);
  const suggestion = usePlanned(record);
  // Until the provider changes them, the time and day are the suggestion's, so confirming takes one tap.
  const [typedTime, setTime] = useState<string | null>(null);
  const [chosenNextDay, setNextDay] = useState<boolean | null>(null);
  const time = typedTime ?? suggestion?.time ?? '';
  // Only a check-out can fall on the next day: a visit that ran past midnight.
  const nextDay = !missingCheckIn && (chosenNextDay ?? (suggestion !== null && suggestion.date > record.date));
  const nextDate = addDays(record.date, 1);
  const [reason, setReason] = useState<ReasonId | ''>('');
  const [details, setDetails] = useState('');
  const name = `${record.recipient.firstName} ${record.recipient.lastName}`;
  const date = formatDay(record.date, i18n.language);
  const known = record.checkInAt ?? record.checkOutAt!;

  const save = useMutation({
    mutationFn: (body: { checkInAt?: string; checkOutAt?: string; reason: string }) => post(`/api/evv/records/${record.id}/correct`, body, evvRecordView),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['evv'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      onSaved();
    },
    onError: problems.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: FieldIssues = {};
    const minutes = parseClockTime(time);
    if (minutes === undefined) found[fields[0][0]] = { code: 'timeRequired', message: t('evv.fixes.timeRequired') };
    if (!reason) found.reason = { code: 'reasonRequired', message: t('evv.fixes.reasonRequired') };
    if (reason === 'other' && details.trim().length < 3) found.details = { code: 'detailsRequired', message: t('evv.fixes.detailsRequired') };
    if (Object.keys(found).length > 0 || minutes === undefined || !reason) {
      problems.invalid(found);
      return;
    }
    const at = new Date(californiaInstant(nextDay ? nextDate : record.date, minutes)).toISOString();
    // The reason is kept in the words the provider saw, with their own details after it.
    const because = [t(REASONS[reason]), details.trim()].filter(Boolean).join(': ');
    save.mutate(missingCheckIn ? { checkInAt: at, reason: because } : { checkOutAt: at, reason: because });
  };

  return (
    <form className="usa-form usa-form--large margin-bottom-4" noValidate onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="font-heading-md">
        {missingCheckIn
          ? t('evv.fixes.withoutCheckIn', { name, date, time: formatTime(known, i18n.language) })
          : t('evv.fixes.openPastMidnight', { name, date, time: formatTime(known, i18n.language) })}
      </h2>
      <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
      <TextField
        id={`${id}-time`}
        type="time"
        label={missingCheckIn ? t('evv.fixes.checkInTime') : t('evv.fixes.checkOutTime')}
        hint={[
          t('evv.fixes.timeHint', { date: nextDay ? formatDay(nextDate, i18n.language) : date }),
          suggestion && typedTime === null && chosenNextDay === null ? t(SOURCES[suggestion.source]) : '',
        ]
          .filter(Boolean)
          .join(' ')}
        value={time}
        onChange={(e) => setTime(e.target.value)}
        error={problems.errorOf(fields[0][0])}
      />
      {!missingCheckIn && (
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
      <div className={`usa-form-group${problems.errorOf('reason') ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor={`${id}-reason`}>
          {t('evv.fixes.reasonLabel')}
        </label>
        {problems.errorOf('reason') && (
          <span className="usa-error-message" id={`${id}-reason-error`}>
            {problems.errorOf('reason')}
          </span>
        )}
        <select
          className="usa-select"
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value as ReasonId | '')}
          aria-describedby={problems.errorOf('reason') ? `${id}-reason-error` : undefined}
          aria-invalid={problems.errorOf('reason') ? true : undefined}
        >
          <option value="">{t('evv.fixes.choose')}</option>
          {(Object.keys(REASONS) as ReasonId[]).map((r) => (
            <option key={r} value={r}>
              {t(REASONS[r])}
            </option>
          ))}
        </select>
      </div>
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
