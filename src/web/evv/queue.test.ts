// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { backoffSeconds, isDefinitive, localStorageTapStore, memoryTapStore, TapQueue, type QueuedTap, type SendResult, type TapStore } from './queue';

const USER = 7;

function tap(key: string, kind: QueuedTap['kind'] = 'check-in') {
  return {
    key,
    userId: USER,
    kind,
    recipientName: 'Elena Ramirez',
    locating: false,
    body: { idempotencyKey: key, caseNumber: '9000001', tappedAt: '2026-03-02T09:02:00-08:00', locationType: 'community' as const },
  };
}

/** A server that answers from a script, and remembers what was stored when each request went out. */
function scriptedServer(store: TapStore, answers: SendResult[]) {
  const sent: { key: string; storedKeys: string[] }[] = [];
  const send = async (t: QueuedTap): Promise<SendResult> => {
    sent.push({ key: t.body.idempotencyKey, storedKeys: (await store.all()).map((s) => s.key) });
    return answers.shift() ?? { outcome: 'sent' };
  };
  return { sent, send };
}

for (const [name, makeStore] of [
  ['memory', () => memoryTapStore()],
  ['localStorage', () => localStorageTapStore()],
] as const) {
  describe(`the check-in outbox (${name})`, () => {
    beforeEach(() => localStorage.clear());

    it('stores a tap before sending it', async () => {
      const store = makeStore();
      const server = scriptedServer(store, []);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue(tap('key-aaaaaaaa'));
      expect((await store.all()).map((t) => t.key)).toEqual(['key-aaaaaaaa']);
      await queue.flush(USER);
      expect(server.sent).toEqual([{ key: 'key-aaaaaaaa', storedKeys: ['key-aaaaaaaa'] }]);
    });

    it('keeps a tap that got no answer, and sends it again with the same key', async () => {
      const store = makeStore();
      const server = scriptedServer(store, [{ outcome: 'retry' }, { outcome: 'retry' }]);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue(tap('key-bbbbbbbb'));
      expect(await queue.flush(USER)).toBe(false);
      expect(await queue.flush(USER)).toBe(false);
      expect((await queue.list(USER)).map((t) => [t.key, t.attempts])).toEqual([['key-bbbbbbbb', 2]]);
      expect(await queue.flush(USER)).toBe(true);
      expect(server.sent.map((s) => s.key)).toEqual(['key-bbbbbbbb', 'key-bbbbbbbb', 'key-bbbbbbbb']);
      expect(await store.all()).toEqual([]);
    });

    it('sends taps in the order they were made, and never a later one before an earlier one got through', async () => {
      const store = makeStore();
      const server = scriptedServer(store, [{ outcome: 'retry' }]);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue(tap('key-in-11111', 'check-in'));
      await queue.enqueue(tap('key-out-2222', 'check-out'));
      await queue.flush(USER);
      expect(server.sent.map((s) => s.key)).toEqual(['key-in-11111']);
      await queue.flush(USER);
      expect(server.sent.map((s) => s.key)).toEqual(['key-in-11111', 'key-in-11111', 'key-out-2222']);
    });

    it('removes a tap only once the server answered; a refused one stays, with its reason, until dismissed', async () => {
      const store = makeStore();
      const refusal = { status: 400, code: 'caseNotActive', params: {}, message: 'Case 8000001 is not active' };
      const server = scriptedServer(store, [{ outcome: 'refused', refusal }, { outcome: 'sent' }]);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue(tap('key-refused1'));
      await queue.enqueue(tap('key-accepted', 'check-out'));
      expect(await queue.flush(USER)).toBe(true);
      expect((await queue.list(USER)).map((t) => [t.key, t.refusal?.code])).toEqual([['key-refused1', 'caseNotActive']]);
      await queue.flush(USER);
      expect(server.sent).toHaveLength(2);
      await queue.dismiss('key-refused1');
      expect(await store.all()).toEqual([]);
    });

    it('waits for the location question, and sends without a location a tap whose tab was closed while asking', async () => {
      const store = makeStore();
      const server = scriptedServer(store, []);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue({ ...tap('key-locating'), locating: true, body: { ...tap('key-locating').body, locationType: 'home', locationStatus: 'unavailable' } });
      expect(await queue.flush(USER)).toBe(false);
      expect(server.sent).toEqual([]);
      await queue.settleAbandoned(USER, new Set());
      await queue.flush(USER);
      expect(server.sent.map((s) => s.key)).toEqual(['key-locating']);
    });

    it("sends only the signed-in person's taps", async () => {
      const store = makeStore();
      const server = scriptedServer(store, []);
      const queue = new TapQueue(store, server.send);
      await queue.enqueue({ ...tap('key-someone1'), userId: 99 });
      await queue.flush(USER);
      expect(server.sent).toEqual([]);
      expect(await queue.list(99)).toHaveLength(1);
    });
  });
}

describe('retrying', () => {
  it('treats no answer, server faults, an ended session and throttling as worth another try', () => {
    expect([0, 401, 403, 408, 429, 500, 503].map(isDefinitive)).toEqual([false, false, false, false, false, false, false]);
    expect([400, 404, 409, 422].map(isDefinitive)).toEqual([true, true, true, true]);
  });

  it('waits longer after each failure, up to a minute', () => {
    expect([0, 1, 2, 3, 6, 10].map(backoffSeconds)).toEqual([2, 2, 4, 8, 60, 60]);
  });
});
