import type { OFFERED_LANGUAGES } from '../../contracts/county-settings';

/** Each language named in itself, as the language switcher does, so its speakers recognise it. */
export const LANGUAGE_NAMES: Record<(typeof OFFERED_LANGUAGES)[number], string> = {
  en: 'English',
  es: 'Español',
  zh: '中文',
  hy: 'Հայերեն',
  tl: 'Filipino',
  vi: 'Tiếng Việt',
  ru: 'Русский',
};
