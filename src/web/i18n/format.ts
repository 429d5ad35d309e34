import { CALIFORNIA_TIME_ZONE } from '../../domain/california-time';
import { localeOf } from './index';
import { dateFormat, numberFormat } from './intl';

/**
 * Dates and times as people in California read them: the program runs on California time whatever the
 * phone's own zone, so every instant is shown there, with the zone's short name so it is never ambiguous.
 */
export function formatDateTime(iso: string, lang: string): string {
  return dateFormat(localeOf(lang), {
    timeZone: CALIFORNIA_TIME_ZONE,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

export function formatTime(iso: string, lang: string): string {
  return dateFormat(localeOf(lang), {
    timeZone: CALIFORNIA_TIME_ZONE,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}

/** "45 seconds" / "45 segundos", or "2 minutes" once a minute or more is left. */
export function formatDuration(seconds: number, lang: string): string {
  const whole = Math.max(0, Math.ceil(seconds));
  const [value, unit] = whole >= 120 ? [Math.ceil(whole / 60), 'minute'] : [whole, 'second'];
  return numberFormat(localeOf(lang), { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
