import { describe, expect, it } from 'vitest';
import { generate, percentEncode, targetsOf } from './generate.js';
import type { FuzzContext, RouteSpec } from './route-spec.js';
import { toJsonText } from './values.js';
import { Raw } from './hostile.js';

const route: RouteSpec = {
  key: 'POST /api/things/{thingId}',
  method: 'POST',
  path: '/api/things/{thingId}',
  access: ['provider'],
  params: [
    { name: 'thingId', in: 'path', required: true, schema: { type: 'integer', minimum: 0, exclusiveMinimum: true } },
    { name: 'month', in: 'query', required: false, schema: { type: 'string', pattern: '^\\d{4}-(0[1-9]|1[0-2])$' } },
  ],
  body: {
    type: 'object',
    properties: {
      caseNumber: { type: 'string', pattern: '^\\d{7}$' },
      note: { type: 'string', maxLength: 200 },
      minutes: { type: 'integer', minimum: 0, maximum: 1500 },
      home: { type: 'object', properties: { latitude: { type: 'number', minimum: -90, maximum: 90 } }, required: ['latitude'] },
      days: { type: 'array', items: { type: 'object', properties: { date: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } } } },
    },
    required: ['caseNumber'],
  },
};
const ctx: FuzzContext = {
  today: '2026-03-08',
  now: new Date('2026-03-08T18:00:00Z'),
  ids: { thingId: [7] },
  caseNumbers: ['9000001'],
  providerIds: ['900000001'],
  recipientLoginIds: ['9000002'],
  staffVictims: ['fuzz.victim'],
  password: 'pw',
};

describe('hostile request generation', () => {
  it('gives the same request for the same seed, route and case, so a failure can be replayed alone', () => {
    for (let i = 0; i < 50; i++) expect(generate(route, ctx, 42, i)).toEqual(generate(route, ctx, 42, i));
    const cases = new Set(Array.from({ length: 50 }, (_, i) => JSON.stringify(generate(route, ctx, 42, i))));
    expect(cases.size).toBeGreaterThan(45);
    expect(generate(route, ctx, 43, 3)).not.toEqual(generate(route, ctx, 42, 3));
  });

  it('makes every field, nested ones and array items included, hostile within one round of cases', () => {
    const targets = targetsOf(route);
    const mutated = Array.from({ length: targets.length }, (_, i) => generate(route, ctx, 1, i).mutations.join(' | ')).join('\n');
    for (const field of ['body.caseNumber:', 'body.note:', 'body.minutes:', 'body.home:', 'body.home.latitude:', 'body.days:', 'body.days.0:', 'body.days.0.date:', 'path thingId:', 'query month:', 'header ', 'query junk']) {
      expect(mutated).toContain(field);
    }
  });

  it('keeps the rest of the request plausible (mostly the fixture\'s real records), so the hostile field is what the server judges', () => {
    const plain = Array.from({ length: 400 }, (_, i) => generate(route, ctx, 5, i)).filter((r) => !r.mutations.some((m) => m.startsWith('path') || m.startsWith('body')));
    expect(plain.length).toBeGreaterThan(50);
    const share = (ok: (r: (typeof plain)[number]) => boolean) => plain.filter(ok).length / plain.length;
    expect(share((r) => r.url.startsWith('/api/things/7'))).toBeGreaterThan(0.75);
    expect(share((r) => (JSON.parse(String(r.body)) as { caseNumber: string }).caseNumber === '9000001')).toBeGreaterThan(0.75);
  });

  it('writes JSON that JSON.stringify cannot: -0, numbers beyond doubles, nesting', () => {
    expect(toJsonText({ a: new Raw('-0'), b: [new Raw('1e400')], c: 'x' })).toBe('{"a":-0,"b":[1e400],"c":"x"}');
  });

  it('percent-encodes any string, lone surrogates too, as a browser would', () => {
    expect(percentEncode('a b/\u0000')).toBe('a%20b%2F%00');
    expect(percentEncode('\ud800')).toBe('%EF%BF%BD');
  });
});
