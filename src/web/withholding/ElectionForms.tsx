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
  exemption: { lastPayDate: string; lapsed: boolean } | null;
}
interface History<T> {
  inForce: Entry<T> | null;
  pending: readonly Entry<T>[];
}
type Tax = 'federal' | 'state';

/** The election a form starts from: the last one made (the latest pending, else the one in force). */
const latest = <T,>(h: History<T>) => (h.pending.at(-1) ?? h.inForce)?.election ?? null;

/** After a change: the date from which the last one made applies. */
const savedFrom = (h: History<unknown>) => (h.pending.at(-1) ?? h.inForce)?.effectiveFrom ?? '';

function useStoreView() {
  const queryClient = useQueryClient();
  return (next: WithholdingView) => queryClient.setQueryData(api.payrollTerms.withholding.key(), next);
}

const TAX_WORDS = {
  federal: { none: 'withholding.federal.none', until: 'withholding.federal.exemptUntil', lapsed: 'withholding.federal.exemptLapsed', lapsesFirst: 'withholding.federal.exemptLapsesFirst' },
  state: { none: 'withholding.state.none', until: 'withholding.state.exemptUntil', lapsed: 'withholding.state.exemptLapsed', lapsesFirst: 'withholding.state.exemptLapsesFirst' },
} as const;

/**
 * An exempt claim's last covered issue date and what is withheld after it (rules.ts `electionForPayment`): Single
 * with nothing else on the form, until a newer election applies. A lapsed one says so as a warning: in force, it no
 * longer keeps tax from being withheld; pending, it ends before it applies.
 */
function Exemption({ tax, entry, pending }: { tax: Tax; entry: Pick<Entry<unknown>, 'exemption'>; pending: boolean }) {
  const { t, i18n } = useTranslation();
  if (!entry.exemption) return null;
  const words = TAX_WORDS[tax];
  const date = formatDate(entry.exemption.lastPayDate, i18n.language);
  if (!entry.exemption.lapsed) return <p>{t(words.until, { date })}</p>;
  return (
    <Alert type="warning" headingLevel="h4" slim>
      {t(pending ? words.lapsesFirst : words.lapsed, { date })}
    </Alert>
  );
}

interface HistoryProps {
  /** The headings' level: h3 on the provider's page, h5 under a provider's name in the county console. */
  level?: 'h3' | 'h5';
  /** Head the one in force with the date it has applied since, not "In force now". */
  since?: boolean;
}

/** What applies now and what is to come, each with the date it applies from, and what each exempt claim covers. */
function ElectionHistory<T>({ tax, history, describe, level: Heading = 'h3', since = false }: HistoryProps & { tax: Tax; history: History<T>; describe(e: T): ReactNode }) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  const text = (e: Entry<T> | null, pending: boolean) => (
    <>
      {/* A lapsed exemption withholds as its warning says, not as the form it was made on. */}
      {!e?.exemption?.lapsed && (e?.election ? describe(e.election) : <p>{t(TAX_WORDS[tax].none)}</p>)}
      {e && <Exemption tax={tax} entry={e} pending={pending} />}
    </>
  );
  return (
    <>
      <Heading>{since && history.inForce ? t('withholding.since', { date: date(history.inForce.effectiveFrom) }) : t('withholding.now')}</Heading>
      {text(history.inForce, false)}
      {history.pending.map((p) => (
        <div key={`${p.effectiveFrom}-${p.madeAt}`}>
          <Heading>{t('withholding.from', { date: date(p.effectiveFrom) })}</Heading>
          {text(p, true)}
        </div>
      ))}
    </>
  );
}

/** The W-4 elections, read-only: the provider's page above its form, and the county console. */
export const FederalHistory = ({ history, ...props }: HistoryProps & { history: WithholdingView['federal'] }) => (
  <ElectionHistory tax="federal" history={history} describe={(e) => <FederalSummary e={e} />} {...props} />
);

/** The DE 4 elections, read-only. */
export const StateHistory = ({ history, ...props }: HistoryProps & { history: WithholdingView['state'] }) => (
  <ElectionHistory tax="state" history={history} describe={(e) => <StateSummary e={e} />} {...props} />
);

/**
 * Beside the box that claims exemption: the last issue date a claim made today would cover, and that it must be made
 * again each year; or, when the change would apply only after that date, that it would never apply.
 */
