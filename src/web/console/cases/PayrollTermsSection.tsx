import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  payrollTermsInput,
  shareOfCostInput,
  type CasePayrollTermsView,
  type PayrollTermsInput,
  type ShareOfCostInput,
} from '../../../contracts/payroll-terms';
import { api } from '../../api';
import { Alert, Button, Checkbox, Fieldset } from '../../components/uswds';
import { formatMonth } from '../../evv/format';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { FieldError } from '../../forms/FieldError';
import { check } from '../../forms/issues';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { TextField } from '../../forms/TextField';
import { useFormProblems } from '../../forms/useFormProblems';
import { formatMoney } from '../../timesheets/format';
import { centsText, typedCents } from '../../withholding/amounts';
import { FederalHistory, StateHistory } from '../../withholding/ElectionForms';
import { formatDate } from '../format';
import { MonthField, toIsoMonth, type MonthParts } from './fields';

type Provider = CasePayrollTermsView['providers'][number];

const RELATIONSHIPS = ['parent', 'spouse', 'child', 'other'] as const;
const RELATIONSHIP_WORDS = {
  parent: 'payrollTerms.relationship.parent',
  spouse: 'payrollTerms.relationship.spouse',
  child: 'payrollTerms.relationship.child',
  other: 'payrollTerms.relationship.other',
} as const;

function useStoreTerms(caseNumber: string) {
  const queryClient = useQueryClient();
  return (view: CasePayrollTermsView) => queryClient.setQueryData(api.payrollTerms.caseTerms.key({ params: { caseNumber } }), view);
}

/**
 * What each provider's pay from this case is subject to (issue #15): the relationship to the recipient and the SDI
 * election it allows, union membership, COPE and the health plan, and the provider's own W-4 and DE 4 elections
 * (read-only, shown on request); and the recipient's Share of Cost by month. Each save is audited with what it was
 * before, and each reading of the elections as a reading.
 */
export function PayrollTermsSection({ caseNumber }: { caseNumber: string }) {
  const { t, i18n } = useTranslation();
  const terms = useQuery(api.payrollTerms.caseTerms.query({ params: { caseNumber } }));
  const rates = terms.data?.ratesToday;
  const money = (cents: number) => formatMoney(cents, i18n.language);
  return (
    <section aria-labelledby="case-terms-heading" className="case-section">
      <h2 id="case-terms-heading">{t('payrollTerms.heading')}</h2>
      <p>{t('payrollTerms.intro')}</p>
      <ProblemAlert error={terms.error} slim />
      {terms.data && (
        <>
          <p>
            {rates
              ? t('payrollTerms.ratesToday', {
                  dues: rates.unionDuesCentsPerHour === null ? t('payrollTerms.noRate') : money(rates.unionDuesCentsPerHour),
                  premium: rates.healthPremiumMonthlyCents === null ? t('payrollTerms.noRate') : money(rates.healthPremiumMonthlyCents),
                  date: formatDate(rates.effectiveFrom, i18n.language),
                })
              : t('payrollTerms.noRatesToday')}
          </p>
          {terms.data.providers.length === 0 && <p>{t('payrollTerms.noProviders')}</p>}
          {terms.data.providers.map((p) => (
            <div key={p.provider.providerId}>
              <ProviderTermsForm caseNumber={caseNumber} p={p} />
              <ProviderWithholding caseNumber={caseNumber} p={p} />
            </div>
          ))}
          <ShareOfCost view={terms.data} />
        </>
      )}
    </section>
  );
}

