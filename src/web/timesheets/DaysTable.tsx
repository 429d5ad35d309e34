import { useTranslation } from 'react-i18next';
import type { TimesheetView } from '../../contracts/timesheets';
import { formatDay, formatMinutes } from './format';

/** A submitted timesheet's days, read-only: what the provider and the recipient both see. */
export function DaysTable({ days }: { days: TimesheetView['days'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = (l: TimesheetView['days'][number]['location']) =>
    l === null
      ? t('timesheets.day.locationNone')
      : { home: t('timesheets.day.locationHome'), community: t('timesheets.day.locationCommunity'), both: t('timesheets.day.locationBoth') }[l];
  const shown = days.filter((d) => d.workedMinutes > 0 || d.travelMinutes > 0);
  if (shown.length === 0) return <p>{t('timesheets.noDays')}</p>;
  return (
    <table className="usa-table usa-table--stacked usa-table--borderless width-full">
      <caption className="usa-sr-only">{t('timesheets.daysCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('timesheets.day.date')}</th>
          <th scope="col">{t('timesheets.day.worked')}</th>
          <th scope="col">{t('timesheets.day.times')}</th>
          <th scope="col">{t('timesheets.day.location')}</th>
          <th scope="col">{t('timesheets.day.travel')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((d) => (
          <tr key={d.date}>
            <th scope="row" data-label={t('timesheets.day.date')}>
              {formatDay(d.date, lang)}
            </th>
            <td data-label={t('timesheets.day.worked')}>{formatMinutes(d.workedMinutes, lang)}</td>
            <td data-label={t('timesheets.day.times')}>
              {d.startTime && d.endTime ? t('timesheets.day.timesValue', { start: d.startTime, end: d.endTime }) : t('timesheets.day.timesNone')}
            </td>
            <td data-label={t('timesheets.day.location')}>{location(d.location)}</td>
            <td data-label={t('timesheets.day.travel')}>{formatMinutes(d.travelMinutes, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
