import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../db/testing/free-port.js';
import { createTestDb, type TestDb } from '../db/testing/test-db.js';
import { notify } from '../server/features/notifications/service.js';
import { startTestSmtp } from '../server/testing/smtp.js';
import { createUser, testConfig } from '../server/testing/test-app.js';
import { claimJobs } from './queue.js';
import { createJobWorker } from './start.js';
import { buildLiveTestApp, until } from './testing.js';
import type { JobWorker } from './worker.js';

let db: TestDb;
let app: FastifyInstance;
let smtp: Awaited<ReturnType<typeof startTestSmtp>>;
const config = testConfig();
const workers: JobWorker[] = [];
let n = 0;

beforeAll(async () => {
  db = await createTestDb();
  smtp = await startTestSmtp();
  app = await buildLiveTestApp(db, { smtpUrl: smtp.url });
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});
afterAll(async () => {
  await app.close();
  await smtp.close();
  await db.drop();
});

const worker = (a: FastifyInstance = app, opts: Parameters<typeof createJobWorker>[1] = {}) => {
  const w = createJobWorker(a, { pollMs: 30, ...opts });
  workers.push(w);
  return w;
};

async function person(lang: 'en' | 'es' = 'en') {
  const loginId = `81000${String(++n).padStart(4, '0')}`;
  const id = await createUser(db.db, config, { loginId, email: `p${loginId}@example.com` });
  await db.db.updateTable('users').set({ preferred_language: lang }).where('id', '=', id).execute();
  return { id, email: `p${loginId}@example.com` };
}

const passwordChanged = (userId: number, key: string) =>
  db.db.transaction().execute((trx) => notify(trx, { event: 'password_changed', key, userIds: [userId] }));

const jobOf = (key: string, userId: number) =>
  db.db.selectFrom('jobs').selectAll().where('dedupe_key', '=', `${key}|${userId}|email`).executeTakeFirstOrThrow();

const mailsTo = (address: string) => smtp.inbox.filter((m) => m.to.includes(address));

