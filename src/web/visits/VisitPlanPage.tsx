import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { visitPlanInput, type VisitPlanInput } from '../../contracts/visits';
import { addDays, weekday } from '../../domain';
import { Loading } from '../components/Loading';
import { RadioTiles } from '../components/RadioTiles';
import { usePageTitle } from '../components/usePageTitle';
import { weekdayName } from '../evv/format';
import { useCases } from '../evv/state';
import '../evv/workday.css';
import { ErrorSummary } from '../forms/ErrorSummary';
import { FieldError } from '../forms/FieldError';
import { describedBy, FieldFrame } from '../forms/FieldFrame';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { useSession } from '../session';
import { clock } from '../clock';
import { api, groupKey } from '../api';

const FIELDS = [
  ['caseNumber', 'plan-case'],
  ['providerId', 'plan-provider'],
  ['repeat', 'plan-repeat-none'],
  ['startDate', 'plan-date'],
  ['startTime', 'plan-start'],
  ['endTime', 'plan-end'],
  ['weekdays', 'plan-day-0'],
  ['untilDate', 'plan-until'],
] as const;

interface Draft {
  caseNumber: string;
  /** Chosen by a recipient; a provider plans their own visits. */
  providerId: string;
  startDate: string;
  startTime: string;
  endTime: string;
  repeat: 'none' | 'weekly';
  weekdays: number[];
  untilDate: string;
}

const WEEK = [0, 1, 2, 3, 4, 5, 6];

/** Plan a visit (`/visits/new`) or change or cancel a plan (`/visits/plans/:planId`). */
export function VisitPlanPage() {
  const { t } = useTranslation();
  const { planId } = useParams();
  const editing = planId !== undefined;
  usePageTitle(editing ? t('visits.plan.editTitle') : t('visits.plan.newTitle'));
  const plans = useQuery({ ...api.visits.plans.query(), enabled: editing });
  const cases = useCases();
  const plan = plans.data?.plans.find((p) => String(p.id) === planId);
  const byRecipient = useSession().user?.role === 'recipient';

  let body;
  if (!cases.data || (editing && !plans.data)) body = <Loading />;
  else if (editing && !plan) body = <p>{t('visits.plan.notFound')}</p>;
  else {
    const initial: Draft = plan
      ? { ...plan, untilDate: plan.untilDate ?? '' }
      : {
          caseNumber: cases.data.cases.length === 1 ? cases.data.cases[0]!.caseNumber : '',
          providerId: '',
          startDate: '',
          startTime: '',
          endTime: '',
          repeat: 'none',
          weekdays: [],
          untilDate: '',
        };
    body = (
      <>
        <PlanForm
          planId={plan?.id ?? null}
          initial={initial}
          byRecipient={byRecipient}
          // A recipient's list is their own case; a provider's, the cases they are assigned to.
          recipients={cases.data.cases.filter((c) => byRecipient || c.assignment)}
        />
        {plan && <CancelPlan planId={plan.id} />}
      </>
    );
  }
  return (
    <>
      <h1>{editing ? t('visits.plan.editTitle') : t('visits.plan.newTitle')}</h1>
      {body}
      <p className="margin-top-4">
        <Link to="/visits">{t('visits.plan.back')}</Link>
      </p>
    </>
  );
}

interface PlanFormProps {
  planId: number | null;
  initial: Draft;
  byRecipient: boolean;
  recipients: { caseNumber: string; recipient: { firstName: string; lastName: string } }[];
}

