import { useTranslation } from 'react-i18next';
import type { CaseStatusView } from '../../contracts/cases';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatMonth, formatShortDate } from '../evv/format';
import { useCases } from '../evv/state';
import '../evv/workday.css';

const STATUS_WORDS = {
  pending: 'clients.pending',
  active: 'clients.active',
  on_hold: 'clients.onHold',
  terminated: 'clients.terminated',
} as const;

/** Client status: each recipient's case, eligibility and this month's hours; nothing sensitive. */
export function RecipientsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('clients.title'));
  const cases = useCases();
  return (
    <>
      <h1>{t('clients.title')}</h1>
      {!cases.data ? (
        <Loading />
      ) : (
        <>
          <p className="usa-intro">{t('clients.intro', { month: formatMonth(`${cases.data.month}-01`, i18n.language) })}</p>
          {cases.data.cases.length === 0 && <p>{t('clients.none')}</p>}
          {cases.data.cases.map((c) => (
            <CaseCard key={c.caseNumber} c={c} />
          ))}
        </>
      )}
    </>
  );
}

function CaseCard({ c }: { c: CaseStatusView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hours = (minutes: number) => t('clients.hours', { hours: Math.trunc(minutes / 60), minutes: Math.abs(minutes % 60) });
  const a = c.assignment;
  return (
    <section className="dashboard-region" aria-labelledby={`case-${c.caseNumber}`}>
      <h2 id={`case-${c.caseNumber}`}>
        {c.recipient.firstName} {c.recipient.lastName}
      </h2>
      <p className="margin-top-0">{t('clients.caseNumber', { caseNumber: c.caseNumber })}</p>
      <dl className="clients-facts">
        <dt>{t('clients.status')}</dt>
        <dd>{t(STATUS_WORDS[c.status])}</dd>
        <dt>{t('clients.eligibility')}</dt>
        <dd>
          {c.eligibleTo
            ? t('clients.eligibleFromTo', { from: formatShortDate(c.eligibleFrom, lang), to: formatShortDate(c.eligibleTo, lang) })
            : t('clients.eligibleFrom', { from: formatShortDate(c.eligibleFrom, lang) })}
        </dd>
        <dt>{t('clients.authorized')}</dt>
        <dd>{hours(c.authorizedMinutes)}</dd>
        <dt>{t('clients.remaining')}</dt>
        <dd>{hours(c.remainingAuthorizedMinutes)}</dd>
        {a && (
          <>
            <dt>{t('clients.assigned')}</dt>
            <dd>{a.assignedMinutes === c.authorizedMinutes ? t('clients.wholeCase') : hours(a.assignedMinutes)}</dd>
            <dt>{t('clients.yourRemaining')}</dt>
            <dd>{hours(a.remainingAssignedMinutes)}</dd>
          </>
        )}
      </dl>
      {a?.liveIn && <p>{t('clients.liveIn')}</p>}
    </section>
  );
}
