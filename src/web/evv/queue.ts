import type { CheckInRequest, CheckOutRequest } from '../../contracts/evv';
import { clock } from '../clock';

/**
 * The check-in/check-out outbox. A tap is written to storage on the phone before anything is sent, and stays
 * there until the server has answered for it, so no signal, a closed tab or a flat battery between the tap
 * and the answer never loses a day's pay. Every retry sends the same idempotency key, so the server records
 * the tap once however often it is sent.
 */

export type TapKind = 'check-in' | 'check-out';

/** What the server said when it refused a tap for good: a key of the shared message catalogue. */
export interface TapRefusal {
  status: number;
  code: string;
  params: Record<string, unknown>;
  message: string;
}

export interface QueuedTap {
  /** The idempotency key, made once at the tap. */
  key: string;
  /** Order of the taps on this device. */
  seq: number;
  /** Whose tap it is: only their session sends it. */
  userId: number;
  kind: TapKind;
  /** For the list of what is waiting: the recipient's name, with no other case data. */
  recipientName: string;
  /** True while the phone is still being asked for its location; the tap is sent once that is settled. */
  locating: boolean;
  body: CheckInRequest | CheckOutRequest;
  /** Set when the server refused the tap: it is no longer sent, and stays shown until the provider dismisses it. */
  refusal: TapRefusal | null;
  attempts: number;
}

/** Durable storage of the outbox (IndexedDB in browsers, localStorage as a fallback, memory in tests). */
export interface TapStore {
  all(): Promise<QueuedTap[]>;
  put(tap: QueuedTap): Promise<void>;
  remove(key: string): Promise<void>;
}

export function memoryTapStore(): TapStore {
  const items = new Map<string, QueuedTap>();
  return {
    all: () => Promise.resolve([...items.values()].map((tap) => structuredClone(tap))),
    put: (tap) => {
      items.set(tap.key, structuredClone(tap));
      return Promise.resolve();
    },
    remove: (key) => {
      items.delete(key);
      return Promise.resolve();
    },
  };
}

const STORAGE_KEY = 'ihss.evv.outbox';

export function localStorageTapStore(storage: Storage = localStorage): TapStore {
  const read = (): QueuedTap[] => {
    try {
      const parsed: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed) ? (parsed as QueuedTap[]) : [];
    } catch {
      return [];
    }
  };
  const write = (items: QueuedTap[]) => storage.setItem(STORAGE_KEY, JSON.stringify(items));
  return {
    all: () => Promise.resolve(read()),
    put: (tap) => {
      write([...read().filter((t) => t.key !== tap.key), tap]);
      return Promise.resolve();
    },
    remove: (key) => {
      write(read().filter((t) => t.key !== key));
      return Promise.resolve();
    },
  };
}

