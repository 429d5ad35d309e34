import { useTranslation } from 'react-i18next';
import { assignedMinutesInMonth, type TimesheetTotals } from '../../domain';
import { formatMinutes, formatMoney, formatSpan } from './format';

/**
 * The running totals: each workweek's hours for all recipients against the provider's cap, the month's hours
 * for this recipient against their authorised hours, overtime so far, the hourly wage (each rate with its days when
 * the county's rate changes inside the period), and the expected pay before deductions.
 */
export function TotalsPanel({ totals, live }: { totals: TimesheetTotals; live: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hours = (m: number) => formatMinutes(m, lang);
  const authorized = assignedMinutesInMonth(totals.month.authorizedMinutes, totals.month.assignedMinutes);
  return (
    <section className="usa-summary-box timesheet-totals margin-y-3" aria-labelledby="totals-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="totals-heading">
          {t('timesheets.totals.heading')}
        </h2>
        {live && <p className="margin-top-0">{t('timesheets.totals.liveHint')}</p>}
        <dl className="account-facts">
          {totals.weeks.map((w) => (
            <div key={w.start} className="display-contents">
              <dt>{t('timesheets.totals.week', { span: formatSpan(w.start, w.end, lang) })}</dt>
              <dd>
                {t('timesheets.totals.weekValue', { worked: hours(w.workedMinutes), cap: hours(w.capMinutes) })}
                {w.workedMinutes > w.capMinutes && <strong> {t('timesheets.totals.overCap')}</strong>}
              </dd>
            </div>
          ))}
          {totals.weeks.length === 0 && (
            <>
              <dt>{t('timesheets.totals.weeksEmptyLabel')}</dt>
              <dd>{t('timesheets.totals.weeksEmpty')}</dd>
            </>
          )}
          <dt>{t('timesheets.totals.month')}</dt>
          <dd>
            {t('timesheets.totals.monthValue', { claimed: hours(totals.month.claimedMinutes), authorized: hours(authorized) })}
            {totals.month.claimedMinutes > authorized && <strong> {t('timesheets.totals.overAuthorized')}</strong>}
          </dd>
          <dt>{t('timesheets.totals.overtime')}</dt>
          <dd>{hours(totals.monthOvertimeMinutes)}</dd>
          {totals.rates.length > 0 && (
            <>
              <dt>{t('timesheets.totals.rate')}</dt>
              <dd>
                {totals.rates.length === 1
                  ? t('timesheets.totals.rateValue', { rate: formatMoney(totals.rates[0]!.rateCents, lang) })
                  : totals.rates.map((r) => (
                      <span key={r.start} className="display-block">
                        {t('timesheets.totals.rateInSpan', { rate: formatMoney(r.rateCents, lang), span: formatSpan(r.start, r.end, lang) })}
                      </span>
                    ))}
              </dd>
            </>
          )}
          <dt>{t('timesheets.totals.gross')}</dt>
          <dd>
            {totals.expectedGrossCents === null ? t('timesheets.totals.grossUnknown') : formatMoney(totals.expectedGrossCents, lang)}
            <br />
            <span className="font-body-2xs">{t('timesheets.totals.grossHint')}</span>
          </dd>
        </dl>
      </div>
    </section>
  );
}