function ProviderTermsForm({ caseNumber, p }: { caseNumber: string; p: Provider }) {
  const { t } = useTranslation();
  const id = `terms-${p.provider.providerId}`;
  const fields = useMemo(
    () =>
      [
        ['relationship', `${id}-relationship`],
        ['sdiElected', `${id}-sdi`],
        ['copeCents', `${id}-cope`],
      ] as const,
    [id],
  );
  const form = useFormProblems(fields);
  const store = useStoreTerms(caseNumber);
  const [relationship, setRelationship] = useState<Provider['relationship']>(p.relationship);
  const [sdiElected, setSdiElected] = useState(p.sdiElected);
  const [unionMember, setUnionMember] = useState(p.unionMember);
  const [cope, setCope] = useState(p.copeCents === null ? '' : centsText(p.copeCents));
  const [healthPlan, setHealthPlan] = useState(p.healthPlan);
  const save = useMutation({
    mutationFn: (body: PayrollTermsInput) => api.payrollTerms.setTerms({ params: { caseNumber, providerId: p.provider.providerId }, body }),
    onSuccess: store,
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const result = check(payrollTermsInput, { relationship, sdiElected, unionMember, copeCents: cope.trim() === '' ? null : typedCents(cope), healthPlan });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  const name = `${p.provider.firstName} ${p.provider.lastName}`;
  const sdiError = form.errorOf('sdiElected');
  return (
    <form className="usa-form usa-form--large margin-top-3" onSubmit={submit} noValidate>
      <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
      <Fieldset legend={t('payrollTerms.providerLegend', { name, providerId: p.provider.providerId })} legendStyle="large">
        {!p.recorded && <p className="usa-hint">{t('payrollTerms.defaults')}</p>}
        <div className={`usa-form-group${form.errorOf('relationship') ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={`${id}-relationship`}>
            {t('payrollTerms.relationshipLabel')}
          </label>
          <FieldError id={`${id}-relationship-error`} error={form.errorOf('relationship')} />
          <select id={`${id}-relationship`} className="usa-select" value={relationship} onChange={(e) => setRelationship(e.target.value as Provider['relationship'])}>
            {RELATIONSHIPS.map((r) => (
              <option key={r} value={r}>
                {t(RELATIONSHIP_WORDS[r])}
              </option>
            ))}
          </select>
        </div>
        <div className={`usa-form-group${sdiError ? ' usa-form-group--error' : ''}`}>
          <FieldError id={`${id}-sdi-error`} error={sdiError} />
          <Checkbox
            id={`${id}-sdi`}
            name={`${id}-sdi`}
            checked={sdiElected}
            onChange={(e) => setSdiElected(e.target.checked)}
            label={t('payrollTerms.sdiElected')}
            labelDescription={t('payrollTerms.sdiElectedHint')}
            aria-describedby={sdiError ? `${id}-sdi-error` : undefined}
            aria-invalid={sdiError ? true : undefined}
          />
        </div>
        <Checkbox id={`${id}-union`} name={`${id}-union`} className="margin-top-2" checked={unionMember} onChange={(e) => setUnionMember(e.target.checked)} label={t('payrollTerms.unionMember')} />
        <TextField
          id={`${id}-cope`}
          label={t('payrollTerms.cope')}
          hint={t('payrollTerms.copeHint')}
          inputMode="decimal"
          autoComplete="off"
          inputClassName="usa-input--small"
          value={cope}
          onChange={(e) => setCope(e.target.value)}
          error={form.errorOf('copeCents')}
        />
        <Checkbox id={`${id}-health`} name={`${id}-health`} className="margin-top-3" checked={healthPlan} onChange={(e) => setHealthPlan(e.target.checked)} label={t('payrollTerms.healthPlan')} />
      </Fieldset>
      <div role="status">
        {save.isSuccess && (
          <Alert type="success" headingLevel="h4" slim>
            {t('payrollTerms.saved', { name })}
          </Alert>
        )}
      </div>
      <Button type="submit" className="margin-top-2" disabled={save.isPending}>
        {t('payrollTerms.save', { name })}
      </Button>
    </form>
  );
}

/**
 * The provider's W-4 and DE 4 elections, in force and to come, as the provider sees them. Tax choices are the
 * provider's own, so they are read on a button press, never by opening the case, and the page says first that every
 * viewing is recorded (as the case's sensitive fields are).
 */
function ProviderWithholding({ caseNumber, p }: { caseNumber: string; p: Provider }) {
  const { t } = useTranslation();
  const name = `${p.provider.firstName} ${p.provider.lastName}`;
  const id = `withholding-${p.provider.providerId}`;
  const read = useMutation({ mutationFn: () => api.payrollTerms.staffWithholding({ params: { caseNumber, providerId: p.provider.providerId } }) });
  return (
    <section aria-labelledby={`${id}-heading`} className="margin-top-3">
      <h3 id={`${id}-heading`}>{t('payrollTerms.withholdingHeading', { name })}</h3>
      {read.data ? (
        <>
          <h4>{t('withholding.federal.heading')}</h4>
          <FederalHistory history={read.data.federal} level="h5" since />
          <h4>{t('withholding.state.heading')}</h4>
          <StateHistory history={read.data.state} level="h5" since />
        </>
      ) : (
        <>
          <p>{t('payrollTerms.withholdingIntro')}</p>
          <ProblemAlert error={read.error} slim />
          <Button type="button" outline onClick={() => read.mutate()} disabled={read.isPending}>
            {t('payrollTerms.withholdingShow', { name })}
          </Button>
        </>
      )}
    </section>
  );
}

const SOC_FIELDS = [
  ['effectiveMonth', 'soc-month'],
  ['monthlyCents', 'soc-amount'],
] as const;

/** The recipient's Share of Cost by month (each applies until a later month is set), and the form to set it. */
function ShareOfCost({ view }: { view: CasePayrollTermsView }) {
  const { t, i18n } = useTranslation();
  const form = useFormProblems(SOC_FIELDS);
  const store = useStoreTerms(view.caseNumber);
  const [year = '', month = ''] = view.today.split('-');
  const [from, setFrom] = useState<MonthParts>({ month, year });
  const [amount, setAmount] = useState('');
  const save = useMutation({
    mutationFn: (body: ShareOfCostInput) => api.payrollTerms.setShareOfCost({ params: { caseNumber: view.caseNumber }, body }),
    onSuccess: (next) => {
      store(next);
      setAmount('');
    },
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.reset();
    const result = check(shareOfCostInput, { effectiveMonth: toIsoMonth(from), monthlyCents: amount.trim() === '' ? Number.NaN : typedCents(amount) });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    save.mutate(result.data);
  };
  const history = [...view.shareOfCost].reverse();
  return (
    <>
      <h3 className="margin-top-5">{t('payrollTerms.socHeading')}</h3>
      <p>{t('payrollTerms.socIntro')}</p>
      {history.length === 0 ? (
        <p>{t('payrollTerms.socNone')}</p>
      ) : (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('payrollTerms.socHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('payrollTerms.socFromColumn')}</th>
              <th scope="col">{t('payrollTerms.socAmountColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {history.map((s) => (
              <tr key={s.effectiveMonth}>
                <th scope="row">{formatMonth(`${s.effectiveMonth}-01`, i18n.language)}</th>
                <td>{formatMoney(s.monthlyCents, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <MonthField id="soc-month" legend={t('payrollTerms.socFrom')} hint={t('payrollTerms.socFromHint')} value={from} onChange={setFrom} error={form.errorOf('effectiveMonth')} />
        <TextField
          id="soc-amount"
          label={t('payrollTerms.socAmount')}
          hint={t('payrollTerms.socAmountHint')}
          inputMode="decimal"
          autoComplete="off"
          inputClassName="usa-input--medium"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          error={form.errorOf('monthlyCents')}
        />
        <div role="status">
          {save.isSuccess && (
            <Alert type="success" headingLevel="h4" slim>
              {t('payrollTerms.socSaved')}
            </Alert>
          )}
        </div>
        <Button type="submit" className="margin-top-3" disabled={save.isPending}>
          {t('payrollTerms.socSave')}
        </Button>
      </form>
    </>
  );
}
