import type { Db } from '../../../db/connection.js';
import { forbidden } from '../../errors.js';
import { insertAuditEvent, insertAuditEvents, listAuditEvents, type AuditEvent } from './store.js';
import type { Viewer } from '../../lib/viewer.js';

export type { AuditEvent } from './store.js';

export const recordAudit = insertAuditEvent;
/** An audit event as its row, for a statement that writes it with the change it records. */
export { auditRow } from './store.js';

export type { Viewer };

/**
 * Who may read which audit rows: a person their own rows; county staff their county's; a state admin all.
 * The scope is decided here, never taken from the request.
 */
export async function readAuditTrail(db: Db, viewer: Viewer, limit = 200) {
  switch (viewer.role) {
    case 'provider':
    case 'recipient':
      return listAuditEvents(db, { subjectUserId: viewer.id, limit });
    case 'county_worker':
    case 'county_admin':
      if (viewer.countyId === null) throw forbidden();
      return listAuditEvents(db, { countyId: viewer.countyId, limit });
    case 'state_admin':
      return listAuditEvents(db, { limit });
  }
}

export async function readOwnEvents(db: Db, userId: number, actions: readonly string[], limit = 100) {
  return listAuditEvents(db, { subjectUserId: userId, actions, limit });
}

/** A change the portal made by itself (a pay run, the bank's file, the rules engine): no person, no IP, done. */
export function recordSystemAudit(db: Db, event: Pick<AuditEvent, 'action' | 'subjectUserId' | 'countyId' | 'details'>) {
  return recordAudit(db, { ...event, outcome: 'success', actorUserId: null, ip: null, userAgent: null });
}

/** Many changes the portal made by itself, one row each, in one statement (a pay run's batch). */
export function recordSystemAudits(db: Db, events: readonly Pick<AuditEvent, 'action' | 'subjectUserId' | 'countyId' | 'details'>[]) {
  return insertAuditEvents(db, events.map((event) => ({ ...event, outcome: 'success', actorUserId: null, ip: null, userAgent: null })));
}
