import type { NotificationEvent } from '../../../contracts/notifications.js';
import type { Language } from '../../../contracts/messages/index.js';
import { en } from './words/en.js';
import { es } from './words/es.js';
import { zh } from './words/zh.js';
import { hy } from './words/hy.js';
import { vi } from './words/vi.js';
import { tl } from './words/tl.js';
import { ru } from './words/ru.js';
import { ko } from './words/ko.js';
import type { NotificationWords, Rendered, TemplateInput } from './words/parts.js';

export type { Rendered, TemplateInput } from './words/parts.js';

const WORDS: Record<Language, NotificationWords> = { en, es, zh, hy, vi, tl, ru, ko };

/** Renders an event for a person in their language: plain text, never a link that signs anyone in. */
export function render(lang: Language, event: NotificationEvent, input: TemplateInput): Rendered & { body: string; subject: string } {
  const words = WORDS[lang];
  const r = words.table[event](input);
  const sms = r.sms ?? `IHSS: ${r.title}. ${words.seeDetails}`;
  return { title: r.title, text: r.text, sms: sms.slice(0, 320), body: `${r.text}\n\n${words.closing(input)}`, subject: `${words.subjectPrefix}: ${r.title}` };
}
