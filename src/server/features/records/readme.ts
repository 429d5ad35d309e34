/**
 * README.txt of the records ZIP, in the account's language: who and when, how to open the files, what each file holds
 * and what each of its columns means, and which files have only their header row for this kind of account.
 */
import type { Language } from '../../../contracts/messages/index.js';
import { DOCUMENT_WORDS } from '../payments/service.js';
import type { RecordWords } from './words.js';

export const RECORD_FILES = ['signIns', 'evvTaps', 'timesheets', 'messages', 'payments'] as const;
export type RecordFile = (typeof RECORD_FILES)[number];

/** The names inside the ZIP: plain ASCII in every language, so every unzip program and system keeps them as they are. */
export const FILE_NAMES: Readonly<Record<RecordFile, string>> = {
  signIns: 'sign-ins.csv',
  evvTaps: 'evv-taps.csv',
  timesheets: 'timesheets.csv',
  messages: 'messages.csv',
  payments: 'payments.csv',
};

/** The header row of each file in `lang`: the payments file keeps the payment history's own (payments/documents). */
export function headersOf(t: RecordWords, lang: Language, file: RecordFile): readonly string[] {
  return file === 'payments' ? DOCUMENT_WORDS[lang].csv : t.files[file].headers;
}

export interface ReadmeFacts {
  name: string;
  loginId: string;
  /** California date the ZIP was made. */
  date: string;
  rows: Readonly<Record<RecordFile, number>>;
  /** Files that hold nothing for this kind of account (header row only). */
  headerOnly: ReadonlySet<RecordFile>;
}

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));

export function readmeText(t: RecordWords, lang: Language, f: ReadmeFacts): string {
  const r = t.readme;
  const lines = [r.title, '='.repeat(r.title.length), '', fill(r.madeFor, { name: f.name, loginId: f.loginId, date: f.date }), '', r.howToOpen, '', r.privacy, '', r.keepSafe, ''];
  for (const file of RECORD_FILES) {
    const headers = headersOf(t, lang, file);
    lines.push(FILE_NAMES[file], '-'.repeat(FILE_NAMES[file].length), t.files[file].about);
    if (f.headerOnly.has(file)) lines.push(r.headerOnly);
    lines.push(fill(r.rows, { count: f.rows[file] }), r.columns);
    headers.forEach((h, i) => lines.push(`  - ${h}: ${t.files[file].meanings[i] ?? ''}`));
    lines.push('');
  }
  lines.push(r.questions);
  // CRLF and a byte-order mark, so Notepad on any Windows shows every script right.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