function PlanForm({ planId, initial, byRecipient, recipients }: PlanFormProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const problems = useFormProblems(FIELDS);
  const [draft, setDraft] = useState<Draft>(initial);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    problems.setField(key, undefined);
  };
  const providers = useQuery({ ...api.cases.providers.query({ params: { caseNumber: draft.caseNumber } }), enabled: byRecipient && draft.caseNumber !== '' });
  const save = useMutation({
    mutationFn: (input: VisitPlanInput) => (planId === null ? api.visits.createPlan({ body: input }) : api.visits.updatePlan({ params: { planId }, body: input })),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: groupKey('visits') });
      void queryClient.invalidateQueries({ queryKey: groupKey('dashboard') });
      void navigate(`/visits?date=${saved.startDate}`, { state: { notice: 'saved' } });
    },
    onError: problems.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const weekly = draft.repeat === 'weekly';
    const { providerId, ...rest } = draft;
    const result = check(visitPlanInput, {
      ...rest,
      ...(byRecipient ? { providerId } : {}),
      weekdays: weekly ? draft.weekdays : [],
      untilDate: weekly && draft.untilDate ? draft.untilDate : null,
    });
    if ('issues' in result) {
      // An empty choice is not a mistyped number: say what to do with the list.
      let issues = result.issues;
      if (!draft.caseNumber) issues = { ...issues, caseNumber: { code: 'recipientRequired', message: t('visits.plan.recipientRequired') } };
      if (byRecipient && !providerId) issues = { ...issues, providerId: { code: 'providerRequired', message: t('visits.plan.providerRequired') } };
      problems.invalid(issues);
      return;
    }
    save.mutate(result.data);
  };

  // Any Sunday gives the weekday names in this language; 0 = Sunday, as the contract counts.
  const today = clock.today();
  const aSunday = addDays(today, -weekday(today));
  return (
    <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
      <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
      <FieldFrame id="plan-case" label={t('visits.plan.recipient')} error={problems.errorOf('caseNumber')}>
        <select
          className={`usa-select${problems.errorOf('caseNumber') ? ' usa-input--error' : ''}`}
          id="plan-case"
          value={draft.caseNumber}
          onChange={(e) => set('caseNumber', e.target.value)}
          aria-describedby={describedBy('plan-case', undefined, problems.errorOf('caseNumber'))}
          aria-invalid={problems.errorOf('caseNumber') ? true : undefined}
        >
          <option value="">{t('visits.plan.choose')}</option>
          {recipients.map((c) => (
            <option key={c.caseNumber} value={c.caseNumber}>
              {c.recipient.firstName} {c.recipient.lastName}
            </option>
          ))}
        </select>
      </FieldFrame>
      {byRecipient && (
        <FieldFrame id="plan-provider" label={t('visits.plan.provider')} error={problems.errorOf('providerId')}>
          <select
            className={`usa-select${problems.errorOf('providerId') ? ' usa-input--error' : ''}`}
            id="plan-provider"
            value={draft.providerId}
            onChange={(e) => set('providerId', e.target.value)}
            aria-describedby={describedBy('plan-provider', undefined, problems.errorOf('providerId'))}
            aria-invalid={problems.errorOf('providerId') ? true : undefined}
          >
            <option value="">{t('visits.plan.choose')}</option>
            {(providers.data?.providers ?? []).map((p) => (
              <option key={p.providerId} value={p.providerId}>
                {t('visits.plan.providerOption', { name: `${p.firstName} ${p.lastName}`, providerId: p.providerId })}
              </option>
            ))}
          </select>
        </FieldFrame>
      )}
      <RadioTiles
        id="plan-repeat"
        legend={t('visits.plan.repeatLegend')}
        options={[
          { value: 'none', label: t('visits.plan.once') },
          { value: 'weekly', label: t('visits.plan.weekly') },
        ]}
        value={draft.repeat}
        onChange={(v) => set('repeat', v === 'weekly' ? 'weekly' : 'none')}
        error={problems.errorOf('repeat')}
      />
      <TextField
        id="plan-date"
        type="date"
        label={draft.repeat === 'weekly' ? t('visits.plan.startDateWeekly') : t('visits.plan.startDate')}
        hint={t('visits.plan.dateHint')}
        value={draft.startDate}
        onChange={(e) => set('startDate', e.target.value)}
        error={problems.errorOf('startDate')}
      />
      <TextField
        id="plan-start"
        type="time"
        label={t('visits.plan.startTime')}
        hint={t('visits.plan.timeHint')}
        value={draft.startTime}
        onChange={(e) => set('startTime', e.target.value)}
        error={problems.errorOf('startTime')}
      />
      <TextField
        id="plan-end"
        type="time"
        label={t('visits.plan.endTime')}
        hint={t('visits.plan.timeHint')}
        value={draft.endTime}
        onChange={(e) => set('endTime', e.target.value)}
        error={problems.errorOf('endTime')}
      />
      {draft.repeat === 'weekly' && (
        <>
          <div className={`usa-form-group${problems.errorOf('weekdays') ? ' usa-form-group--error' : ''}`}>
            <fieldset className="usa-fieldset" aria-describedby={problems.errorOf('weekdays') ? 'plan-days-error' : undefined}>
              <legend className="usa-legend">{t('visits.plan.weekdaysLegend')}</legend>
              <FieldError id="plan-days-error" error={problems.errorOf('weekdays')} />
              {WEEK.map((day) => (
                <div className="usa-checkbox" key={day}>
                  <input
                    className="usa-checkbox__input"
                    id={`plan-day-${day}`}
                    type="checkbox"
                    checked={draft.weekdays.includes(day)}
                    onChange={(e) =>
                      set('weekdays', e.target.checked ? [...draft.weekdays, day].sort() : draft.weekdays.filter((d) => d !== day))
                    }
                  />
                  <label className="usa-checkbox__label" htmlFor={`plan-day-${day}`}>
                    {weekdayName(addDays(aSunday, day), i18n.language)}
                  </label>
                </div>
              ))}
            </fieldset>
          </div>
          <TextField
            id="plan-until"
            type="date"
            label={t('visits.plan.untilDate')}
            hint={t('visits.plan.untilHint')}
            value={draft.untilDate}
            onChange={(e) => set('untilDate', e.target.value)}
            error={problems.errorOf('untilDate')}
          />
        </>
      )}
      <button type="submit" className="usa-button" disabled={save.isPending}>
        {t('visits.plan.save')}
      </button>
    </form>
  );
}

function CancelPlan({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => api.visits.cancelPlan({ params: { planId } }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: groupKey('visits') });
      void queryClient.invalidateQueries({ queryKey: groupKey('dashboard') });
      void navigate('/visits', { state: { notice: 'cancelled' } });
    },
  });
  return (
    <section className="margin-top-4" aria-labelledby="plan-cancel">
      <h2 id="plan-cancel">{t('visits.plan.cancelHeading')}</h2>
      <p>{t('visits.plan.cancelText')}</p>
      <ProblemAlert error={cancel.error} slim />
      <button type="button" className="usa-button usa-button--secondary" disabled={cancel.isPending} onClick={() => cancel.mutate()}>
        {t('visits.plan.cancelPlan')}
      </button>
    </section>
  );
}
