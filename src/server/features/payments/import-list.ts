/**
 * Payroll's record of the files it recorded (ADR 0006, ADR 0007): the State Controller's acknowledgements and the
 * bank's returns files, newest first, a page at a time, each with who recorded it, the file's SHA-256, its counts,
 * and the sum and the bank's dates of the payments it recorded. A county's staff see their county's files and the
 * state admin's statewide files that recorded any of the county's payments (counted for the county's payments only,
 * since in practice the State Controller's file is statewide); the state admin sees every file whole. Like the other
 * lists, reading it is not audited; each import already is.
 *
 * The two lists are one query and one shape; a returns file adds the reasons its deposits came back for.
 */
import { IMPORT_PAGE, type ImportedFileView, type ReturnImportView, type SettlementView } from '../../../contracts/payments.js';
import type { Db } from '../../../db/connection.js';
import type { Viewer } from '../cases/service.js';
import { payrollScope } from './service.js';
import * as store from './store.js';

/** A page of files of one kind, the fields both kinds share, and the span of the bank's dates (null: none recorded). */
async function listImports(db: Db, kind: store.ImportKind, countyId: number | null, before: number | undefined) {
  const rows = await store.listImports(db, kind, { countyId, before, limit: IMPORT_PAGE + 1 });
  const page = rows.slice(0, IMPORT_PAGE);
  return {
    files: page.map((r) => ({
      file: {
        id: r.id,
        fileName: r.file_name,
        fileSha256: r.file_sha256,
        importedAt: r.imported_at.toISOString(),
        importedBy: { firstName: r.first_name, lastName: r.last_name },
        county: r.county_id === null || r.county_name === null ? null : { id: r.county_id, name: r.county_name },
        lines: r.lines,
        recorded: r.recorded_here,
        already: r.already,
        recordedCents: Number(r.cents),
      } satisfies ImportedFileView,
      days: r.first_day === null || r.last_day === null ? null : { first: r.first_day, last: r.last_day },
    })),
    older: rows.length > IMPORT_PAGE ? page.at(-1)!.id : null,
  };
}

/** The acknowledgement files, with the bank's paid dates. */
export async function listSettlements(db: Db, viewer: Viewer, q: { before?: number | undefined }) {
  const { files, older } = await listImports(db, 'settlements', payrollScope(viewer), q.before);
  return { files: files.map(({ file, days }): SettlementView => ({ ...file, paidOn: days })), older };
}

/** The returns files, with the bank's return dates and the returns counted by reason. */
export async function listReturnImports(db: Db, viewer: Viewer, q: { before?: number | undefined }) {
  const countyId = payrollScope(viewer);
  const { files, older } = await listImports(db, 'returns', countyId, q.before);
  const reasons = await store.returnReasonsOf(db, files.map((f) => f.file.id), countyId);
  return {
    files: files.map(({ file, days }): ReturnImportView => ({ ...file, returnedOn: days, reasons: reasons.filter((r) => r.import_id === file.id).map((r) => ({ reason: r.reason, count: r.count })) })),
    older,
  };
}
