import { sql } from 'kysely';
import type { Audience } from '../../../contracts/messaging.js';
import type { Db } from '../../../db/connection.js';

export async function insertThread(
  db: Db,
  t: { countyId: number; authorId: number; audience: Audience; audienceUserId: number | null; audienceCaseId: number | null; subject: string; requiresAck: boolean },
) {
  const row = await db
    .insertInto('message_threads')
    .values({
      county_id: t.countyId,
      author_user_id: t.authorId,
      audience: t.audience,
      audience_user_id: t.audienceUserId,
      audience_case_id: t.audienceCaseId,
      subject: t.subject,
      requires_ack: t.requiresAck,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertPost(db: Db, p: { threadId: number; countyId: number; authorId: number; participantId: number | null; body: string }) {
  const row = await db
    .insertInto('message_posts')
    .values({ thread_id: p.threadId, county_id: p.countyId, author_user_id: p.authorId, participant_user_id: p.participantId, body: p.body })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The fan-out in one statement: only active providers of the thread's county, whatever ids were passed. */
export async function addRecipients(db: Db, threadId: number, countyId: number, who: { userIds: readonly number[] } | 'county') {
  const { rows } = await sql<{ user_id: number }>`
    INSERT INTO message_recipients (thread_id, user_id, county_id)
    SELECT ${threadId}, u.id, u.county_id FROM users u
    WHERE u.role = 'provider' AND u.status = 'active' AND u.county_id = ${countyId}
      ${who === 'county' ? sql`` : sql`AND u.id = ANY(${[...who.userIds]}::bigint[])`}
    ON CONFLICT DO NOTHING
    RETURNING user_id`.execute(db);
  return rows.map((r) => r.user_id);
}

export function findThread(db: Db, threadId: number) {
  return db
    .selectFrom('message_threads as t')
    .innerJoin('counties as c', 'c.id', 't.county_id')
    .innerJoin('users as a', 'a.id', 't.author_user_id')
    .leftJoin('users as au', 'au.id', 't.audience_user_id')
    .select([
      't.id',
      't.county_id',
      't.author_user_id',
      't.audience',
      't.audience_user_id',
      't.audience_case_id',
      't.subject',
      't.requires_ack',
      't.created_at',
      'c.name as county_name',
      sql<string>`a.first_name || ' ' || a.last_name`.as('author_name'),
      sql<string | null>`au.first_name || ' ' || au.last_name || ' (' || au.login_id || ')'`.as('audience_user_label'),
    ])
    .where('t.id', '=', threadId)
    .executeTakeFirst();
}
export type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThread>>>;

export function findRecipient(db: Db, threadId: number, userId: number, forUpdate = false) {
  const q = db
    .selectFrom('message_recipients')
    .select(['read_at', 'first_read_at', 'acknowledged_at', 'reply_waiting_at'])
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId);
  return (forUpdate ? q.forUpdate() : q).executeTakeFirst();
}

/** The posts a person may see: the opening post, plus the replies of their own conversation (or all, for staff). */
export function listPosts(db: Db, threadId: number, participantId: number | 'all') {
  let q = db
    .selectFrom('message_posts as p')
    .innerJoin('users as a', 'a.id', 'p.author_user_id')
    .leftJoin('users as pu', 'pu.id', 'p.participant_user_id')
    .select(['p.id', 'p.author_user_id', 'p.participant_user_id', 'p.body', 'p.created_at', 'a.role as author_role', 'a.first_name', 'a.last_name', 'pu.login_id as participant_login_id'])
    .where('p.thread_id', '=', threadId)
    .orderBy('p.id');
  if (participantId !== 'all') q = q.where((eb) => eb.or([eb('p.participant_user_id', 'is', null), eb('p.participant_user_id', '=', participantId)]));
  return q.execute();
}

/**
 * Every post a person wrote, and every post they may read (the opening post of each message sent to them and the
 * replies of their own conversation, as listPosts shows them), oldest first: their own record of messages.
 */
export function postsOf(db: Db, userId: number) {
  return db
    .selectFrom('message_posts as p')
    .innerJoin('message_threads as t', 't.id', 'p.thread_id')
    .leftJoin('message_recipients as r', (join) => join.onRef('r.thread_id', '=', 'p.thread_id').on('r.user_id', '=', userId))
    .select(['p.id', 'p.thread_id', 'p.author_user_id', 'p.body', 'p.created_at', 't.subject', 'r.first_read_at', 'r.acknowledged_at'])
    .where((eb) =>
      eb.or([
        eb('p.author_user_id', '=', userId),
        eb.and([eb('r.user_id', 'is not', null), eb.or([eb('p.participant_user_id', 'is', null), eb('p.participant_user_id', '=', userId)])]),
      ]),
    )
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
}

export function inbox(db: Db, userId: number, limit: number, before?: number) {
  let q = db
    .selectFrom('message_recipients as r')
    .innerJoin('message_threads as t', 't.id', 'r.thread_id')
    .innerJoin('counties as c', 'c.id', 't.county_id')
    .select([
      't.id',
      't.subject',
      't.created_at',
      't.requires_ack',
      'c.name as county_name',
      'r.read_at',
      'r.acknowledged_at',
      sql<Date>`(SELECT max(p.created_at) FROM message_posts p WHERE p.thread_id = t.id AND (p.participant_user_id IS NULL OR p.participant_user_id = ${userId}))`.as('last_post_at'),
      sql<string>`(SELECT left(p.body, 140) FROM message_posts p WHERE p.thread_id = t.id AND (p.participant_user_id IS NULL OR p.participant_user_id = ${userId}) ORDER BY p.id DESC LIMIT 1)`.as('preview'),
    ])
    .where('r.user_id', '=', userId)
    .orderBy('t.id', 'desc')
    .limit(limit);
  if (before) q = q.where('t.id', '<', before);
  return q.execute();
}

export async function markRead(db: Db, threadId: number, userId: number) {
  const r = await db
    .updateTable('message_recipients')
    .set({ read_at: sql`portal_now()`, first_read_at: sql`coalesce(first_read_at, portal_now())` })
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function acknowledge(db: Db, threadId: number, userId: number) {
  const r = await db
    .updateTable('message_recipients')
    .set({ acknowledged_at: sql`portal_now()`, read_at: sql`coalesce(read_at, portal_now())`, first_read_at: sql`coalesce(first_read_at, portal_now())` })
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function setReplyWaiting(db: Db, threadId: number, userId: number, waiting: boolean) {
  await db
    .updateTable('message_recipients')
    .set(waiting ? { reply_waiting_at: sql`portal_now()` } : { reply_waiting_at: null, read_at: null })
    .where('thread_id', '=', threadId)
    .where('user_id', '=', userId)
    .execute();
}

const countOf = (cond: ReturnType<typeof sql>) => sql<number>`count(*) FILTER (WHERE ${cond})::int`;

export function countyThreads(db: Db, countyId: number, limit: number, before?: number) {
  let q = db
    .selectFrom('message_threads as t')
    .innerJoin('users as a', 'a.id', 't.author_user_id')
    .leftJoin('users as au', 'au.id', 't.audience_user_id')
    // A thread's recipients are of its county (addRecipients): the join names it, so a sharded database joins on one node.
    .leftJoin('message_recipients as r', (join) => join.onRef('r.thread_id', '=', 't.id').onRef('r.county_id', '=', 't.county_id'))
    .select([
      't.id',
      't.subject',
      't.audience',
      't.audience_case_id',
      't.requires_ack',
      't.created_at',
      sql<string>`a.first_name || ' ' || a.last_name`.as('author_name'),
      sql<string | null>`au.first_name || ' ' || au.last_name || ' (' || au.login_id || ')'`.as('audience_user_label'),
      sql<number>`count(r.user_id)::int`.as('recipients'),
      countOf(sql`r.first_read_at IS NOT NULL`).as('read'),
      countOf(sql`r.acknowledged_at IS NOT NULL`).as('acknowledged'),
      countOf(sql`r.reply_waiting_at IS NOT NULL`).as('replies_waiting'),
    ])
    .where('t.county_id', '=', countyId)
    .groupBy(['t.id', 'a.first_name', 'a.last_name', 'au.first_name', 'au.last_name', 'au.login_id'])
    .orderBy('t.id', 'desc')
    .limit(limit);
  if (before) q = q.where('t.id', '<', before);
  return q.execute();
}

export function recipientStatus(db: Db, threadId: number) {
  return db
    .selectFrom('message_recipients as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(['u.id', 'u.login_id', 'u.first_name', 'u.last_name', 'r.first_read_at', 'r.acknowledged_at', 'r.reply_waiting_at'])
    .where('r.thread_id', '=', threadId)
    .orderBy('u.last_name')
    .orderBy('u.first_name')
    .execute();
}

export async function providerCounts(db: Db, userId: number) {
  const { rows } = await sql<{ unread: number; unacknowledged: number }>`
    SELECT count(*) FILTER (WHERE r.read_at IS NULL)::int AS unread,
           count(*) FILTER (WHERE t.requires_ack AND r.acknowledged_at IS NULL)::int AS unacknowledged
    FROM message_recipients r JOIN message_threads t ON t.id = r.thread_id
    WHERE r.user_id = ${userId}`.execute(db);
  return rows[0] ?? { unread: 0, unacknowledged: 0 };
}

export async function countyRepliesWaiting(db: Db, countyId: number) {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM message_recipients WHERE county_id = ${countyId} AND reply_waiting_at IS NOT NULL`.execute(db);
  return rows[0]?.n ?? 0;
}


