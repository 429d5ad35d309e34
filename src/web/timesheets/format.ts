import { localeOf } from '../i18n';
import { dateFormat, numberFormat } from '../i18n/intl';

/** A calendar day `YYYY-MM-DD` as an instant at UTC midnight, formatted in UTC so no zone can shift the day. */
const utcDay = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
};

/** "Monday, November 2, 2026" / "lunes, 2 de noviembre de 2026". */
export function formatDay(iso: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(utcDay(iso));
}

/** "Nov 2, 2026". */
export function formatShortDay(iso: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }).format(utcDay(iso));
}

/** "November 1 – 15, 2026": a pay period or a workweek. */
export function formatSpan(start: string, end: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }).formatRange(utcDay(start), utcDay(end));
}

/** "41 hours 30 minutes" / "41 horas 30 minutos"; "0 hours" for none. */
export function formatMinutes(total: number, lang: string): string {
  const unit = (value: number, u: 'hour' | 'minute') => numberFormat(localeOf(lang), { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const h = Math.floor(Math.abs(total) / 60);
  const m = Math.abs(total) % 60;
  const words = m === 0 ? unit(h, 'hour') : h === 0 ? unit(m, 'minute') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
  return total < 0 ? `-${words}` : words;
}

export function formatMoney(cents: number, lang: string): string {
  return numberFormat(localeOf(lang), { style: 'currency', currency: 'USD' }).format(cents / 100);
}
