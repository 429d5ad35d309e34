import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import { disputeRequest, type ViolationView } from '../../contracts/violations';
import { ReasonList } from '../claims/ReasonList';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { check } from '../forms/issues';
import { ProblemAlert } from '../forms/ProblemAlert';
import { TextArea } from '../forms/TextArea';
import { useFormProblems } from '../forms/useFormProblems';
import { formatMonth } from '../evv/format';
import { formatShortDay } from '../timesheets/format';
import { api } from '../api';
import { useViolations } from './useViolations';

/** The provider's violations (issue #5), each a flag with the notice's text, the dispute and the training offer. */
export function ViolationsPage() {
  const { t } = useTranslation();
  usePageTitle(t('violations.title'));
  const list = useViolations();
  const violations = list.data?.violations ?? [];
  return (
    <>
      <h1>{t('violations.title')}</h1>
      <p className="measure-5">{t('violations.intro')}</p>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && violations.length === 0 && <p>{t('violations.empty')}</p>}
      {violations.map((v) => (
        <Violation key={v.id} violation={v} />
      ))}
    </>
  );
}

function useConsequenceText() {
  const { t } = useTranslation();
  return (consequence: ViolationView['consequence']): string =>
    ({
      notice: t('violations.consequence.notice'),
      'notice-and-training-offer': t('violations.consequence.noticeAndTrainingOffer'),
      'suspension-90-days': t('violations.consequence.suspension90Days'),
      'ineligible-365-days': t('violations.consequence.ineligible365Days'),
    })[consequence];
}

function Violation({ violation: v }: { violation: ViolationView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const consequenceText = useConsequenceText();
  const headingId = `violation-${v.id}`;
  const day = (iso: string) => formatShortDay(iso, lang);
  return (
    <section className={`usa-alert ${v.rescinded ? 'usa-alert--info' : 'usa-alert--warning'} margin-y-3`} aria-labelledby={headingId}>
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId}>
          {t('violations.heading', { number: v.number, month: formatMonth(`${v.month}-01`, lang) })}
        </h2>
        {v.rescinded && <p className="usa-alert__text text-bold">{t('violations.rescinded')}</p>}
        <p className="usa-alert__text">
          {t('violations.noticeDate', { date: day(v.noticeDate) })}
          <br />
          {t('violations.occurredOn', { date: day(v.occurredOn) })}
        </p>
        <p className="usa-alert__text">
          {consequenceText(v.consequence)}
          {v.suspension && (
            <>
              <br />
              {t('violations.suspension', { start: day(v.suspension.start), end: day(v.suspension.end) })}
            </>
          )}
        </p>
        <h3>{t('violations.noticeHeading')}</h3>
        <ReasonList reasons={v.notice} howToFix={t('violations.howToFix')} />
        <p className="usa-alert__text">
          <Link to={`/claims/${v.timesheetId}`}>{t('payments.claimLink')}</Link>
        </p>
        <DisputePart violation={v} />
        <TrainingPart violation={v} />
      </div>
    </section>
  );
}

function DisputePart({ violation: v }: { violation: ViolationView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const id = `dispute-${v.id}`;
  const form = useFormProblems([['text', id]] as const);
  const [text, setText] = useState('');
  const { dispute } = v;
  const send = useMutation({
    mutationFn: (body: z.output<typeof disputeRequest>) => api.violations.dispute({ params: { violationId: v.id }, body }),
    onSuccess: (next) =>
      queryClient.setQueryData(api.violations.list.key(), (old: { violations: ViolationView[] } | undefined) =>
        old ? { violations: old.violations.map((x) => (x.id === next.id ? next : x)) } : old,
      ),
    onError: form.failed,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = check(disputeRequest, { text });
    if ('issues' in checked) {
      form.invalid({ text: checked.issues['text'] ?? { code: 'noteShape' } });
      // One field and no summary: the field itself takes focus, with its problem beside it.
      document.getElementById(id)?.focus();
      return;
    }
    form.clear();
    send.mutate(checked.data);
  };

  return (
    <>
      <div role="status">{send.isSuccess && <p className="usa-alert__text text-bold">{t('violations.dispute.sent')}</p>}</div>
      {dispute.state !== 'none' && (
        <p className="usa-alert__text">
          {dispute.state === 'disputed' ? t('violations.dispute.state.disputed') : dispute.state === 'upheld' ? t('violations.dispute.state.upheld') : t('violations.dispute.state.overturned')}
          {dispute.text && (
            <>
              <br />
              {t('violations.dispute.yours', { text: dispute.text })}
            </>
          )}
          {dispute.state === 'disputed' && dispute.responseDue && (
            <>
              <br />
              {t('violations.dispute.responseDue', { date: formatShortDay(dispute.responseDue, lang) })}
            </>
          )}
          {dispute.decisionNote && (
            <>
              <br />
              {t('violations.dispute.decisionNote', { note: dispute.decisionNote })}
            </>
          )}
        </p>
      )}
      {v.canDispute ? (
        <form className="usa-form maxw-none" onSubmit={submit}>
          <h3>{t('violations.dispute.heading')}</h3>
          <p className="usa-alert__text">{t('violations.disputeDeadline', { date: formatShortDay(v.disputeDeadline, lang) })}</p>
          <TextArea
            id={id}
            label={t('violations.dispute.label')}
            hint={t('violations.dispute.hint')}
            error={form.errorOf('text')}
            maxLength={2000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              form.setField('text', undefined);
            }}
          />
          <ProblemAlert problem={form.formProblem} slim />
          <button type="submit" className="usa-button" disabled={send.isPending}>
            {send.isPending ? t('violations.dispute.sending') : t('violations.dispute.send')}
          </button>
        </form>
      ) : (
        dispute.state === 'none' && !v.rescinded && <p className="usa-alert__text">{t('violations.disputeClosed', { date: formatShortDay(v.disputeDeadline, lang) })}</p>
      )}
    </>
  );
}

function TrainingPart({ violation: v }: { violation: ViolationView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: async () => {
      await api.violations.training({ params: { violationId: v.id } });
      await queryClient.invalidateQueries({ queryKey: api.violations.list.key() });
    },
  });
  const { training } = v;
  if (training.completedOn) return <p className="usa-alert__text text-bold">{t('violations.training.completed', { date: formatShortDay(training.completedOn, lang) })}</p>;
  if (!training.canTake || !training.offeredUntil) return null;

  return (
    <>
      <h3>{t('violations.training.heading')}</h3>
      <p className="usa-alert__text">{t('violations.training.offer', { date: formatShortDay(training.offeredUntil, lang) })}</p>
      <ProblemAlert error={complete.error} slim />
      <button type="button" className="usa-button" disabled={complete.isPending} onClick={() => complete.mutate()}>
        {complete.isPending ? t('violations.training.saving') : t('violations.training.done')}
      </button>
    </>
  );
}
