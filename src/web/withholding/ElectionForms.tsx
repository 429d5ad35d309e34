import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  federalChangeRequest,
  stateChangeRequest,
  type FederalElectionInput,
  type StateElectionInput,
  type WithholdingView,
} from '../../contracts/payroll-terms';
import { api } from '../api';
import { RadioTiles } from '../components/RadioTiles';
import { Alert, Button, Checkbox } from '../components/uswds';
import { ErrorSummary } from '../forms/ErrorSummary';
import { check } from '../forms/issues';
import { TextField } from '../forms/TextField';
import { useFormProblems } from '../forms/useFormProblems';
import { useGuardedMutation } from '../security/reauth';
import { formatDate } from '../console/format';
import { formatMoney } from '../timesheets/format';
import { centsText, typedCents, typedCount } from './amounts';

interface Entry<T> {
  effectiveFrom: string;
  madeAt: string;
  election: T | null;
}
interface History<T> {
  inForce: Entry<T> | null;
  pending: readonly Entry<T>[];
}

/** The election a form starts from: the last one made (the latest pending, else the one in force). */
const latest = <T,>(h: History<T>) => (h.pending.at(-1) ?? h.inForce)?.election ?? null;

/** After a change: the date from which the last one made applies. */
const savedFrom = <T,>(h: History<T>) => (h.pending.at(-1) ?? h.inForce)?.effectiveFrom ?? '';

function useStoreView() {
  const queryClient = useQueryClient();
  return (next: WithholdingView) => queryClient.setQueryData(api.payrollTerms.withholding.key(), next);
}

/** What applies now and what is to come, each with the date it applies from. */
function ElectionHistory<T>({ history, describe, none }: { history: History<T>; describe(e: T): ReactNode; none: string }) {
  const { t, i18n } = useTranslation();
  const text = (e: Entry<T> | null) => (e?.election ? describe(e.election) : <p>{none}</p>);
  return (
    <>
      <h3>{t('withholding.now')}</h3>
      {text(history.inForce)}
      {history.pending.map((p) => (
        <div key={`${p.effectiveFrom}-${p.madeAt}`}>
          <h3>{t('withholding.from', { date: formatDate(p.effectiveFrom, i18n.language) })}</h3>
          {text(p)}
        </div>
      ))}
    </>
  );
}

function Saved({ date }: { date: string | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div role="status">
      {date && (
        <Alert type="success" headingLevel="h4" slim>
          {t('withholding.saved', { date: formatDate(date, i18n.language) })}
        </Alert>
      )}
    </div>
  );
}

const FEDERAL_STATUS = {
  single: 'withholding.federal.single',
  married_jointly: 'withholding.federal.marriedJointly',
  head_of_household: 'withholding.federal.headOfHousehold',
} as const;

function FederalSummary({ e }: { e: FederalElectionInput }) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, i18n.language);
  if (e.exempt) return <p>{t('withholding.federal.isExempt')}</p>;
  return (
    <ul className="usa-list">
      <li>{t(FEDERAL_STATUS[e.filingStatus])}</li>
      <li>{e.multipleJobs ? t('withholding.federal.multipleJobsYes') : t('withholding.federal.multipleJobsNo')}</li>
      <li>{t('withholding.federal.dependentsIs', { amount: money(e.dependentsCents) })}</li>
      <li>{t('withholding.federal.otherIncomeIs', { amount: money(e.otherIncomeCents) })}</li>
      <li>{t('withholding.federal.deductionsIs', { amount: money(e.deductionsCents) })}</li>
      <li>{t('withholding.extraIs', { amount: money(e.extraCents) })}</li>
    </ul>
  );
}

const FEDERAL_FIELDS = [
  ['election.filingStatus', 'w4-status'],
  ['election.dependentsCents', 'w4-dependents'],
  ['election.otherIncomeCents', 'w4-other-income'],
  ['election.deductionsCents', 'w4-deductions'],
  ['election.extraCents', 'w4-extra'],
] as const;

