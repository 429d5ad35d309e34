import type { Language } from '../../../contracts/messages/index.js';
import { en, type RecordWords } from './words.en.js';
import { es } from './words.es.js';
import { zh } from './words.zh.js';
import { hy } from './words.hy.js';
import { vi } from './words.vi.js';
import { tl } from './words.tl.js';
import { ru } from './words.ru.js';
import { ko } from './words.ko.js';

export type { RecordWords };
export const RECORD_WORDS: Record<Language, RecordWords> = { en, es, zh, hy, vi, tl, ru, ko };

/** A value's words, or the stored code itself when a newer code has no words yet (never an empty cell). */
export function wordFor(words: Readonly<Record<string, string>>, code: string): string {
  return Object.hasOwn(words, code) ? words[code]! : code;
}
