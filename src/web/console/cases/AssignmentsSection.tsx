import { Alert, Button, Checkbox } from '../../components/uswds';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  createAssignmentRequest,
  endAssignmentRequest,
  updateAssignmentRequest,
  type AssignmentView,
  type StaffCaseView,
  type UpdateAssignmentRequest,
} from '../../../contracts/cases-console';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check, type FieldIssues } from '../../forms/issues';
import { EMPTY_DATE, MemorableDate, toIsoDate, type DateParts } from '../../forms/MemorableDate';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { formatDate } from '../format';
import { EMPTY_HOURS, HoursMinutesField, dateParts, hoursParts, optionalIsoDate, toMinutes, useHoursText, type HoursMinutes } from './fields';
import { useCaseWrite } from './useCaseWrite';
import { api } from '../../api';

type Open = { id: number; mode: 'edit' | 'end' } | null;

/** The providers assigned to the case, past, current and future: change or end an assignment, or assign a provider. */
export function AssignmentsSection({ view }: { view: StaffCaseView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState('');
  const finished = (text: string) => {
    setOpen(null);
    setDone(text);
  };
  return (
    <section aria-labelledby="case-assignments-heading" className="case-section">
      <h2 id="case-assignments-heading">{t('cases.assignmentsHeading')}</h2>
      <div role="status">
        {done && (
          <Alert type="success" headingLevel="h3" slim>
            {done}
          </Alert>
        )}
      </div>
      {view.assignments.length === 0 && <p>{t('cases.assignmentsNone')}</p>}
      {view.assignments.map((a) => (
        <AssignmentCard
          key={a.id}
          view={view}
          a={a}
          open={open?.id === a.id ? open.mode : null}
          onOpen={(mode) => {
            setDone('');
            setOpen(mode ? { id: a.id, mode } : null);
          }}
          onDone={finished}
        />
      ))}
      <AssignmentForm view={view} onDone={() => finished(t('cases.assignmentAdded'))} />
    </section>
  );
}

function AssignmentCard({ view, a, open, onOpen, onDone }: { view: StaffCaseView; a: AssignmentView; open: 'edit' | 'end' | null; onOpen(mode: 'edit' | 'end' | null): void; onDone(text: string): void }) {
  const { t, i18n } = useTranslation();
  const hoursText = useHoursText();
  const lang = i18n.language;
  const name = `${a.provider.firstName} ${a.provider.lastName}`;
  const ended = a.endDate !== null && a.endDate < view.today;
  const yesNo = (v: boolean) => (v ? t('cases.yes') : t('cases.no'));
  return (
    <article className="case-card" aria-labelledby={`assignment-${a.id}`}>
      <h3 id={`assignment-${a.id}`} className="margin-top-0">
        {t('cases.assignmentTitle', { name, providerId: a.provider.providerId })}
      </h3>
      <dl className="case-facts">
        <dt>{t('cases.assignmentDates')}</dt>
        <dd>
          {a.endDate
            ? t('cases.datesFromTo', { from: formatDate(a.startDate, lang), to: formatDate(a.endDate, lang) })
            : t('cases.datesFrom', { from: formatDate(a.startDate, lang) })}
          {ended && ` (${t('cases.assignmentEnded')})`}
        </dd>
        <dt>{t('cases.assignedHours')}</dt>
        <dd>{a.assignedMonthlyMinutes === null ? t('cases.allHours') : hoursText(a.assignedMonthlyMinutes)}</dd>
        <dt>{t('cases.liveIn')}</dt>
        <dd>{yesNo(a.liveIn)}</dd>
        <dt>{t('cases.travel')}</dt>
        <dd>{yesNo(a.travelAgreement)}</dd>
      </dl>
      {open === null && (
        <div className="case-card__actions">
          <Button type="button" outline onClick={() => onOpen('edit')}>
            {t('cases.changeAssignment', { name })}
          </Button>
          {!ended && (
            <Button type="button" outline secondary onClick={() => onOpen('end')}>
              {t('cases.endAssignment', { name })}
            </Button>
          )}
        </div>
      )}
      {open === 'edit' && <AssignmentForm view={view} assignment={a} onDone={() => onDone(t('cases.assignmentSaved', { name }))} onCancel={() => onOpen(null)} />}
      {open === 'end' && <EndForm view={view} a={a} onDone={() => onDone(t('cases.assignmentEndedSaved', { name }))} onCancel={() => onOpen(null)} />}
    </article>
  );
}

const formFields = (prefix: string) =>
  [
    ['providerId', `${prefix}-provider`],
    ['assignedMonthlyMinutes', `${prefix}-hours`],
    ['startDate', `${prefix}-start`],
    ['endDate', `${prefix}-end`],
  ] as const;
const ADD_FIELDS = formFields('assign-new');
const EDIT_FIELDS = formFields('assign-edit');

/** Assign a provider (no `assignment`), or change an assignment. */
function AssignmentForm({ view, assignment, onDone, onCancel }: { view: StaffCaseView; assignment?: AssignmentView; onDone(): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const prefix = assignment ? 'assign-edit' : 'assign-new';
  const form = useFormProblems(assignment ? EDIT_FIELDS : ADD_FIELDS);
  const [providerId, setProviderId] = useState('');
  const [hours, setHours] = useState<HoursMinutes>(assignment ? hoursParts(assignment.assignedMonthlyMinutes) : EMPTY_HOURS);
  const [start, setStart] = useState<DateParts>(dateParts(assignment?.startDate ?? view.today));
  const [end, setEnd] = useState<DateParts>(dateParts(assignment?.endDate ?? null));
  const [liveIn, setLiveIn] = useState(assignment?.liveIn ?? false);
  const [travel, setTravel] = useState(assignment?.travelAgreement ?? false);
  const create = useCaseWrite((body: z.output<typeof createAssignmentRequest>) => api.caseConsole.assign({ params: { caseNumber: view.caseNumber }, body }), form.failed);
  const update = useCaseWrite(
    ({ assignmentId, body }: { assignmentId: number; body: UpdateAssignmentRequest }) =>
      api.caseConsole.updateAssignment({ params: { caseNumber: view.caseNumber, assignmentId }, body }),
    form.failed,
  );
  const reset = () => {
    setProviderId('');
    setHours(EMPTY_HOURS);
    setStart(dateParts(view.today));
    setEnd(EMPTY_DATE);
    setLiveIn(false);
    setTravel(false);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const minutes = toMinutes(hours, (max) => t('cases.hoursRange', { max }));
    const common = {
      startDate: toIsoDate(start),
      endDate: optionalIsoDate(end),
      assignedMonthlyMinutes: 'minutes' in minutes ? minutes.minutes : null,
      liveIn,
      travelAgreement: travel,
    };
    const hoursIssues: FieldIssues = 'issue' in minutes ? { assignedMonthlyMinutes: minutes.issue } : {};
    if (assignment) {
      const result = check(updateAssignmentRequest, common);
      if ('issues' in result || 'issue' in minutes) return form.invalid({ ...('issues' in result ? result.issues : {}), ...hoursIssues });
      form.clear();
      update.mutate({ assignmentId: assignment.id, body: result.data }, { onSuccess: onDone });
    } else {
      const result = check(createAssignmentRequest, { ...common, providerId });
      if ('issues' in result || 'issue' in minutes) return form.invalid({ ...('issues' in result ? result.issues : {}), ...hoursIssues });
      form.clear();
      create.mutate(result.data, {
        onSuccess: () => {
          reset();
          onDone();
        },
      });
    }
  };

  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      {!assignment && <h3>{t('cases.assignHeading')}</h3>}
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      {!assignment && (
        <TextField
          id={`${prefix}-provider`}
          label={t('cases.providerId')}
          hint={t('cases.providerIdHint')}
          inputMode="numeric"
          maxLength={11}
          autoComplete="off"
          inputClassName="usa-input--medium"
          value={providerId}
          onChange={(e) => setProviderId(e.target.value)}
          error={form.errorOf('providerId')}
        />
      )}
      <HoursMinutesField id={`${prefix}-hours`} legend={t('cases.assignedHoursField')} hint={t('cases.assignedHoursHint')} value={hours} onChange={setHours} error={form.errorOf('assignedMonthlyMinutes')} />
      <MemorableDate id={`${prefix}-start`} legend={t('cases.startDate')} hint={t('cases.dateHint')} value={start} onChange={setStart} error={form.errorOf('startDate')} />
      <MemorableDate id={`${prefix}-end`} legend={t('cases.endDate')} hint={t('cases.endDateHint')} value={end} onChange={setEnd} error={form.errorOf('endDate')} />
      <Checkbox id={`${prefix}-liveIn`} name={`${prefix}-liveIn`} className="margin-top-3" checked={liveIn} onChange={(e) => setLiveIn(e.target.checked)} label={t('cases.liveIn')} labelDescription={t('cases.liveInHint')} tile />
      <Checkbox id={`${prefix}-travel`} name={`${prefix}-travel`} checked={travel} onChange={(e) => setTravel(e.target.checked)} label={t('cases.travel')} labelDescription={t('cases.travelHint')} tile />
      <div className="case-card__actions margin-top-3">
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {assignment ? t('cases.saveAssignment') : t('cases.assignSubmit')}
        </Button>
        {onCancel && (
          <Button type="button" unstyled onClick={onCancel}>
            {t('cases.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}

const END_FIELDS = [['endDate', 'assign-end-date']] as const;

function EndForm({ view, a, onDone, onCancel }: { view: StaffCaseView; a: AssignmentView; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const form = useFormProblems(END_FIELDS);
  const [end, setEnd] = useState<DateParts>(dateParts(view.today));
  const save = useCaseWrite(
    (body: z.output<typeof endAssignmentRequest>) => api.caseConsole.endAssignment({ params: { caseNumber: view.caseNumber, assignmentId: a.id }, body }),
    form.failed,
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = check(endAssignmentRequest, { endDate: toIsoDate(end) });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data, { onSuccess: onDone });
  };
  return (
    <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <MemorableDate id="assign-end-date" legend={t('cases.lastDay')} hint={t('cases.lastDayHint')} value={end} onChange={setEnd} error={form.errorOf('endDate')} />
      <div className="case-card__actions margin-top-3">
        <Button type="submit" secondary disabled={save.isPending}>
          {t('cases.endSubmit')}
        </Button>
        <Button type="button" unstyled onClick={onCancel}>
          {t('cases.cancel')}
        </Button>
      </div>
    </form>
  );
}
