import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Db } from '../../../db/connection.js';
import type { EvvRecordsTable, EvvTapsTable } from '../../../db/schema.js';
import { keyLock, keyRow, type IdempotentRequest } from '../../lib/idempotency.js';
import { auditRow, type AuditEvent } from '../audit/service.js';
import { assignmentsInRangeQuery } from '../cases/service.js';

const COLUMNS = [
  'evv_records.id',
  'evv_records.provider_user_id',
  'evv_records.case_id',
  'evv_records.county_id',
  'evv_records.service_type',
  'evv_records.check_in_key',
  'evv_records.check_out_key',
  'evv_records.check_in_at',
  'evv_records.check_out_at',
  'evv_records.location_type',
  'evv_records.location_status',
  'evv_records.capture_method',
  'evv_records.far_from_home',
  'evv_records.edited_by',
  'evv_records.edited_at',
  'evv_records.edit_reason',
  'evv_records.left_open',
  'evv_records.discarded_at',
  'cases.case_number',
  'cases.first_name',
  'cases.last_name',
] as const;

/** The provider's other visits this one overlaps (see visit_range in migration 0013). */
const overlapsWith = sql<(string | number)[]>`ARRAY(
  SELECT o.id FROM evv_records o
  WHERE o.provider_user_id = evv_records.provider_user_id AND o.id <> evv_records.id AND o.visit_range && evv_records.visit_range
  ORDER BY lower(o.visit_range), o.id)`.as('overlaps_with');

/** int8 arrays arrive as strings (connection.ts parses single int8 values only). */
async function rows<T extends { overlaps_with: (string | number)[] }>(q: Promise<T[]>): Promise<(Omit<T, 'overlaps_with'> & { overlaps_with: number[] })[]> {
  return (await q).map((r) => ({ ...r, overlaps_with: r.overlaps_with.map(Number) }));
}

function base(db: Db) {
  return db.selectFrom('evv_records').innerJoin('cases', 'cases.id', 'evv_records.case_id').select(COLUMNS).select(overlapsWith);
}
type BaseQuery = ReturnType<typeof base>;

async function first(q: BaseQuery) {
  return (await rows(q.limit(1).execute()))[0];
}

export function findById(db: Db, id: number, providerId: number) {
  return first(base(db).where('evv_records.id', '=', id).where('evv_records.provider_user_id', '=', providerId));
}
export type EvvRow = NonNullable<Awaited<ReturnType<typeof findById>>>;

/** The visit a tap belongs to. */
export function findByTapKey(db: Db, providerId: number, key: string) {
  return first(
    base(db)
      .where('evv_records.provider_user_id', '=', providerId)
      .where((eb) => eb.or([eb('evv_records.check_in_key', '=', key), eb('evv_records.check_out_key', '=', key)])),
  );
}

/** Visits whose check-in (or lone check-out) falls in [from, to), discarded ones left out. */
export function listInRange(db: Db, filter: { providerId?: number; caseIds?: readonly number[] }, from: Date, to: Date) {
  let q = base(db)
    .where('evv_records.discarded_at', 'is', null)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '>=', from)
    .where(sql<Date>`coalesce(evv_records.check_in_at, evv_records.check_out_at)`, '<', to)
    .orderBy(sql`coalesce(evv_records.check_in_at, evv_records.check_out_at)`)
    .orderBy('evv_records.id');
  if (filter.providerId !== undefined) q = q.where('evv_records.provider_user_id', '=', filter.providerId);
  if (filter.caseIds !== undefined) {
    if (filter.caseIds.length === 0) return Promise.resolve([]);
    q = q.where('evv_records.case_id', 'in', filter.caseIds);
  }
  return rows(q.execute());
}

/**
 * A case's closed visits in [from, to), each with the instant from which its time counts: past the end of the
 * provider's closed visits (of any case) that began before it and overlap it, so an overlap counts once.
 */
export async function listCountedInRange(db: Db, providerId: number, caseId: number, from: Date, to: Date) {
  const found = await listInRange(db, { providerId, caseIds: [caseId] }, from, to);
  const closed = found.filter((r) => r.check_in_at && r.check_out_at).map((r) => r.id);
  const counted = closed.length
    ? await db
        .selectFrom('evv_records as r')
        .select('r.id')
        .select(
          sql<Date | null>`(SELECT max(o.check_out_at) FROM evv_records o
            WHERE o.provider_user_id = r.provider_user_id AND o.id <> r.id AND o.discarded_at IS NULL
              AND o.check_in_at IS NOT NULL AND o.check_out_at > r.check_in_at
              AND (o.check_in_at, o.case_id, o.id) < (r.check_in_at, r.case_id, r.id))`.as('covered_until'),
        )
        .where('r.id', 'in', closed)
        .execute()
    : [];
  const coveredUntil = new Map(counted.map((c) => [c.id, c.covered_until]));
  return found.map((r) => {
    const covered = coveredUntil.get(r.id);
    const from = covered && r.check_in_at && covered > r.check_in_at ? (covered < r.check_out_at! ? covered : r.check_out_at!) : r.check_in_at;
    return { ...r, counted_from: from };
  });
}