function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function indexedDbTapStore(factory: IDBFactory = indexedDB): TapStore {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () => {
    opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('ihss-evv', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('taps', { keyPath: 'key' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    return opened;
  };
  /** Resolves when the transaction is committed to disk, not merely when the request succeeded. */
  const write = async (work: (store: IDBObjectStore) => void) => {
    const tx = (await open()).transaction('taps', 'readwrite', { durability: 'strict' });
    work(tx.objectStore('taps'));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
    });
  };
  return {
    all: async () => idbRequest((await open()).transaction('taps').objectStore('taps').getAll() as IDBRequest<QueuedTap[]>),
    put: (tap) => write((store) => store.put(tap)),
    remove: (key) => write((store) => store.delete(key)),
  };
}

/** IndexedDB when the browser has it and lets the page use it (private modes may not), else localStorage. */
export async function browserTapStore(): Promise<TapStore> {
  if (typeof indexedDB !== 'undefined') {
    const store = indexedDbTapStore();
    try {
      await store.all();
      return store;
    } catch {
      // Fall through to localStorage.
    }
  }
  return localStorageTapStore();
}

/** What a send attempt came to, decided from the server's answer (or the lack of one). */
export type SendResult = { outcome: 'sent' } | { outcome: 'refused'; refusal: TapRefusal } | { outcome: 'retry' };

export type SendTap = (tap: QueuedTap) => Promise<SendResult>;

/**
 * Whether a failed answer is final. No answer, a server fault, a timeout, too many requests, or a session that
 * ended (the tap waits for the next sign-in) are worth retrying with the same key; any other 4xx will answer
 * the same every time, so the provider must act on it.
 */
export function isDefinitive(status: number): boolean {
  return status >= 400 && status < 500 && status !== 401 && status !== 403 && status !== 408 && status !== 429;
}

const byOrder = (a: QueuedTap, b: QueuedTap) => a.seq - b.seq;

export class TapQueue {
  private flushing: Promise<boolean> | null = null;
  private seq = 0;

  constructor(
    private readonly store: TapStore,
    private readonly send: SendTap,
    private readonly onChange: () => void = () => undefined,
  ) {}

  async list(userId?: number): Promise<QueuedTap[]> {
    const all = (await this.store.all()).sort(byOrder);
    return userId === undefined ? all : all.filter((tap) => tap.userId === userId);
  }

  /** Keeps the tap on the device. Resolves only once it is stored, so it is safe to send afterwards. */
  async enqueue(tap: Omit<QueuedTap, 'seq' | 'refusal' | 'attempts'>): Promise<QueuedTap> {
    const last = (await this.store.all()).reduce((max, t) => Math.max(max, t.seq), 0);
    // The phone's own timer orders the taps of every tab on this device; it never leaves the phone.
    this.seq = Math.max(this.seq + 1, last + 1, clock.deviceNow());
    const stored: QueuedTap = { ...tap, seq: this.seq, refusal: null, attempts: 0 };
    await this.store.put(stored);
    this.onChange();
    return stored;
  }

  /** The location question is settled: the tap may go. */
  async update(key: string, change: Partial<Pick<QueuedTap, 'locating' | 'body'>>): Promise<void> {
    const tap = (await this.store.all()).find((t) => t.key === key);
    if (!tap) return;
    await this.store.put({ ...tap, ...change });
    this.onChange();
  }

  /** A tap whose location question died with its tab goes without a location, as "unavailable". */
  async settleAbandoned(userId: number, stillLocating: ReadonlySet<string>): Promise<void> {
    for (const tap of await this.list(userId)) {
      if (tap.locating && !stillLocating.has(tap.key)) {
        const body = tap.body.locationStatus ? { ...tap.body, locationStatus: 'unavailable' as const, location: undefined } : tap.body;
        await this.update(tap.key, { locating: false, body });
      }
    }
  }

  async dismiss(key: string): Promise<void> {
    await this.store.remove(key);
    this.onChange();
  }

  /**
   * Sends the user's waiting taps, oldest first, one at a time. Stops at the first one that could not be
   * delivered (or whose location is still being asked), so a check-out never reaches the server before its
   * check-in. Resolves true when nothing is left waiting.
   */
  flush(userId: number): Promise<boolean> {
    // A tap made while a flush runs may be missed by it: run once more after it rather than alongside it.
    const next: Promise<boolean> = (this.flushing ?? Promise.resolve(true)).catch(() => false).then(() => this.flushOnce(userId));
    const settled = next.finally(() => {
      if (this.flushing === settled) this.flushing = null;
    });
    this.flushing = settled;
    return settled;
  }

  private async flushOnce(userId: number): Promise<boolean> {
    for (const tap of await this.list(userId)) {
      if (tap.refusal) continue;
      if (tap.locating) return false;
      const result = await this.send(tap);
      if (result.outcome === 'sent') {
        await this.store.remove(tap.key);
      } else if (result.outcome === 'refused') {
        await this.store.put({ ...tap, refusal: result.refusal, attempts: tap.attempts + 1 });
      } else {
        await this.store.put({ ...tap, attempts: tap.attempts + 1 });
        this.onChange();
        return false;
      }
      this.onChange();
    }
    return true;
  }
}

/** Seconds before the next attempt after `failures` failed flushes: 2, 4, 8... up to a minute. */
export function backoffSeconds(failures: number): number {
  return Math.min(60, 2 ** Math.max(1, failures));
}