/** IRS Form W-4 (2020 and later), its steps as on the paper form; blank amounts are none, as on paper. */
export function FederalSection({ view }: { view: WithholdingView }) {
  const { t } = useTranslation();
  const store = useStoreView();
  const problems = useFormProblems(FEDERAL_FIELDS);
  const start = latest(view.federal);
  const [withhold, setWithhold] = useState(start ? 'yes' : 'no');
  const [status, setStatus] = useState<string>(start?.filingStatus ?? '');
  const [multipleJobs, setMultipleJobs] = useState(start?.multipleJobs ?? false);
  const [amounts, setAmounts] = useState({
    dependents: start ? centsText(start.dependentsCents) : '',
    otherIncome: start ? centsText(start.otherIncomeCents) : '',
    deductions: start ? centsText(start.deductionsCents) : '',
    extra: start ? centsText(start.extraCents) : '',
  });
  const [exempt, setExempt] = useState(start?.exempt ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useGuardedMutation({
    mutationFn: (body: z.output<typeof federalChangeRequest>) => api.payrollTerms.changeFederal({ body }),
    onSuccess: (next) => {
      store(next);
      setSaved(savedFrom(next.federal));
    },
    onError: problems.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const election =
      withhold === 'no'
        ? null
        : {
            filingStatus: status || undefined,
            multipleJobs,
            dependentsCents: typedCents(amounts.dependents),
            otherIncomeCents: typedCents(amounts.otherIncome),
            deductionsCents: typedCents(amounts.deductions),
            extraCents: typedCents(amounts.extra),
            exempt,
          };
    const checked = check(federalChangeRequest, { election });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    save.mutate(checked.data);
  };
  const amount = (name: keyof typeof amounts, id: string, path: string) => ({
    id,
    inputMode: 'decimal' as const,
    autoComplete: 'off',
    inputClassName: 'usa-input--medium',
    value: amounts[name],
    onChange: (e: { target: { value: string } }) => setAmounts((a) => ({ ...a, [name]: e.target.value })),
    error: problems.errorOf(path),
  });
  return (
    <section aria-labelledby="federal-heading" className="margin-top-5 border-top-05 border-primary">
      <h2 id="federal-heading">{t('withholding.federal.heading')}</h2>
      <ElectionHistory history={view.federal} describe={(e) => <FederalSummary e={e} />} none={t('withholding.federal.none')} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <h3>{t('withholding.federal.change')}</h3>
        <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
        <RadioTiles
          id="w4-withhold"
          legend={t('withholding.federal.withholdLegend')}
          value={withhold}
          onChange={setWithhold}
          options={[
            { value: 'yes', label: t('withholding.federal.withholdYes') },
            { value: 'no', label: t('withholding.federal.withholdNo') },
          ]}
        />
        {withhold === 'yes' && (
          <>
            <RadioTiles
              id="w4-status"
              legend={t('withholding.federal.statusLegend')}
              value={status}
              onChange={setStatus}
              error={problems.errorOf('election.filingStatus')}
              options={(['single', 'married_jointly', 'head_of_household'] as const).map((s) => ({ value: s, label: t(FEDERAL_STATUS[s]) }))}
            />
            <Checkbox id="w4-multiple-jobs" name="w4-multiple-jobs" className="margin-top-3" checked={multipleJobs} onChange={(e) => setMultipleJobs(e.target.checked)} label={t('withholding.federal.multipleJobs')} />
            <TextField label={t('withholding.federal.dependents')} hint={t('withholding.wholeDollarsHint')} {...amount('dependents', 'w4-dependents', 'election.dependentsCents')} />
            <TextField label={t('withholding.federal.otherIncome')} hint={t('withholding.wholeDollarsHint')} {...amount('otherIncome', 'w4-other-income', 'election.otherIncomeCents')} />
            <TextField label={t('withholding.federal.deductions')} hint={t('withholding.wholeDollarsHint')} {...amount('deductions', 'w4-deductions', 'election.deductionsCents')} />
            <TextField label={t('withholding.federal.extra')} hint={t('withholding.centsHint')} {...amount('extra', 'w4-extra', 'election.extraCents')} />
            <Checkbox id="w4-exempt" name="w4-exempt" className="margin-top-3" checked={exempt} onChange={(e) => setExempt(e.target.checked)} label={t('withholding.federal.exempt')} />
          </>
        )}
        <Saved date={saved} />
        <Button type="submit" className="margin-top-2" disabled={save.isPending}>
          {t('withholding.federal.save')}
        </Button>
      </form>
    </section>
  );
}

const STATE_STATUS = {
  single: 'withholding.state.single',
  married: 'withholding.state.married',
  head_of_household: 'withholding.state.headOfHousehold',
} as const;

function StateSummary({ e }: { e: StateElectionInput }) {
  const { t, i18n } = useTranslation();
  if (e.exempt) return <p>{t('withholding.state.isExempt')}</p>;
  return (
    <ul className="usa-list">
      <li>{t(STATE_STATUS[e.filingStatus])}</li>
      <li>{t('withholding.state.allowancesIs', { count: e.allowances })}</li>
      <li>{t('withholding.state.estimatedIs', { count: e.estimatedDeductionAllowances })}</li>
      <li>{t('withholding.extraIs', { amount: formatMoney(e.extraCents, i18n.language) })}</li>
    </ul>
  );
}

const STATE_FIELDS = [
  ['election.filingStatus', 'de4-status'],
  ['election.allowances', 'de4-allowances'],
  ['election.estimatedDeductionAllowances', 'de4-estimated'],
  ['election.extraCents', 'de4-extra'],
] as const;

/** EDD Form DE 4, its lines as on the paper form. */
export function StateSection({ view }: { view: WithholdingView }) {
  const { t } = useTranslation();
  const store = useStoreView();
  const problems = useFormProblems(STATE_FIELDS);
  const start = latest(view.state);
  const [withhold, setWithhold] = useState(start ? 'yes' : 'no');
  const [status, setStatus] = useState<string>(start?.filingStatus ?? '');
  const [typed, setTyped] = useState({
    allowances: start ? String(start.allowances) : '',
    estimated: start ? String(start.estimatedDeductionAllowances) : '',
    extra: start ? centsText(start.extraCents) : '',
  });
  const [exempt, setExempt] = useState(start?.exempt ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useGuardedMutation({
    mutationFn: (body: z.output<typeof stateChangeRequest>) => api.payrollTerms.changeState({ body }),
    onSuccess: (next) => {
      store(next);
      setSaved(savedFrom(next.state));
    },
    onError: problems.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const election =
      withhold === 'no'
        ? null
        : {
            filingStatus: status || undefined,
            allowances: typedCount(typed.allowances),
            estimatedDeductionAllowances: typedCount(typed.estimated),
            extraCents: typedCents(typed.extra),
            exempt,
          };
    const checked = check(stateChangeRequest, { election });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    save.mutate(checked.data);
  };
  const field = (name: keyof typeof typed, id: string, path: string, inputMode: 'numeric' | 'decimal') => ({
    id,
    inputMode,
    autoComplete: 'off',
    inputClassName: inputMode === 'numeric' ? 'usa-input--small' : 'usa-input--medium',
    value: typed[name],
    onChange: (e: { target: { value: string } }) => setTyped((v) => ({ ...v, [name]: e.target.value })),
    error: problems.errorOf(path),
  });
  return (
    <section aria-labelledby="state-heading" className="margin-top-5 border-top-05 border-primary">
      <h2 id="state-heading">{t('withholding.state.heading')}</h2>
      <ElectionHistory history={view.state} describe={(e) => <StateSummary e={e} />} none={t('withholding.state.none')} />
      <form className="usa-form usa-form--large" noValidate onSubmit={submit}>
        <h3>{t('withholding.state.change')}</h3>
        <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
        <RadioTiles
          id="de4-withhold"
          legend={t('withholding.state.withholdLegend')}
          value={withhold}
          onChange={setWithhold}
          options={[
            { value: 'yes', label: t('withholding.state.withholdYes') },
            { value: 'no', label: t('withholding.state.withholdNo') },
          ]}
        />
        {withhold === 'yes' && (
          <>
            <RadioTiles
              id="de4-status"
              legend={t('withholding.state.statusLegend')}
              value={status}
              onChange={setStatus}
              error={problems.errorOf('election.filingStatus')}
              options={(['single', 'married', 'head_of_household'] as const).map((s) => ({ value: s, label: t(STATE_STATUS[s]) }))}
            />
            <TextField label={t('withholding.state.allowances')} hint={t('withholding.state.allowancesHint')} {...field('allowances', 'de4-allowances', 'election.allowances', 'numeric')} />
            <TextField label={t('withholding.state.estimated')} hint={t('withholding.state.allowancesHint')} {...field('estimated', 'de4-estimated', 'election.estimatedDeductionAllowances', 'numeric')} />
            <TextField label={t('withholding.state.extra')} hint={t('withholding.centsHint')} {...field('extra', 'de4-extra', 'election.extraCents', 'decimal')} />
            <Checkbox id="de4-exempt" name="de4-exempt" className="margin-top-3" checked={exempt} onChange={(e) => setExempt(e.target.checked)} label={t('withholding.state.exempt')} />
          </>
        )}
        <Saved date={saved} />
        <Button type="submit" className="margin-top-2" disabled={save.isPending}>
          {t('withholding.state.save')}
        </Button>
      </form>
    </section>
  );
}