// --- Taps ----------------------------------------------------------------------------------------------------

export type TapRow = Selectable<EvvTapsTable>;

/**
 * Every tap a provider made, oldest first, with the case it was for: their own record of check-ins and check-outs.
 * No coordinates: a tap at home would place the recipient's home.
 */
export function listTapsOf(db: Db, providerId: number) {
  return db
    .selectFrom('evv_taps')
    .innerJoin('cases', 'cases.id', 'evv_taps.case_id')
    .select([
      'evv_taps.id',
      'evv_taps.kind',
      'evv_taps.tapped_at',
      'evv_taps.received_at',
      'evv_taps.location_type',
      'evv_taps.location_status',
      'evv_taps.capture_method',
      'cases.case_number',
      'cases.first_name',
      'cases.last_name',
    ])
    .where('evv_taps.provider_user_id', '=', providerId)
    .orderBy('evv_taps.tapped_at')
    .orderBy('evv_taps.id')
    .execute();
}
export type OwnTapRow = Awaited<ReturnType<typeof listTapsOf>>[number];

/** One recomputation at a time per provider: visits of one case are derived from its taps' neighbours. */
const providerLock = (providerId: number) => sql<void>`pg_advisory_xact_lock(hashtext('evv'), ${providerId}::integer)`;

export async function lockProvider(db: Db, providerId: number) {
  await sql`SELECT ${providerLock(providerId)}`.execute(db);
}

/**
 * A tap's first statement: takes its idempotency key's lock, then the provider's (lockProvider), and reads the key's
 * stored row and the provider's assignments to the case that overlap [from, to] (cases.assignmentsInRange). Its
 * snapshot predates the locks, so the taps are read in a later statement (insertTapAmongNeighbours), and a twin that
 * committed while this one waited is met there as the tap key's unique violation.
 */
export async function beginTap(db: Db, key: Pick<IdempotentRequest, 'userId' | 'key'>, providerId: number, caseNumber: string, from: string, to: string) {
  return db
    .with('locks', (qc) => qc.selectNoFrom([keyLock(key).as('key_lock'), providerLock(providerId).as('provider_lock')]))
    .selectFrom('locks')
    .select((eb) => [
      jsonObjectFrom(eb.selectFrom('idempotency_keys').select(['fingerprint', 'outcome']).where('user_id', '=', key.userId).where('key', '=', key.key)).as('prior'),
      jsonArrayFrom(assignmentsInRangeQuery(db, providerId, caseNumber, from, to)).as('assignments'),
    ])
    .executeTakeFirstOrThrow();
}
export type TapAssignment = Awaited<ReturnType<typeof beginTap>>['assignments'][number];

/** A tap as JSON (insertTapAmongNeighbours): its instants as text. */
type TapJson = Omit<TapRow, 'tapped_at' | 'received_at'> & { tapped_at: string; received_at: string };
const tapOf = (j: TapJson): TapRow => ({ ...j, tapped_at: new Date(j.tapped_at), received_at: new Date(j.received_at) });

const VISIT_INSTANTS = [
  'check_in_at',
  'check_out_at',
  'check_in_received_at',
  'check_out_received_at',
  'edited_at',
  'created_at',
  'corrected_check_in_at',
  'corrected_check_out_at',
  'discarded_at',
] as const;
const visitOf = (j: Record<string, unknown>): StoredVisit => {
  const v = { ...j };
  for (const k of VISIT_INSTANTS) v[k] = v[k] === null ? null : new Date(v[k] as string);
  return v as unknown as StoredVisit;
};

/**
 * Stores a tap and reads, in the same statement, what deriving its visits needs: up to `n` taps of the same provider
 * and case on each side of it in tap order (see pairing.compareTaps), and the provider's stored visits made of any of
 * these taps (all of the tap's case, so of its county). One round trip instead of four; the caller holds the
 * provider's lock (beginTap), taken in an earlier statement so that this one's snapshot already sees every tap
 * committed before it.
 */
