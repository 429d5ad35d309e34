import { Alert, Button } from '../../components/uswds';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { disputeDecisionRequest, type ViolationView } from '../../../contracts/violations';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { ErrorSummary } from '../../forms/ErrorSummary';
import { check } from '../../forms/issues';
import { useFormProblems } from '../../forms/useFormProblems';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { TextArea } from '../../forms/TextArea';
import { formatMonth } from '../../evv/format';
import { formatDate } from '../format';
import { FieldError } from '../../forms/FieldError';
import { api } from '../../api';

/** County staff: violations their providers disputed, to uphold or overturn. */
export function ViolationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('staffViolations.title'));
  // Kept here, not in the item's mutation: a decided dispute leaves the list, and its mutation with it.
  const [decided, setDecided] = useState(false);
  const list = useQuery(api.violations.countyList.query({ query: { disputed: 'true' } }));
  return (
    <>
      <h1>{t('staffViolations.title')}</h1>
      <p>{t('staffViolations.intro')}</p>
      <div role="status">
        {decided && (
          <Alert type="success" headingLevel="h2" slim>
            {t('staffViolations.decided')}
          </Alert>
        )}
      </div>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} slim />}
      {list.data?.violations.length === 0 && <p>{t('staffViolations.empty')}</p>}
      {list.data?.violations.map((v) => (
        <DisputeItem key={v.id} violation={v} onDecided={() => setDecided(true)} />
      ))}
    </>
  );
}

function DisputeItem({ violation: v, onDecided }: { violation: ViolationView; onDecided: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<'upheld' | 'overturned' | ''>('');
  const [note, setNote] = useState('');
  const id = `violation-${v.id}`;
  const form = useFormProblems([
    ['decision', `${id}-upheld`],
    ['note', `${id}-note`],
  ]);
  const decide = useMutation({
    mutationFn: (body: z.infer<typeof disputeDecisionRequest>) => api.violations.decideDispute({ params: { violationId: v.id }, body }),
    onSuccess: () => {
      onDecided();
      void queryClient.invalidateQueries({ queryKey: api.violations.countyList.key() });
    },
    onError: form.failed,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!decision) return form.invalid({ decision: { code: 'chooseDecision', message: t('countyReview.chooseDecision') } });
    const result = check(disputeDecisionRequest, { decision, note });
    if ('issues' in result) return form.invalid(result.issues);
    form.clear();
    decide.mutate(result.data);
  };
  const consequence = {
    notice: t('staffViolations.consequences.notice'),
    'notice-and-training-offer': t('staffViolations.consequences.training'),
    'suspension-90-days': t('staffViolations.consequences.suspension'),
    'ineligible-365-days': t('staffViolations.consequences.ineligible'),
  }[v.consequence];
  const decisionError = form.errorOf('decision');
  const facts: [string, string][] = [
    [t('staffViolations.consequence'), consequence],
    [t('staffViolations.notice'), formatDate(v.noticeDate, lang)],
    [t('staffViolations.deadline'), formatDate(v.disputeDeadline, lang)],
    ...(v.dispute.responseDue ? ([[t('staffViolations.responseDue'), formatDate(v.dispute.responseDue, lang)]] as [string, string][]) : []),
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className="border-top border-base-lighter margin-top-3">
      <h2 id={`${id}-heading`}>
        {t('staffViolations.itemHeading', {
          provider: v.provider ? `${v.provider.firstName} ${v.provider.lastName}` : '',
          providerId: v.provider?.providerId ?? '',
          number: v.number,
          month: formatMonth(`${v.month}-01`, lang),
        })}
      </h2>
      <dl>
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt className="text-bold">{term}</dt>
            <dd className="margin-left-0 margin-bottom-1">{value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('staffViolations.findingsLabel')}</h3>
      <ul className="usa-list">
        {v.notice.map((n) => (
          <li key={n.code}>{n.title}</li>
        ))}
      </ul>
      {v.dispute.text && <p>{t('staffViolations.disputeText', { text: v.dispute.text })}</p>}
      <form className="usa-form usa-form--large" onSubmit={submit} noValidate>
        <ErrorSummary items={form.summary} focusSignal={form.focusSignal} />
        <fieldset className={`usa-fieldset usa-form-group${decisionError ? ' usa-form-group--error' : ''}`} aria-describedby={decisionError ? `${id}-decision-error` : undefined}>
          <legend className="usa-legend">{t('staffViolations.decisionLegend')}</legend>
          <FieldError id={`${id}-decision-error`} error={decisionError} />
          {(
            [
              ['upheld', t('staffViolations.uphold')],
              ['overturned', t('staffViolations.overturn')],
            ] as const
          ).map(([value, label]) => (
            <div className="usa-radio" key={value}>
              <input className="usa-radio__input" id={`${id}-${value}`} type="radio" name={`${id}-decision`} value={value} checked={decision === value} onChange={() => setDecision(value)} />
              <label className="usa-radio__label" htmlFor={`${id}-${value}`}>
                {label}
              </label>
            </div>
          ))}
        </fieldset>
        <TextArea id={`${id}-note`} label={t('staffViolations.noteLabel')} hint={t('staffViolations.noteHint')} value={note} onChange={(e) => setNote(e.target.value)} error={form.errorOf('note')} />
        <Button type="submit" className="margin-top-2" disabled={decide.isPending}>
          {t('staffViolations.submit')}
        </Button>
      </form>
    </section>
  );
}
