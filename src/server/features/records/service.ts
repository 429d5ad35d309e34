/**
 * "Download my records" (issue #14): one ZIP of a person's own records, as CSV files with a README in the account's
 * language. Each file's rows come from the feature that owns them, through its service; this feature only reads and
 * sits above them all. What a file holds for each kind of account is decided here from the viewer, never from the
 * request. Nobody else's health data goes in: no diagnoses or addresses (none of the sources carries them), no EVV
 * coordinates (they would place a recipient's home), and no notes people wrote on their decisions (a recipient's
 * note can speak of their health); the reason codes stay.
 */
import { strToU8, zipSync } from 'fflate';
import { SIGN_IN_EVENTS, type Role } from '../../../contracts/auth.js';
import type { Language } from '../../../contracts/messages/index.js';
import type { Db } from '../../../db/connection.js';
import { californiaDate } from '../../../domain/index.js';
import type { Client } from '../../lib/client.js';
import type { Viewer } from '../../lib/viewer.js';
import { readOwnEvents, recordAudit } from '../audit/service.js';
import { describeDevice } from '../audit/sign-in-history.js';
import * as cases from '../cases/service.js';
import * as claimLife from '../claim-life/service.js';
import * as evv from '../evv/service.js';
import * as messages from '../messages/service.js';
import * as payments from '../payments/service.js';
import * as timesheets from '../timesheets/service.js';
import { messagesCsv, signInsCsv, tapsCsv, timesheetsCsv, type CsvTable, type VersionRow } from './files.js';
import { FILE_NAMES, RECORD_FILES, readmeText, type RecordFile } from './readme.js';
import { RECORD_WORDS } from './words.js';

/**
 * A ceiling far above any one person's history (a provider of many years has a few thousand timesheet versions and
 * sign-ins), only so that one request can never read without end.
 */
const MAX_ROWS = 100_000;

/** Who each file is about; for anyone else it is written with its header row alone, and the README says so. */
const APPLIES_TO: Readonly<Record<RecordFile, readonly Role[]>> = {
  signIns: ['provider', 'recipient', 'county_worker', 'county_admin', 'state_admin'],
  evvTaps: ['provider'],
  timesheets: ['provider', 'recipient'],
  messages: ['provider', 'county_worker', 'county_admin'],
  payments: ['provider'],
};

export interface RecordsOwner {
  loginId: string;
  firstName: string;
  lastName: string;
  language: Language;
}

/** A provider's versions with pay; a recipient's are those sent to them, without the provider's pay. Oldest first. */
async function versionsOf(db: Db, viewer: Viewer): Promise<VersionRow[]> {
  let rows: timesheets.TimesheetRow[] = [];
  if (viewer.role === 'provider') {
    rows = (await timesheets.timesheetsFor(db, { providerId: viewer.id, limit: MAX_ROWS })).map((t) => t.row);
  } else if (viewer.role === 'recipient') {
    const own = await cases.findCaseByRecipient(db, viewer.id);
    const found = own ? await timesheets.timesheetsFor(db, { caseId: own.id, limit: MAX_ROWS }) : [];
    rows = found.map((t) => t.row).filter((r) => r.submitted_at !== null).map((r) => ({ ...r, gross_cents: null }));
  }
  return rows.sort((a, b) => a.pay_period_start.localeCompare(b.pay_period_start) || a.case_number.localeCompare(b.case_number) || a.version - b.version);
}

async function signIns(db: Db, viewer: Viewer) {
  const rows = await readOwnEvents(db, viewer.id, SIGN_IN_EVENTS, MAX_ROWS);
  return rows.reverse().map((r) => ({ ...r, device: describeDevice(r.user_agent) }));
}

/** Each file's CSV and its number of rows, in the account's language. */
async function filesOf(db: Db, viewer: Viewer, lang: Language): Promise<Record<RecordFile, CsvTable>> {
  const t = RECORD_WORDS[lang];
  const applies = (f: RecordFile) => APPLIES_TO[f].includes(viewer.role);
  const [ins, taps, versions, posts, paid] = await Promise.all([
    signIns(db, viewer),
    applies('evvTaps') ? evv.tapsOf(db, viewer.id) : [],
    applies('timesheets') ? versionsOf(db, viewer) : [],
    applies('messages') ? messages.messagesOf(db, viewer.id) : [],
    payments.allPaymentsCsv(db, viewer, lang),
  ]);
  const steps = await claimLife.listClaimEvents(db, versions.map((v) => v.id));
  return {
    signIns: signInsCsv(t, ins),
    evvTaps: tapsCsv(t, taps),
    timesheets: timesheetsCsv(t, versions, steps),
    messages: messagesCsv(t, posts),
    payments: paid,
  };
}

/** Login IDs are digits or a staff username; anything else is dropped from the file name rather than escaped. */
const fileNamePart = (s: string) => s.replace(/[^A-Za-z0-9._-]/g, '');

/** The person's records as a ZIP, and the audit row that says they were taken (counts only, no data). */
export async function downloadRecords(db: Db, viewer: Viewer, owner: RecordsOwner, client: Client, now: Date) {
  const lang = owner.language;
  const date = californiaDate(now);
  const files = await filesOf(db, viewer, lang);
  const rows = Object.fromEntries(RECORD_FILES.map((f) => [f, files[f].rows])) as Record<RecordFile, number>;
  const readme = readmeText(RECORD_WORDS[lang], lang, {
    name: `${owner.firstName} ${owner.lastName}`,
    loginId: owner.loginId,
    date,
    rows,
    headerOnly: new Set(RECORD_FILES.filter((f) => !APPLIES_TO[f].includes(viewer.role))),
  });
  const zip = zipSync(
    { 'README.txt': strToU8(readme), ...Object.fromEntries(RECORD_FILES.map((f) => [FILE_NAMES[f], strToU8(files[f].csv)])) },
    { level: 6, mtime: now },
  );
  await recordAudit(db, {
    ip: client.ip,
    userAgent: client.userAgent,
    action: 'records.downloaded',
    outcome: 'success',
    actorUserId: viewer.id,
    subjectUserId: viewer.id,
    countyId: viewer.countyId,
    details: { language: lang, rows: Object.fromEntries(RECORD_FILES.map((f) => [FILE_NAMES[f], rows[f]])) },
  });
  return { zip: Buffer.from(zip), fileName: `ihss-records-${fileNamePart(owner.loginId)}-${date}.zip` };
}
