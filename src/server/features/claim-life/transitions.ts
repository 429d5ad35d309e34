/**
 * The one writer of a claim's status. Every move of a timesheet version, whoever makes it (the provider's submission,
 * the recipient's decision, the system's routing, the county's decision, a correction replacing its version, the pay
 * run and the bank's files), comes here: `transition()` of src/domain/claim-life.ts decides whether the move is
 * allowed and where it leads; this module writes the new status and the `timesheet_events` row that records who, when
 * and why, in the caller's transaction. No other server code changes `timesheets.status` (claim-writers.test.ts).
 */
import type { Db } from '../../../db/connection.js';
import { transition, type ActorKind, type ClaimAction, type TimesheetStatus } from '../../../domain/index.js';
import { AppError, notFound } from '../../errors.js';
import * as store from './store.js';

type Movable = { id: number; county_id: number; status: TimesheetStatus };
type Actor = { kind: ActorKind; userId: number | null };
type Detail = { reasonCodes?: readonly string[]; note?: string | null };

/** The move `transition()` allows, or the refusal: 404 for an actor who may never take it, 409 in the wrong state, 400 for its detail. */
function allowed(ts: Movable, action: ClaimAction, actor: Actor, detail: Detail) {
  const t = transition(action, ts.status, actor.kind, detail);
  if (t.ok) return t;
  if (t.why === 'wrong_actor') throw notFound();
  if (t.why === 'wrong_state') throw new AppError(409, 'claimWrongState', { status: ts.status });
  throw new AppError(400, t.why === 'reasons_required' ? 'denialReasonRequired' : 'noteShape');
}

/** The event row that records a move. */
function eventOf(ts: Movable, action: ClaimAction, actor: Actor, detail: Detail, t: { from: TimesheetStatus; to: TimesheetStatus }) {
  return {
    timesheetId: ts.id,
    countyId: ts.county_id,
    action,
    from: t.from,
    to: t.to,
    actorUserId: actor.kind === 'system' ? null : actor.userId,
    actorKind: actor.kind,
    ...(detail.reasonCodes ? { reasonCodes: detail.reasonCodes } : {}),
    note: detail.note ?? null,
  };
}

async function move(trx: Db, ts: Movable, action: ClaimAction, actor: Actor, detail: Detail, submission?: store.SubmissionColumns): Promise<TimesheetStatus> {
  const t = allowed(ts, action, actor, detail);
  if (t.to !== t.from && !(await store.moveStatus(trx, ts.id, t.from, t.to, submission))) throw new AppError(409, 'claimWrongState', { status: ts.status });
  await store.insertEvent(trx, eventOf(ts, action, actor, detail, t));
  ts.status = t.to;
  return t.to;
}

/**
 * Moves a locked timesheet version by `action` and records the move. A move the table does not allow is refused:
 * 409 with the current state (`claimWrongState`), or 404 for an actor who may never take it. Returns the new state.
 */
export function moveClaim(trx: Db, ts: Movable, action: Exclude<ClaimAction, 'submit'>, actor: Actor, detail: Detail = {}): Promise<TimesheetStatus> {
  return move(trx, ts, action, actor, detail);
}

/**
 * `moveClaim` of many locked versions by one action and actor, each with its own detail (a pay run's batch), in two
 * statements. Refused whole, as `moveClaim` refuses one, if any version may not move.
 */
export async function moveClaims(trx: Db, items: readonly { ts: Movable; detail: Detail }[], action: Exclude<ClaimAction, 'submit'>, actor: Actor): Promise<void> {
  const moves = items.map(({ ts, detail }) => ({ ts, detail, t: allowed(ts, action, actor, detail) }));
  const changed = moves.filter((m) => m.t.to !== m.t.from);
  if ((await store.moveStatuses(trx, changed.map((m) => ({ id: m.ts.id, from: m.t.from, to: m.t.to })))) !== changed.length) {
    throw new AppError(409, 'claimWrongState', { status: changed[0]!.ts.status });
  }
  await store.insertEvents(
    trx,
    moves.map(({ ts, detail, t }) => eventOf(ts, action, actor, detail, t)),
  );
  for (const m of moves) m.ts.status = m.t.to;
}

/** The provider's `submit` of a locked draft, writing what the submission records with the move. */
export function submitClaim(trx: Db, ts: Movable, providerId: number, submission: store.SubmissionColumns): Promise<TimesheetStatus> {
  return move(trx, ts, 'submit', { kind: 'provider', userId: providerId }, {}, submission);
}