export async function insertTapAmongNeighbours(db: Db, values: Insertable<EvvTapsTable>, n: number) {
  const key = sql`(${values.tapped_at}::timestamptz, ${values.kind}::text, ${values.key}::text COLLATE "C")`;
  const keys = sql`(SELECT key COLLATE "default" FROM tap UNION ALL SELECT key FROM before UNION ALL SELECT key FROM after)`;
  const row = await db
    .with('tap', (qc) => qc.insertInto('evv_taps').values(values).returningAll())
    .with('before', (qc) =>
      qc
        .selectFrom('evv_taps')
        .selectAll()
        .where('county_id', '=', values.county_id)
        .where('provider_user_id', '=', values.provider_user_id)
        .where('case_id', '=', values.case_id)
        .where(sql<boolean>`(tapped_at, kind, key) < ${key}`)
        .orderBy('tapped_at', 'desc')
        .orderBy('kind', 'desc')
        .orderBy('key', 'desc')
        .limit(n),
    )
    .with('after', (qc) =>
      qc
        .selectFrom('evv_taps')
        .selectAll()
        .where('county_id', '=', values.county_id)
        .where('provider_user_id', '=', values.provider_user_id)
        .where('case_id', '=', values.case_id)
        .where(sql<boolean>`(tapped_at, kind, key) > ${key}`)
        .orderBy('tapped_at')
        .orderBy('kind')
        .orderBy('key')
        .limit(n),
    )
    .selectNoFrom([
      sql<TapJson>`(SELECT row_to_json(tap) FROM tap)`.as('tap'),
      sql<TapJson[]>`coalesce((SELECT json_agg(b ORDER BY b.tapped_at, b.kind, b.key) FROM before b), '[]')`.as('before'),
      sql<TapJson[]>`coalesce((SELECT json_agg(a ORDER BY a.tapped_at, a.kind, a.key) FROM after a), '[]')`.as('after'),
      sql<Record<string, unknown>[]>`coalesce((SELECT json_agg(r ORDER BY r.id) FROM evv_records r
        WHERE r.county_id = ${values.county_id} AND r.provider_user_id = ${values.provider_user_id}
          AND (r.check_in_key IN ${keys} OR r.check_out_key IN ${keys})), '[]')`.as('visits'),
    ])
    .executeTakeFirstOrThrow();
  return { tap: tapOf(row.tap), before: row.before.map(tapOf), after: row.after.map(tapOf), visits: row.visits.map(visitOf) };
}

// --- Visits as stored ------------------------------------------------------------------------------------------

export type StoredVisit = Selectable<EvvRecordsTable>;

export async function insertRecord(db: Db, values: Insertable<EvvRecordsTable>) {
  const { id } = await db.insertInto('evv_records').values(values).returning('id').executeTakeFirstOrThrow();
  return id;
}

/**
 * A tap's last statement: writes its visit (a new one, or the stored one `id`) and reads it back as findById does,
 * with the tap's audit row and its idempotency key's row, both naming the visit (`recordId`). The visit's overlaps
 * are read from the statement's snapshot: right for every other visit, as long as the caller wrote the transaction's
 * other visits in earlier statements.
 */
export async function finishTap(
  db: Db,
  write: { id: number; values: Updateable<EvvRecordsTable> } | { id: null; values: Insertable<EvvRecordsTable> },
  audit: AuditEvent,
  key: IdempotentRequest,
) {
  const recordId = sql`jsonb_build_object('recordId', (SELECT id FROM w))`;
  const q = db
    .with('w', (qc) =>
      write.id === null ? qc.insertInto('evv_records').values(write.values).returningAll() : qc.updateTable('evv_records').set(write.values).where('id', '=', write.id).returningAll(),
    )
    .with('audit', (qc) => qc.insertInto('audit_events').values({ ...auditRow(audit), details: sql`${recordId} || ${JSON.stringify(audit.details ?? {})}::jsonb` }))
    .with('idempotency', (qc) => qc.insertInto('idempotency_keys').values({ ...keyRow(key), outcome: recordId }))
    .selectFrom('w')
    .innerJoin('cases', 'cases.id', 'w.case_id')
    .selectAll('w')
    .select(['cases.case_number', 'cases.first_name', 'cases.last_name'])
    .select(
      sql<(string | number)[]>`ARRAY(
        SELECT o.id FROM evv_records o
        WHERE o.provider_user_id = w.provider_user_id AND o.id <> w.id AND o.visit_range && w.visit_range
        ORDER BY lower(o.visit_range), o.id)`.as('overlaps_with'),
    );
  return (await rows(q.execute()))[0]!;
}

export async function updateRecord(db: Db, id: number, values: Updateable<EvvRecordsTable>) {
  await db.updateTable('evv_records').set(values).where('id', '=', id).execute();
}

export async function deleteRecords(db: Db, ids: readonly number[]) {
  if (ids.length > 0) await db.deleteFrom('evv_records').where('id', 'in', ids).execute();
}

/** The stored row behind a visit, for a correction. */
export function storedVisit(db: Db, id: number, providerId: number): Promise<StoredVisit | undefined> {
  return db
    .selectFrom('evv_records')
    .selectAll()
    .where('id', '=', id)
    .where('provider_user_id', '=', providerId)
    .executeTakeFirst();
}