describe('the notification queue', () => {
  it('sends an email committed with the change, once, in the person\'s language, with a stable Message-ID', async () => {
    const p = await person('es');
    await passwordChanged(p.id, 'pw:es');
    await worker().start();
    const mail = await smtp.latestTo(p.email);
    expect(mail.subject).toContain('Se cambió su contraseña');
    expect(mail.text).toContain('nunca le pide su contraseña');
    expect(mail.text).not.toMatch(/https?:\/\//);
    expect(mail.raw).toMatch(/^Message-ID:\s+<[0-9a-f]{40}@notifications\.ihss-portal>/im);
    await until(async () => (await jobOf('pw:es', p.id)).done_at);
    expect(mailsTo(p.email)).toHaveLength(1);
  });

  it('enqueues nothing when the change rolls back', async () => {
    const p = await person();
    await expect(
      db.db.transaction().execute(async (trx) => {
        await notify(trx, { event: 'password_changed', key: 'pw:rolled-back', userIds: [p.id] });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.db.selectFrom('jobs').select('id').where('dedupe_key', 'like', 'pw:rolled-back%').execute()).toEqual([]);
    expect(await db.db.selectFrom('notifications').select('id').where('dedupe_key', '=', 'pw:rolled-back').execute()).toEqual([]);
  });

  it('treats the same event notified twice as one', async () => {
    const p = await person();
    await passwordChanged(p.id, 'pw:twice');
    await passwordChanged(p.id, 'pw:twice');
    expect(await db.db.selectFrom('jobs').select('id').where('dedupe_key', 'like', 'pw:twice%').execute()).toHaveLength(1);
    expect(await db.db.selectFrom('notifications').select('id').where('dedupe_key', '=', 'pw:twice').execute()).toHaveLength(1);
  });

  it('sends exactly once when a worker dies between claiming a job and completing it, and a new worker takes over', async () => {
    const p = await person();
    await passwordChanged(p.id, 'pw:crash');
    // A worker claims the job with a short lease, then its process dies: nothing else happens to the job.
    const claimed = await claimJobs(db.db, 'crashed-worker', 10, 0.3);
    expect(claimed.map((j) => j.dedupe_key)).toContain(`pw:crash|${p.id}|email`);
    expect(mailsTo(p.email)).toHaveLength(0);

    // "Restart": a new app and worker on the same database (a new process would be the same).
    const restarted = await buildLiveTestApp(db, { smtpUrl: smtp.url });
    try {
      await worker(restarted).start();
      const job = await until(async () => {
        const j = await jobOf('pw:crash', p.id);
        return j.done_at ? j : null;
      });
      expect(job.attempts).toBe(2);
      expect(mailsTo(p.email)).toHaveLength(1);
      const ledger = await db.db.selectFrom('notification_deliveries').selectAll().where('dedupe_key', '=', 'pw:crash').executeTakeFirstOrThrow();
      expect(ledger.status).toBe('sent');
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await restarted.close();
    }
  });

  it('does not send again when a job that already sent runs again (its completion lost, or enqueued twice)', async () => {
    const p = await person();
    await passwordChanged(p.id, 'pw:again');
    const w = worker();
    await until(async () => (await w.runOnce()) > 0 && (await jobOf('pw:again', p.id)).done_at);
    expect(mailsTo(p.email)).toHaveLength(1);
    // The completion is lost: the job is due again, as after a crash right after the send.
    await db.db.updateTable('jobs').set({ done_at: null, run_at: sql`portal_now()` }).where('dedupe_key', '=', `pw:again|${p.id}|email`).execute();
    // And a second copy of the job under another key, as a buggy caller might enqueue.
    const original = await jobOf('pw:again', p.id);
    await db.db.insertInto('jobs').values({ kind: original.kind, payload: JSON.stringify(original.payload), dedupe_key: 'pw:again-copy' }).execute();
    // Two workers race for both jobs at once.
    const [a, b] = [worker(), worker()];
    await Promise.all([a.runOnce(), b.runOnce()]);
    await until(async () => {
      const open = await db.db.selectFrom('jobs').select('id').where('done_at', 'is', null).where('dedupe_key', 'in', [`pw:again|${p.id}|email`, 'pw:again-copy']).execute();
      if (open.length > 0) await a.runOnce();
      return open.length === 0;
    });
    expect(mailsTo(p.email)).toHaveLength(1);
  });

  it('retries with backoff while the mail server is down, then delivers once', async () => {
    const port = await freePort();
    const downApp = await buildLiveTestApp(db, { smtpUrl: `smtp://127.0.0.1:${port}` });
    const p = await person();
    let mailServer: Awaited<ReturnType<typeof startTestSmtp>> | null = null;
    try {
      await passwordChanged(p.id, 'pw:down');
      await worker(downApp, { backoffBaseSeconds: 0.2, backoffMaxSeconds: 1 }).start();
      // Two attempts that have finished failing: attempts count up when a job is claimed, so a job still
      // locked by its worker is an attempt in flight, which could still succeed once the server is up.
      const failed = await until(async () => {
        const j = await jobOf('pw:down', p.id);
        return j.attempts >= 2 && j.last_error && j.locked_by === null ? j : null;
      });
      expect(failed.done_at).toBeNull();
      expect(failed.failed_at).toBeNull();
      const waited = await sql<{ later: boolean }>`SELECT run_at > portal_now() - interval '1 second' AS later FROM jobs WHERE id = ${failed.id}`.execute(db.db);
      expect(waited.rows[0]!.later).toBe(true);

      mailServer = await startTestSmtp(port);
      await mailServer.latestTo(p.email);
      const done = await until(async () => {
        const j = await jobOf('pw:down', p.id);
        return j.done_at ? j : null;
      });
      expect(done.attempts).toBeGreaterThanOrEqual(3);
      expect(mailServer.inbox.filter((m) => m.to.includes(p.email))).toHaveLength(1);
    } finally {
      await Promise.all(workers.splice(0).map((w) => w.stop()));
      await downApp.close();
      await mailServer?.close();
    }
  });

  it('parks a job after its last attempt instead of retrying forever', async () => {
    const p = await person();
    await db.db.transaction().execute((trx) => notify(trx, { event: 'password_changed', key: 'pw:park', userIds: [p.id] }));
    await db.db.updateTable('jobs').set({ max_attempts: 1 }).where('dedupe_key', '=', `pw:park|${p.id}|email`).execute();
    const broken = worker(app, { handlers: { 'notification.deliver': async () => { throw new Error('gateway refused'); } } });
    await broken.runOnce();
    const job = await jobOf('pw:park', p.id);
    expect(job.failed_at).not.toBeNull();
    expect(job.last_error).toBe('gateway refused');
  });
});
