import type { Language } from '../../../contracts/messages/index.js';
import { en } from './mail.en.js';
import { es } from './mail.es.js';
import { zh } from './mail.zh.js';
import { hy } from './mail.hy.js';
import { vi } from './mail.vi.js';
import { tl } from './mail.tl.js';
import { ru } from './mail.ru.js';
import { ko } from './mail.ko.js';

export type ProfileMail = { emailChangeCode(p: { code: string; minutes: number }): { subject: string; text: string }; emailChanged(p: { newAddress: string; phone: string }): { subject: string; text: string } };

/** Plain text, never a link: the code is typed on the profile page. */
export const profileMail: Record<Language, ProfileMail> = { en, es, zh, hy, vi, tl, ru, ko };
