import type { Language } from '../../../contracts/messages/index.js';
import { en } from './templates.en.js';
import { es } from './templates.es.js';
import { zh } from './templates.zh.js';
import { hy } from './templates.hy.js';
import { vi } from './templates.vi.js';
import { tl } from './templates.tl.js';
import { ru } from './templates.ru.js';
import { ko } from './templates.ko.js';

export interface Mail {
  subject: string;
  text: string;
  /** A stable Message-ID for mail that must not arrive twice (notifications): a resend carries the same one. */
  messageId?: string;
}

export type Templates = {
  setupCode(p: { code: string; minutes: number }): Mail;
  resetCode(p: { code: string; minutes: number }): Mail;
  passwordChanged(p: { phone: string }): Mail;
};

/** Plain text only, and never a link that signs someone in: codes are typed, not clicked. */
export const templates: Record<Language, Templates> = { en, es, zh, hy, vi, tl, ru, ko };
