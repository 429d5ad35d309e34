import type { Language } from '../../contracts/messages/languages';
import type { LanguagePack } from '../../domain/reason-texts/types';

/**
 * The rules engine's reasons and how-to-fix texts (src/domain/reason-texts), one language's pack at a time: all eight
 * together are about 35 KB gzipped, which a timesheet page on a phone cannot carry (issue #13). They load with the
 * words of the pages behind sign-in (index.ts), where every page that shows a reason lives.
 */
const PACKS: Record<Language, () => Promise<LanguagePack>> = {
  en: () => import('../../domain/reason-texts/en').then((m) => m.en),
  es: () => import('../../domain/reason-texts/es').then((m) => m.es),
  zh: () => import('../../domain/reason-texts/zh').then((m) => m.zh),
  hy: () => import('../../domain/reason-texts/hy').then((m) => m.hy),
  vi: () => import('../../domain/reason-texts/vi').then((m) => m.vi),
  tl: () => import('../../domain/reason-texts/tl').then((m) => m.tl),
  ru: () => import('../../domain/reason-texts/ru').then((m) => m.ru),
  ko: () => import('../../domain/reason-texts/ko').then((m) => m.ko),
};

const loaded = new Map<Language, LanguagePack>();

export async function loadReasons(lang: Language) {
  if (!loaded.has(lang)) loaded.set(lang, await PACKS[lang]());
}

/** The pack of a language whose signed-in words have loaded; asking before then is a mistake in the code. */
export function reasonPack(lang: Language): LanguagePack {
  const pack = loaded.get(lang);
  if (!pack) throw new Error(`The reason texts of ${lang} are asked for before they loaded`);
  return pack;
}
