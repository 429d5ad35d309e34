import { sql } from 'kysely';
import pg from 'pg';
import type { Db } from '../db/connection.js';

type Handler = (payload: string) => void;

/**
 * One LISTEN connection per process, shared by everything that waits on the database: idle job workers and
 * the Server-Sent Events hub. PostgreSQL delivers a NOTIFY to every listening connection once the sending
 * transaction commits, which is how one server process hears what another did. The connection is its own
 * client (not one of the pool's), and it reconnects after a drop; `onReconnect` handlers then resynchronise,
 * since notifications sent while disconnected are lost.
 */
export class PgPubSub {
  private client: pg.Client | null = null;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly reconnectHandlers = new Set<() => void>();
  private stopped = false;
  private connecting: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly clientConfig: pg.ClientConfig,
    private readonly log: { error(obj: unknown, msg?: string): void } = console,
  ) {}

  static fromPool(pool: pg.Pool, log?: { error(obj: unknown, msg?: string): void }) {
    const { connectionString, host, port, user, password, database, ssl } = pool.options;
    return new PgPubSub({ connectionString, host, port, user, password, database, ssl, application_name: 'ihss-portal-listen' }, log);
  }

  async start(): Promise<void> {
    this.connecting ??= this.connect();
    await this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.clientConfig);
    client.on('notification', (n) => {
      for (const h of this.handlers.get(n.channel) ?? []) {
        try {
          h(n.payload ?? '');
        } catch (err) {
          this.log.error({ err }, 'pubsub handler failed');
        }
      }
    });
    client.on('error', (err) => {
      this.log.error({ err }, 'LISTEN connection lost');
      this.scheduleReconnect();
    });
    client.on('end', () => this.scheduleReconnect());
    await client.connect();
    for (const channel of this.handlers.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.client = client;
  }

  private scheduleReconnect() {
    if (this.stopped || this.retryTimer) return;
    this.client = null;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connecting = this.connect().then(
        () => this.reconnectHandlers.forEach((h) => h()),
        (err: unknown) => {
          this.log.error({ err }, 'LISTEN reconnect failed');
          this.scheduleReconnect();
        },
      );
    }, 1000);
    this.retryTimer.unref?.();
  }

  /** Calls `handler` with each payload NOTIFYed on `channel`; returns the unsubscribe function. */
  async subscribe(channel: string, handler: Handler): Promise<() => void> {
    let set = this.handlers.get(channel);
    if (!set) {
      set = new Set();
      this.handlers.set(channel, set);
      if (this.client) await this.client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(handler);
    return () => set.delete(handler);
  }

  onReconnect(handler: () => void): () => void {
    this.reconnectHandlers.add(handler);
    return () => this.reconnectHandlers.delete(handler);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
  }
}

/** Publishes inside the caller's transaction: listeners hear it at commit, never for a rolled-back change. */
export async function publish(trx: Db, channel: string, payload: unknown): Promise<void> {
  await sql`SELECT pg_notify(${channel}, ${JSON.stringify(payload)})`.execute(trx);
}

/** The channel of live updates for signed-in people (Server-Sent Events in every server process). */
export const LIVE_CHANNEL = 'ihss_live';

/**
 * What changed, and for whom: a list of people, or every provider of a county (a broadcast). The SSE hub
 * recomputes the header counts of the matching clients; `signedOut` closes their streams.
 */
export type LiveSignal =
  | { kind: 'notification'; event: string; users?: number[]; county?: number }
  | { kind: 'counts'; users: number[] }
  | { kind: 'signedOut'; users: number[] };

/** NOTIFY payloads must stay under 8000 bytes: long lists of people go out in several signals. */
const USERS_PER_SIGNAL = 400;

export async function publishLive(trx: Db, signal: LiveSignal): Promise<void> {
  if ('users' in signal && signal.users && signal.users.length > USERS_PER_SIGNAL) {
    for (let i = 0; i < signal.users.length; i += USERS_PER_SIGNAL) {
      await publish(trx, LIVE_CHANNEL, { ...signal, users: signal.users.slice(i, i + USERS_PER_SIGNAL) });
    }
    return;
  }
  await publish(trx, LIVE_CHANNEL, signal);
}
