import { localeOf } from '../i18n';
import { dateFormat } from '../i18n/intl';

/** A calendar day ("YYYY-MM-DD") in words, e.g. "March 2, 2026" / "2 de marzo de 2026", with no time-zone shift. */
export function formatDate(isoDate: string, lang: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return dateFormat(localeOf(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
