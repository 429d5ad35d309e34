import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { disputeRequest, type ViolationView } from '../../contracts/violations';
import { ErrorAlert } from '../claims/ErrorAlert';
import { ReasonList } from '../claims/ReasonList';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { check, formIssue, type Issue } from '../forms/issues';
import { TextArea } from '../forms/TextArea';
import { useIssueText } from '../forms/useIssueText';
import { formatMonth } from '../evv/format';
import { formatShortDay } from '../timesheets/format';
import { api } from '../api';

export function useViolations() {
  return useQuery(api.violations.list.query());
}

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
      {list.isError && <ErrorAlert error={list.error} />}
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
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [fieldIssue, setFieldIssue] = useState<Issue | null>(null);
  const [problem, setProblem] = useState<Issue | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(false);
  const id = `dispute-${v.id}`;
  const { dispute } = v;

  async function send() {
    setProblem(null);
    const checked = check(disputeRequest, { text });
    if ('issues' in checked) {
      setFieldIssue(checked.issues['text'] ?? { code: 'noteShape' });
      document.getElementById(id)?.focus();
      return;
    }
    setBusy(true);
    try {
      const next = await api.violations.dispute({ params: { violationId: v.id }, body: checked.data });
      queryClient.setQueryData(api.violations.list.key(), (old: { violations: ViolationView[] } | undefined) =>
        old ? { violations: old.violations.map((x) => (x.id === next.id ? next : x)) } : old,
      );
      setSent(true);
    } catch (error) {
      setProblem(formIssue(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <div role="status">{sent && <p className="usa-alert__text text-bold">{t('violations.dispute.sent')}</p>}</div>
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
        <form
          className="usa-form maxw-none"
          onSubmit={(e) => {
            e.preventDefault();
            void send();
          }}
        >
          <h3>{t('violations.dispute.heading')}</h3>
          <p className="usa-alert__text">{t('violations.disputeDeadline', { date: formatShortDay(v.disputeDeadline, lang) })}</p>
          <TextArea
            id={id}
            label={t('violations.dispute.label')}
            hint={t('violations.dispute.hint')}
            error={fieldIssue ? issueText(fieldIssue) : undefined}
            maxLength={2000}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setFieldIssue(null);
            }}
          />
          <div role="alert">{problem && <p className="usa-error-message">{issueText(problem)}</p>}</div>
          <button type="submit" className="usa-button" disabled={busy}>
            {busy ? t('violations.dispute.sending') : t('violations.dispute.send')}
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
  const issueText = useIssueText();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Issue | null>(null);
  const { training } = v;
  if (training.completedOn) return <p className="usa-alert__text text-bold">{t('violations.training.completed', { date: formatShortDay(training.completedOn, lang) })}</p>;
  if (!training.canTake || !training.offeredUntil) return null;

  async function complete() {
    setBusy(true);
    setProblem(null);
    try {
      await api.violations.training({ params: { violationId: v.id } });
      await queryClient.invalidateQueries({ queryKey: api.violations.list.key() });
    } catch (error) {
      setProblem(formIssue(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3>{t('violations.training.heading')}</h3>
      <p className="usa-alert__text">{t('violations.training.offer', { date: formatShortDay(training.offeredUntil, lang) })}</p>
      <div role="alert">{problem && <p className="usa-error-message">{issueText(problem)}</p>}</div>
      <button type="button" className="usa-button" disabled={busy} onClick={() => void complete()}>
        {busy ? t('violations.training.saving') : t('violations.training.done')}
      </button>
    </>
  );
}
