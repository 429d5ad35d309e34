import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { VisitOccurrence } from '../../contracts/visits';
import { addDays, addMonths, isIsoDate, weekday } from '../../domain';
import { Loading } from '../components/Loading';
import { usePageTitle } from '../components/usePageTitle';
import { TapDone } from '../evv/components';
import { formatDay, formatMonth, formatMonthDay, weekdayName } from '../evv/format';
import '../evv/workday.css';
import { useSession } from '../session';
import { VisitLine } from './VisitLine';
import { clock } from '../clock';
import { api } from '../api';

type View = 'week' | 'month';

/** The days a view shows: a week from Sunday, or the whole weeks that hold a month (at most 42 days). */
export function rangeOf(view: View, anchor: string): { from: string; to: string } {
  if (view === 'week') {
    const from = addDays(anchor, -weekday(anchor));
    return { from, to: addDays(from, 6) };
  }
  const first = `${anchor.slice(0, 8)}01`;
  const last = addDays(addMonths(first, 1), -1);
  return { from: addDays(first, -weekday(first)), to: addDays(last, 6 - weekday(last)) };
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}

const NOTICES = { saved: 'visits.plan.saved', cancelled: 'visits.plan.cancelled' } as const;

/** Planned visits (a provider's, or those of a recipient's case): an agenda on a phone, a week or month grid on a wide screen. */
export function VisitsPage() {
  const { t, i18n } = useTranslation();
  const isProvider = useSession().user?.role === 'provider';
  usePageTitle(t('visits.title'));
  const location = useLocation();
  const notice = (location.state as { notice?: keyof typeof NOTICES } | null)?.notice;
  const [params, setParams] = useSearchParams();
  const today = clock.today();
  const view: View = params.get('view') === 'month' ? 'month' : 'week';
  const requested = params.get('date');
  const anchor = requested && isIsoDate(requested) ? requested : today;
  const { from, to } = rangeOf(view, anchor);
  const visits = useQuery(api.visits.occurrences.query({ query: { from, to } }));

  const go = (nextView: View, date: string) => setParams({ view: nextView, date }, { replace: true });
  const step = (direction: 1 | -1) => go(view, view === 'week' ? addDays(anchor, 7 * direction) : addMonths(`${anchor.slice(0, 8)}01`, direction));
  const lang = i18n.language;
  // A month view's agenda lists only that month's days; the grid shows whole weeks around it.
  const agendaDays = daysOf(from, to).filter((d) => view === 'week' || d.slice(0, 7) === anchor.slice(0, 7));
  const byDay = new Map<string, VisitOccurrence[]>();
  for (const v of visits.data?.occurrences ?? []) byDay.set(v.date, [...(byDay.get(v.date) ?? []), v]);

  return (
    <>
      <h1>{t('visits.title')}</h1>
      <TapDone message={notice ? t(NOTICES[notice]) : null} />
      <p>
        <Link to="/visits/new" className="usa-button">
          {t('visits.planLink')}
        </Link>
        {isProvider && (
          <Link to="/visits/calendar-feed" className="display-inline-block margin-top-1">
            {t('visits.feedLink')}
          </Link>
        )}
      </p>
      <div className="visits-toolbar">
        <div role="group" aria-label={t('visits.viewLegend')} className="usa-button-group usa-button-group--segmented">
          {(['week', 'month'] as const).map((v) => (
            <button
              key={v}
              type="button"
              className={`usa-button${view === v ? '' : ' usa-button--outline'}`}
              aria-pressed={view === v}
              onClick={() => go(v, anchor)}
            >
              {v === 'week' ? t('visits.week') : t('visits.month')}
            </button>
          ))}
        </div>
        <button type="button" className="usa-button usa-button--outline" onClick={() => step(-1)}>
          {view === 'week' ? t('visits.previousWeek') : t('visits.previousMonth')}
        </button>
        <button type="button" className="usa-button usa-button--outline" onClick={() => step(1)}>
          {view === 'week' ? t('visits.nextWeek') : t('visits.nextMonth')}
        </button>
        {(today < from || today > to) && (
          <button type="button" className="usa-button usa-button--unstyled" onClick={() => go(view, today)}>
            {t('visits.backToToday')}
          </button>
        )}
      </div>
      <h2 aria-live="polite">
        {view === 'month' ? formatMonth(anchor, lang) : t('visits.range', { from: formatDay(from, lang), to: formatDay(to, lang) })}
      </h2>
      {!visits.data ? (
        <Loading />
      ) : (
        <>
          <div className="visits-agenda">
            {visits.data.occurrences.length === 0 && <p>{t('visits.none')}</p>}
            {agendaDays
              .filter((d) => byDay.has(d) || d === today)
              .map((d) => (
                <section key={d} className="visits-day" aria-label={formatDay(d, lang)}>
                  <h3>
                    {formatDay(d, lang)}
                    {d === today && <span className="workday-today-mark">{t('visits.today')}</span>}
                  </h3>
                  {(byDay.get(d) ?? []).map((v) => (
                    <VisitLine key={`${v.planId}-${v.date}`} visit={v} canCheckIn={d === today} />
                  ))}
                  {!byDay.has(d) && <p className="margin-0">{t('workdayDashboard.noVisitsToday')}</p>}
                </section>
              ))}
          </div>
          <CalendarGrid from={from} to={to} month={view === 'month' ? anchor.slice(0, 7) : null} today={today} byDay={byDay} />
        </>
      )}
    </>
  );
}

function CalendarGrid({ from, to, month, today, byDay }: { from: string; to: string; month: string | null; today: string; byDay: Map<string, VisitOccurrence[]> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const days = daysOf(from, to);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  return (
    <table className="visits-grid">
      <caption className="usa-sr-only">{t('visits.range', { from: formatDay(from, lang), to: formatDay(to, lang) })}</caption>
      <thead>
        <tr>
          {weeks[0]!.map((d) => (
            <th scope="col" key={d}>
              {weekdayName(d, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((d) => {
              const outside = month !== null && d.slice(0, 7) !== month;
              const classes = [d === today && 'visits-grid__today', outside && 'visits-grid__outside'].filter(Boolean).join(' ');
              return (
                <td key={d} className={classes || undefined}>
                  <strong>{formatMonthDay(d, lang)}</strong>
                  {d === today && <span className="workday-today-mark">{t('visits.today')}</span>}
                  {(byDay.get(d) ?? []).map((v) => (
                    <VisitLine key={`${v.planId}-${v.date}`} visit={v} canCheckIn={d === today} />
                  ))}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
