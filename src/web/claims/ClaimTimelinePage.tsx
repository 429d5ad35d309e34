import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ClaimEvent, ClaimTimeline } from '../../contracts/claims';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { formatDateTime } from '../i18n/format';
import { formatMoney, formatShortDay, formatSpan } from '../timesheets/format';
import { StatusText, useStatusText } from '../timesheets/StatusText';
import '../timesheets/timesheets.css';
import { ClaimStoryPanel } from './ClaimStory';
import { EventNotes } from './EventNotes';
import { ReasonList } from './ReasonList';
import { WhereIsMyPay } from './WhereIsMyPay';
import { ProblemAlert } from '../forms/ProblemAlert';
import { api } from '../api';

/**
 * A claim's life on one screen (issue #5): where it stands (the story the timesheet page tells too: who decided, why,
 * the next step), where its pay is and the day it is expected (issue #15), every version, every change with who, when
 * and why.
 */
export function ClaimTimelinePage() {
  const { t, i18n } = useTranslation();
  const { timesheetId = '' } = useParams();
  const query = useQuery(api.claims.timeline.query({ params: { timesheetId: Number(timesheetId) } }));
  const claim = query.data;
  const name = claim ? `${claim.recipient.firstName} ${claim.recipient.lastName}` : '';
  usePageTitle(claim ? t('claims.timeline.title', { name }) : t('claims.timeline.loadingTitle'));
  if (query.isPending) return <Loading />;
  if (!claim) {
    return (
      <>
        <h1>{t('claims.timeline.loadingTitle')}</h1>
        <ProblemAlert error={query.error} />
      </>
    );
  }
  const latest = claim.versions[claim.versions.length - 1];
  return (
    <>
      <h1>{t('claims.timeline.title', { name })}</h1>
      <p className="margin-top-0">
        {t('claims.timeline.period', { span: formatSpan(claim.payPeriod.start, claim.payPeriod.end, i18n.language) })}
        <br />
        {t('claims.timeline.caseNumber', { caseNumber: claim.caseNumber })}
        {latest && (
          <>
            <br />
            {t('claims.timeline.versionLine', { version: latest.version })} <StatusText status={latest.status} />
          </>
        )}
      </p>
      {latest && <ClaimStoryPanel id={latest.id} status={latest.status} story={latest.story} recipientName={name} newerId={null} />}
      {latest?.pay && <WhereIsMyPay pay={latest.pay} />}
      <Events claim={claim} />
      <Versions claim={claim} />
      <p className="margin-top-4">
        <Link to="/claims">{t('claims.timeline.allClaims')}</Link>
      </p>
    </>
  );
}

/** What happened, in words: the action when it is known, else the state it led to. */
function useEventText() {
  const { t, i18n } = useTranslation();
  const statusText = useStatusText();
  return (event: ClaimEvent): string => {
    const words: Record<string, string> = {
      submit: t('claims.action.submit'),
      recipient_approve: t('claims.action.recipientApprove'),
      recipient_reject: t('claims.action.recipientReject'),
      route_to_county: t('claims.action.routeToCounty'),
      auto_approve: t('claims.action.autoApprove'),
      hold: t('claims.action.hold'),
      release: t('claims.action.release'),
      county_approve: t('claims.action.countyApprove'),
      county_deny: t('claims.action.countyDeny'),
      issue_payment: t('claims.action.issuePayment'),
      mark_paid: t('claims.action.markPaid'),
      payment_returned: event.returnedOn ? t('claims.action.paymentReturned', { date: formatShortDay(event.returnedOn, i18n.language) }) : t('claims.action.paymentReturnedNoDate'),
      mark_paid_again: t('claims.action.markPaidAgain'),
      supersede: t('claims.action.supersede'),
    };
    return words[event.action] ?? statusText(event.to);
  };
}

function useWhoText() {
  const { t } = useTranslation();
  return (event: ClaimEvent): string => {
    switch (event.actorKind) {
      case 'provider':
        return t('claims.who.you');
      case 'recipient':
        return event.actorName ? t('claims.who.recipient', { name: event.actorName }) : t('claims.who.recipientNoName');
      case 'county':
        return event.actorName ? t('claims.who.county', { name: event.actorName }) : t('claims.who.countyNoName');
      case 'system':
        return t('claims.who.system');
    }
  };
}

/** Every change of every version, oldest first: the last one is where the claim stands. */
function Events({ claim }: { claim: ClaimTimeline }) {
  const { t, i18n } = useTranslation();
  const eventText = useEventText();
  const whoText = useWhoText();
  return (
    <section className="margin-top-4" aria-labelledby="events-heading">
      <h2 id="events-heading">{t('claims.timeline.eventsHeading')}</h2>
      {claim.events.length === 0 ? (
        <p>{t('claims.timeline.eventsEmpty')}</p>
      ) : (
        <ol className="usa-process-list">
          {claim.events.map((event) => (
            <li key={event.id} className="usa-process-list__item">
              <h3 className="usa-process-list__heading">{t('claims.timeline.eventLine', { version: event.version, status: eventText(event) })}</h3>
              <p className="margin-top-05 margin-bottom-0">
                {t('claims.timeline.when', { at: formatDateTime(event.at, i18n.language) })}
                <br />
                {whoText(event)}
              </p>
              {event.reasons.length > 0 && (
                <>
                  <p className="margin-bottom-0 text-bold">{t('claims.timeline.why')}</p>
                  <ReasonList reasons={event.reasons} howToFix={event.action === 'payment_returned' ? t('claims.timeline.whatToDo') : t('claims.timeline.howToFix')} />
                </>
              )}
              <EventNotes event={event} className="margin-top-05" />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Every version stays visible, newest first, each opening its timesheet. */
function Versions({ claim }: { claim: ClaimTimeline }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <section className="margin-top-4" aria-labelledby="claim-versions-heading">
      <h2 id="claim-versions-heading">{t('claims.timeline.versionsHeading')}</h2>
      <ul className="usa-list usa-list--unstyled">
        {[...claim.versions].reverse().map((v) => (
          <li key={v.id} className="padding-y-1 border-bottom-1px border-base-lighter">
            <strong>{t('claims.timeline.versionLine', { version: v.version })}</strong> <StatusText status={v.status} />
            {v.submittedAt && (
              <>
                <br />
                {t('claims.timeline.versionSubmitted', { at: formatDateTime(v.submittedAt, lang) })}
              </>
            )}
            {v.grossCents !== null && (
              <>
                <br />
                {t('claims.timeline.versionAmount', { amount: formatMoney(v.grossCents, lang) })}
              </>
            )}
            <br />
            <Link to={`/timesheets/${v.id}`}>{t('claims.timeline.openTimesheet', { version: v.version })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
