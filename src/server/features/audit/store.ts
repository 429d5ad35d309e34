import type { Db } from '../../../db/connection.js';
import type { AuditOutcome } from '../../../db/schema.js';

export interface AuditEvent {
  action: string;
  outcome: AuditOutcome;
  actorUserId?: number | null;
  subjectUserId?: number | null;
  countyId?: number | null;
  ip?: string | null;
  userAgent?: string | null;
  details?: Record<string, unknown>;
}

/** An event as its row, for a statement that writes it with other rows (a data-modifying CTE). */
export function auditRow(event: AuditEvent) {
  return {
    action: event.action,
    outcome: event.outcome,
    actor_user_id: event.actorUserId ?? null,
    subject_user_id: event.subjectUserId ?? null,
    county_id: event.countyId ?? null,
    ip: event.ip ?? null,
    user_agent: event.userAgent?.slice(0, 512) ?? null,
    details: JSON.stringify(event.details ?? {}),
  };
}

/** Writes one audit row; pass the transaction of the change it records so both commit or neither does. */
export async function insertAuditEvent(db: Db, event: AuditEvent): Promise<void> {
  await db.insertInto('audit_events').values(auditRow(event)).execute();
}

/** Writes many audit rows in one statement (a pay run's batch), in the caller's transaction. */
export async function insertAuditEvents(db: Db, events: readonly AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await db
    .insertInto('audit_events')
    .values(events.map(auditRow))
    .execute();
}

export interface AuditScope {
  subjectUserId?: number;
  countyId?: number;
  actions?: readonly string[];
  limit: number;
}

export async function listAuditEvents(db: Db, scope: AuditScope) {
  let q = db
    .selectFrom('audit_events')
    .select(['id', 'occurred_at', 'action', 'outcome', 'ip', 'user_agent', 'actor_user_id', 'subject_user_id', 'county_id', 'details'])
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(scope.limit);
  if (scope.subjectUserId !== undefined) q = q.where('subject_user_id', '=', scope.subjectUserId);
  if (scope.countyId !== undefined) q = q.where('county_id', '=', scope.countyId);
  if (scope.actions) q = q.where('action', 'in', scope.actions);
  return q.execute();
}
