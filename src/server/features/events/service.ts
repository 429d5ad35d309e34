import type { Role } from '../../../contracts/auth.js';
import type { Db } from '../../../db/connection.js';
import { LIVE_CHANNEL, type LiveSignal, type PgPubSub } from '../../../jobs/pubsub.js';
import { recordAudit } from '../audit/service.js';
import { liveCounts } from '../messages/service.js';
import { resolveSession } from '../sessions/service.js';

export interface LiveClient {
  userId: number;
  role: Role;
  countyId: number | null;
  /** The session cookie's token: the stream lives only as long as the session. */
  sessionToken: string;
  send(event: string, data: unknown): void;
  close(): void;
}

interface Log {
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

/**
 * This process's Server-Sent Events clients. Signals arrive from the database (LISTEN on LIVE_CHANNEL, sent
 * by any process with NOTIFY at commit); the hub pushes `notification` and fresh `counts` to the matching
 * clients. Every `heartbeatMs` it sends a comment (keeps proxies from closing the stream) and re-checks the
 * session without refreshing its idle clock, so a stream ends with the session: sign-out, timeout or
 * deactivation. A live stream never keeps a session alive by itself.
 */
export class LiveHub {
  private readonly byUser = new Map<number, Set<LiveClient>>();
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private unsubscribe: (() => void) | null = null;
  private unReconnect: (() => void) | null = null;

  constructor(
    private readonly db: Db,
    private readonly pubsub: PgPubSub | null,
    private readonly log: Log,
    private readonly heartbeatMs = 20_000,
  ) {}

  async start() {
    if (this.pubsub) {
      this.unsubscribe = await this.pubsub.subscribe(LIVE_CHANNEL, (payload) => this.onSignal(JSON.parse(payload) as LiveSignal));
      // Signals sent while the LISTEN connection was down are lost: resend everyone's counts.
      this.unReconnect = this.pubsub.onReconnect(() => this.all().forEach((c) => void this.pushCounts(c)));
    }
    this.heartbeat = setInterval(() => void this.beat(), this.heartbeatMs);
    this.heartbeat.unref?.();
  }

  /** Ends every stream (server shutting down); browsers reconnect to another process by themselves. */
  stop() {
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.unsubscribe?.();
    this.unReconnect?.();
    for (const c of this.all()) c.close();
    this.byUser.clear();
  }

  get size() {
    return this.all().length;
  }

  async add(client: LiveClient): Promise<() => void> {
    let set = this.byUser.get(client.userId);
    if (!set) this.byUser.set(client.userId, (set = new Set()));
    set.add(client);
    await this.pushCounts(client);
    return () => {
      set.delete(client);
      if (set.size === 0 && this.byUser.get(client.userId) === set) this.byUser.delete(client.userId);
    };
  }

  private all() {
    return [...this.byUser.values()].flatMap((s) => [...s]);
  }

  private targets(signal: LiveSignal): LiveClient[] {
    if ('users' in signal && signal.users) return signal.users.flatMap((u) => [...(this.byUser.get(u) ?? [])]);
    if (signal.kind === 'notification' && signal.county !== undefined) {
      return this.all().filter((c) => c.role === 'provider' && c.countyId === signal.county);
    }
    return [];
  }

  private onSignal(signal: LiveSignal) {
    for (const client of this.targets(signal)) {
      if (signal.kind === 'signedOut') void this.check(client);
      else {
        if (signal.kind === 'notification') client.send('notification', { event: signal.event });
        void this.pushCounts(client);
      }
    }
  }

  private async pushCounts(client: LiveClient) {
    try {
      client.send('counts', await liveCounts(this.db, client.userId));
    } catch (err) {
      this.log.warn({ err }, 'could not compute live counts');
    }
  }

  private async beat() {
    for (const client of this.all()) {
      client.send('', null);
      await this.check(client);
    }
  }

  /** Closes the stream when its session has ended, saying why first. */
  private async check(client: LiveClient) {
    try {
      const s = await resolveSession(this.db, client.sessionToken, false);
      if (s.state === 'active') return;
      if (s.state === 'ended' && s.reason !== 'gone') {
        await recordAudit(this.db, { action: 'session.expired', outcome: 'success', actorUserId: s.userId, subjectUserId: s.userId, details: { reason: s.reason } });
      }
      client.send('signedOut', { reason: s.state === 'ended' ? s.reason : 'gone' });
      client.close();
    } catch (err) {
      this.log.warn({ err }, 'could not check a live stream session');
    }
  }
}
