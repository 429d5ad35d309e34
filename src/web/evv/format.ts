import { useEffect, useState } from 'react';
import { clock } from '../clock';
import { localeOf } from '../i18n';
import { dateFormat, listFormat, numberFormat } from '../i18n/intl';

/**
 * Calendar days and spans of time as the workday pages show them. Days are California dates
 * (`YYYY-MM-DD`), so they are formatted as dates, never shifted by the phone's own time zone.
 */
const atNoonUtc = (date: string) => new Date(`${date}T12:00:00Z`);

export function formatDay(date: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).format(atNoonUtc(date));
}

export function formatShortDate(date: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric' }).format(atNoonUtc(date));
}

export function formatMonthDay(date: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', month: 'short', day: 'numeric' }).format(atNoonUtc(date));
}

export function formatMonth(date: string, lang: string): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(atNoonUtc(date));
}

export function weekdayName(date: string, lang: string, width: 'long' | 'short' = 'long'): string {
  return dateFormat(localeOf(lang), { timeZone: 'UTC', weekday: width }).format(atNoonUtc(date));
}

/** A California wall-clock time `HH:MM` as people read it: "9:00 AM" / "9:00 a. m.". */
export function formatClock(hhmm: string, lang: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  return dateFormat(localeOf(lang), { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' }).format(
    new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0)),
  );
}

/** "1 hour, 5 minutes" / "1 hora y 5 minutos": how long a visit has run so far. */
export function formatElapsed(minutes: number, lang: string): string {
  const whole = Math.max(0, Math.floor(minutes));
  const locale = localeOf(lang);
  const unit = (value: number, u: 'hour' | 'minute') => numberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' }).format(value);
  const hours = Math.floor(whole / 60);
  const parts = hours > 0 ? [unit(hours, 'hour'), unit(whole % 60, 'minute')] : [unit(whole, 'minute')];
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** The server's time now (epoch ms, clock.ts), refreshed every `everyMs`, for counters such as a visit's elapsed time. */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    const timer = setInterval(() => setNow(clock.now().getTime()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