function ExemptHint({ id, view }: { id: string; view: WithholdingView }) {
  const { t, i18n } = useTranslation();
  const until = formatDate(view.exemptClaimToday.lastPayDate, i18n.language);
  return (
    <p id={id} className="usa-hint margin-top-1">
      {view.exemptClaimToday.lapsed ? t('withholding.exemptTooLate', { until, from: formatDate(view.changeAppliesFrom, i18n.language) }) : t('withholding.exemptHint', { date: until })}
    </p>
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

const FORM_WORDS = {
  federal: {
    heading: 'withholding.federal.heading',
    change: 'withholding.federal.change',
    withholdLegend: 'withholding.federal.withholdLegend',
    withholdYes: 'withholding.federal.withholdYes',
    withholdNo: 'withholding.federal.withholdNo',
    exempt: 'withholding.federal.exempt',
    save: 'withholding.federal.save',
  },
  state: {
    heading: 'withholding.state.heading',
    change: 'withholding.state.change',
    withholdLegend: 'withholding.state.withholdLegend',
    withholdYes: 'withholding.state.withholdYes',
    withholdNo: 'withholding.state.withholdNo',
    exempt: 'withholding.state.exempt',
    save: 'withholding.state.save',
  },
} as const;

interface ElectionFormProps {
  tax: Tax;
  /** The ids' prefix: "w4" or "de4". */
  id: string;
  view: WithholdingView;
  history: ReactNode;
  problems: ReturnType<typeof useFormProblems>;
  withhold: string;
  setWithhold(value: string): void;
  exempt: boolean;
  setExempt(value: boolean): void;
  saved: string | null;
  pending: boolean;
  onSubmit(e: FormEvent): void;
  /** The form's own fields, shown when the provider asks for withholding: its filing status first. */
  children: ReactNode;
}

/** What the W-4 and DE 4 forms share: the history above, withhold or not, the form's fields, the exempt claim, save. */
function ElectionForm({ tax, id, view, history, problems, withhold, setWithhold, exempt, setExempt, saved, pending, onSubmit, children }: ElectionFormProps) {
  const { t } = useTranslation();
  const words = FORM_WORDS[tax];
  return (
    <section aria-labelledby={`${tax}-heading`} className="margin-top-5 border-top-05 border-primary">
      <h2 id={`${tax}-heading`}>{t(words.heading)}</h2>
      {history}
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit}>
        <h3>{t(words.change)}</h3>
        <ErrorSummary items={problems.summary} focusSignal={problems.focusSignal} />
        <RadioTiles
          id={`${id}-withhold`}
          legend={t(words.withholdLegend)}
          value={withhold}
          onChange={setWithhold}
          options={[
            { value: 'yes', label: t(words.withholdYes) },
            { value: 'no', label: t(words.withholdNo) },
          ]}
        />
        {withhold === 'yes' && (
          <>
            {children}
            <Checkbox
              id={`${id}-exempt`}
              name={`${id}-exempt`}
              className="margin-top-3"
              checked={exempt}
              onChange={(e) => setExempt(e.target.checked)}
              label={t(words.exempt)}
              aria-describedby={`${id}-exempt-hint`}
            />
            <ExemptHint id={`${id}-exempt-hint`} view={view} />
          </>
        )}
        <Saved date={saved} />
        <Button type="submit" className="margin-top-2" disabled={pending}>
          {t(words.save)}
        </Button>
      </form>
    </section>
  );
}

/**
 * The state both forms keep and how both send: withhold or not, the exempt claim, the date the last change applies
 * from once saved; `submit` checks the election the form typed (null: withhold nothing) against the change's contract,
 * ties problems to their fields, and sends it (asking the person to confirm who they are first when the session is
 * not fresh).
 */
function useElectionForm<S extends z.ZodType>(o: {
  tax: Tax;
  fields: ReadonlyArray<readonly [path: string, inputId: string]>;
  start: { exempt: boolean } | null;
  request: S;
  send(body: z.output<S>): Promise<WithholdingView>;
}) {
  const store = useStoreView();
  const problems = useFormProblems(o.fields);
  const [withhold, setWithhold] = useState(o.start ? 'yes' : 'no');
  const [exempt, setExempt] = useState(o.start?.exempt ?? false);
  const [saved, setSaved] = useState<string | null>(null);
  const save = useGuardedMutation({
    mutationFn: o.send,
    onSuccess: (next: WithholdingView) => {
      store(next);
      setSaved(savedFrom(next[o.tax]));
    },
    onError: problems.failed,
  });
  const submit = (typed: () => Record<string, unknown>) => (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const checked = check(o.request, { election: withhold === 'no' ? null : { ...typed(), exempt } });
    if ('issues' in checked) return problems.invalid(checked.issues);
    problems.clear();
    save.mutate(checked.data);
  };
  return { problems, submit, frame: { tax: o.tax, problems, withhold, setWithhold, exempt, setExempt, saved, pending: save.isPending } };
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
  const start = latest(view.federal);
  const { problems, submit, frame } = useElectionForm({ tax: 'federal', fields: FEDERAL_FIELDS, start, request: federalChangeRequest, send: (body) => api.payrollTerms.changeFederal({ body }) });
  const [status, setStatus] = useState<string>(start?.filingStatus ?? '');
  const [multipleJobs, setMultipleJobs] = useState(start?.multipleJobs ?? false);
  const [amounts, setAmounts] = useState({
    dependents: start ? centsText(start.dependentsCents) : '',
    otherIncome: start ? centsText(start.otherIncomeCents) : '',
    deductions: start ? centsText(start.deductionsCents) : '',
    extra: start ? centsText(start.extraCents) : '',
  });
  const onSubmit = submit(() => ({
    filingStatus: status || undefined,
    multipleJobs,
    dependentsCents: typedCents(amounts.dependents),
    otherIncomeCents: typedCents(amounts.otherIncome),
    deductionsCents: typedCents(amounts.deductions),
    extraCents: typedCents(amounts.extra),
  }));
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
    <ElectionForm {...frame} id="w4" view={view} history={<FederalHistory history={view.federal} />} onSubmit={onSubmit}>
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
    </ElectionForm>
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
  const start = latest(view.state);
  const { problems, submit, frame } = useElectionForm({ tax: 'state', fields: STATE_FIELDS, start, request: stateChangeRequest, send: (body) => api.payrollTerms.changeState({ body }) });
  const [status, setStatus] = useState<string>(start?.filingStatus ?? '');
  const [typed, setTyped] = useState({
    allowances: start ? String(start.allowances) : '',
    estimated: start ? String(start.estimatedDeductionAllowances) : '',
    extra: start ? centsText(start.extraCents) : '',
  });
  const onSubmit = submit(() => ({
    filingStatus: status || undefined,
    allowances: typedCount(typed.allowances),
    estimatedDeductionAllowances: typedCount(typed.estimated),
    extraCents: typedCents(typed.extra),
  }));
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
    <ElectionForm {...frame} id="de4" view={view} history={<StateHistory history={view.state} />} onSubmit={onSubmit}>
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
    </ElectionForm>
  );
}
