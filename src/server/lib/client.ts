import type { Language } from '../../contracts/messages/index.js';

/**
 * Where a request came from, as the audit trail and the sessions list record it, and the language the answers,
 * mail and notices it causes are written in. The routes make it with clientOf(request) (plugins/auth.ts).
 */
export interface Client {
  ip: string | null;
  userAgent: string | null;
  lang: Language;
}
