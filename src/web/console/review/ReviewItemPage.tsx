import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ReviewItem } from '../../../contracts/claims';
import { Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime, formatTime } from '../../i18n/format';
import { EventNotes } from '../../claims/EventNotes';
import { ProblemAlert } from '../../forms/ProblemAlert';
import { FindingList } from '../../timesheets/FindingBox';
import { formatDay, formatMinutes, formatMoney, formatSpan } from '../../timesheets/format';
import { StatusText, useStatusText } from '../../timesheets/StatusText';
import { DecisionForm } from './DecisionForm';
import { useAgeText, useEventText } from './text';
import { api } from '../../api';

/** The status of the version under review: the `to` of its latest event. */
function statusOf(item: ReviewItem) {
  return item.events.filter((e) => e.timesheetId === item.timesheetId).at(-1)?.to ?? 'in_county_review';
}

/** County payroll staff: one item of the queue, everything needed to decide it, and the decision form. */
export function ReviewItemPage() {
  const { t, i18n } = useTranslation();
  const timesheetId = Number(useParams().timesheetId);
  const queryClient = useQueryClient();
  const item = useQuery(api.claims.item.query({ params: { timesheetId } }));
  const statusText = useStatusText();
  const ageText = useAgeText();
  const data = item.data;
  usePageTitle(data ? t('countyReview.itemTitle', { provider: `${data.provider.firstName} ${data.provider.lastName}` }) : t('countyReview.title'));
  const back = (
    <p>
      <Link to="/staff/review">{t('countyReview.backToQueue')}</Link>
    </p>
  );
  if (item.isPending) return <Loading />;
  if (item.isError) {
    return (
      <>
        {back}
        <h1>{t('countyReview.title')}</h1>
        <ProblemAlert error={item.error} slim />
      </>
    );
  }
  const it = item.data;
  const lang = i18n.language;
  const status = statusOf(it);
  const recipientName = `${it.recipient.firstName} ${it.recipient.lastName}`;
  const rows: [string, string][] = [
    [t('countyReview.providerName'), `${it.provider.firstName} ${it.provider.lastName} (${it.provider.providerId})`],
    [t('countyReview.recipientName'), recipientName],
    [t('countyReview.caseNumber'), it.caseNumber],
    [t('countyReview.payPeriod'), formatSpan(it.payPeriod.start, it.payPeriod.end, lang)],
    [t('countyReview.version'), String(it.version)],
    [t('countyReview.status'), statusText(status)],
    [t('countyReview.worked'), formatMinutes(it.workedMinutes, lang)],
    [t('countyReview.travel'), formatMinutes(it.travelMinutes, lang)],
    [t('countyReview.gross'), it.grossCents === null ? t('countyReview.notComputed') : formatMoney(it.grossCents, lang)],
  ];
  return (
    <>
      {back}
      <h1>{t('countyReview.itemTitle', { provider: `${it.provider.firstName} ${it.provider.lastName}` })}</h1>
      <p>
        {ageText(it.ageBusinessDays)}
        {it.escalated && ` · ${t('countyReview.escalated')}`}
        {it.onHold && ` · ${t('countyReview.onHold')}`}
      </p>
      {it.holdNote && <p>{t('countyReview.holdNoteShown', { note: it.holdNote })}</p>}
      <h2>{t('countyReview.summaryHeading')}</h2>
      <dl className="review-summary">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt className="text-bold">{term}</dt>
            <dd className="margin-left-0 margin-bottom-1">{value}</dd>
          </div>
        ))}
      </dl>

      <h2>{t('countyReview.findingsHeading')}</h2>
      {it.findings.length === 0 ? <p>{t('countyReview.noFindings')}</p> : <FindingList findings={it.findings} />}

      <h2>{t('countyReview.daysHeading')}</h2>
      <table className="usa-table usa-table--stacked usa-table--borderless width-full">
        <caption className="usa-sr-only">{t('countyReview.daysCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('countyReview.day')}</th>
            <th scope="col">{t('countyReview.claimed')}</th>
            <th scope="col">{t('countyReview.evv')}</th>
          </tr>
        </thead>
        <tbody>
          {it.days.map((d) => (
            <tr key={d.date}>
              <th scope="row" data-label={t('countyReview.day')}>
                {formatDay(d.date, lang)}
              </th>
              <td data-label={t('countyReview.claimed')}>
                {formatMinutes(d.workedMinutes, lang)}
                {d.startTime && d.endTime && (
                  <>
                    <br />
                    {t('countyReview.between', { start: d.startTime, end: d.endTime })}
                  </>
                )}
                {d.travelMinutes > 0 && (
                  <>
                    <br />
                    {t('countyReview.travel')}: {formatMinutes(d.travelMinutes, lang)}
                  </>
                )}
                {d.edited && (
                  <>
                    <br />
                    <em>{t('countyReview.edited')}</em>
                  </>
                )}
              </td>
              <td data-label={t('countyReview.evv')}>
                {d.evv.length === 0 && it.liveIn ? (
                  t('countyReview.noEvvLiveIn')
                ) : d.evv.length === 0 ? (
                  t('countyReview.noEvv')
                ) : (
                  <ul className="usa-list usa-list--unstyled">
                    {d.evv.map((r) => (
                      <li key={r.id}>
                        {r.checkInAt && r.checkOutAt
                          ? t('countyReview.evvRecord', { in: formatTime(r.checkInAt, lang), out: formatTime(r.checkOutAt, lang), duration: formatMinutes(r.minutes ?? 0, lang) })
                          : t('countyReview.evvOpen', { in: r.checkInAt ? formatTime(r.checkInAt, lang) : '' })}
                        {' · '}
                        {r.locationType === 'home' ? t('countyReview.evvHome') : t('countyReview.evvCommunity')}
                        {r.farFromHome && (
                          <>
                            {' · '}
                            <strong>{t('countyReview.farFromHome')}</strong>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
                {d.evvMinutes !== null && <p className="margin-y-05">{t('countyReview.evvTotal', { duration: formatMinutes(d.evvMinutes, lang) })}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('countyReview.historyHeading')}</h2>
      {it.history.length === 0 ? (
        <p>{t('countyReview.historyEmpty')}</p>
      ) : (
        <table className="usa-table usa-table--stacked usa-table--borderless width-full">
          <caption className="usa-sr-only">{t('countyReview.historyCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('countyReview.payPeriod')}</th>
              <th scope="col">{t('countyReview.recipientName')}</th>
              <th scope="col">{t('countyReview.version')}</th>
              <th scope="col">{t('countyReview.status')}</th>
              <th scope="col">{t('countyReview.worked')}</th>
              <th scope="col">{t('countyReview.gross')}</th>
            </tr>
          </thead>
          <tbody>
            {it.history.map((h) => (
              <tr key={h.id}>
                <th scope="row" data-label={t('countyReview.payPeriod')}>
                  {formatSpan(h.payPeriod.start, h.payPeriod.end, lang)}
                </th>
                <td data-label={t('countyReview.recipientName')}>{`${h.recipient.firstName} ${h.recipient.lastName}`}</td>
                <td data-label={t('countyReview.version')}>{h.version}</td>
                <td data-label={t('countyReview.status')}>
                  <StatusText status={h.status} />
                </td>
                <td data-label={t('countyReview.worked')}>{formatMinutes(h.workedMinutes, lang)}</td>
                <td data-label={t('countyReview.gross')}>{h.grossCents === null ? t('countyReview.notComputed') : formatMoney(h.grossCents, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <Timeline item={it} />
      <DecisionForm
        item={it}
        decided={status !== 'in_county_review'}
        recipientName={recipientName}
        onDecided={(next) => {
          queryClient.setQueryData(api.claims.item.key({ params: { timesheetId } }), next);
          void queryClient.invalidateQueries({ queryKey: api.claims.queue.key() });
          void queryClient.invalidateQueries({ queryKey: api.claims.escalated.key() });
        }}
      />
    </>
  );
}

function Timeline({ item }: { item: ReviewItem }) {
  const { t, i18n } = useTranslation();
  const text = useEventText();
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('countyReview.timelineHeading')}</h2>
      <ol className="usa-list review-timeline">
        {item.events.map((e) => (
          <li key={e.id}>
            <strong>{text.action(e)}</strong> ({t('countyReview.version')} {e.version}) · <time dateTime={e.at}>{formatDateTime(e.at, i18n.language)}</time>
            <br />
            {text.actor(e)}
            {e.reasons.length > 0 && (
              <ul>
                {e.reasons.map((r) => (
                  <li key={r.code}>{r.title}</li>
                ))}
              </ul>
            )}
            <EventNotes event={e} className="margin-y-05" />
          </li>
        ))}
      </ol>
    </section>
  );
}
