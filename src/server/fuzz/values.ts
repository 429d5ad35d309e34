import fc from 'fast-check';
import {
  DEEP,
  EXTRA_FIELDS,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  HUGE_STRINGS,
  IMPOSSIBLE_DATES,
  IMPOSSIBLE_INSTANTS,
  IMPOSSIBLE_TIMES,
  INVALID_JSON_VALUES,
  NUMBER_WORDS,
  PROTOTYPE_POLLUTION,
  Raw,
  WRONG_TYPES,
  CONTROL_CHARACTERS,
} from './hostile.js';
import type { Rng } from './rng.js';
import type { FuzzContext, JsonSchema, PathKey } from './route-spec.js';

/**
 * The values a fuzzed request is made of: plausible ones, so a request reaches its handler, and hostile ones, derived
 * from a field's type, bounds and pattern.
 */
const typeOf = (s: JsonSchema): string | undefined => (Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type);
const DATE = /^\^\\d\{4\}-\\d\{2\}-\\d\{2\}\$$/;
const isDatePattern = (s: JsonSchema) => s.pattern !== undefined && DATE.test(s.pattern);
const isMonthPattern = (s: JsonSchema) => s.pattern !== undefined && s.pattern.startsWith('^\\d{4}-(0[1-9]');
const isTimePattern = (s: JsonSchema) => s.pattern !== undefined && s.pattern.startsWith('^([01]\\d');
const isInstant = (s: JsonSchema) => s.format === 'date-time';

const patternArbitraries = new Map<string, fc.Arbitrary<string>>();
function matching(pattern: string, rng: Rng): string {
  let arb = patternArbitraries.get(pattern);
  if (!arb) patternArbitraries.set(pattern, (arb = fc.stringMatching(new RegExp(pattern))));
  return fc.sample(arb, { seed: rng.int(2 ** 31), numRuns: 1 })[0]!;
}

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A plausible value for a field by its name: the fixture's real case numbers, IDs, today's dates. */
function hinted(name: string, schema: JsonSchema, rng: Rng, ctx: FuzzContext, routePath: string): unknown {
  if (isInstant(schema)) return new Date(ctx.now.getTime() - rng.int(600) * 60_000).toISOString();
  if (name === 'payPeriodStart') return `${ctx.today.slice(0, 8)}${Number(ctx.today.slice(8)) <= 15 ? '01' : '16'}`;
  if (name === 'dateOfBirth') return '1979-05-14';
  if (isDatePattern(schema)) return addDays(ctx.today, rng.between(-20, 20));
  if (isMonthPattern(schema)) return ctx.today.slice(0, 7);
  if (isTimePattern(schema)) return name.startsWith('end') ? '13:00' : '09:00';
  switch (name) {
    case 'caseNumber':
      return rng.pick(ctx.caseNumbers);
    case 'providerId':
    case 'provider':
      return rng.pick(ctx.providerIds);
    case 'loginId':
      if (routePath.startsWith('/api/state/county-admins')) return rng.pick(ctx.staffVictims);
      if (schema.pattern?.includes('\\d{7}')) return rng.pick(ctx.recipientLoginIds);
      if (schema.pattern?.startsWith('^[a-z]')) return rng.pick(ctx.staffVictims);
      return rng.pick([...ctx.providerIds.slice(1), ...ctx.recipientLoginIds, ...ctx.staffVictims]);
    case 'slug':
    case 'county':
      return rng.chance(0.8) ? 'los-angeles' : 'orange';
    case 'idempotencyKey':
      return `fuzz-${rng.hex(16)}`;
    case 'email':
    case 'newEmail':
      return `fuzz.${rng.hex(6)}@example.com`;
    case 'password':
    case 'currentPassword':
      return ctx.password;
    case 'lastName':
      return rng.chance(0.5) ? 'Delgado' : undefined;
    case 'ssnLast4':
      return '4321';
    case 'routingNumber':
      return '121000358';
    case 'accountNumber':
    case 'accountNumberConfirm':
      return '000123456789';
    case 'latitude':
      return 34.0537;
    case 'longitude':
      return -118.2428;
    case 'year':
      return Number(ctx.today.slice(0, 4));
  }
  const ids = ctx.ids[name];
  if (ids && ids.length > 0) return rng.pick(ids);
  return undefined;
}

/** A value the schema accepts, or near enough: the request around the one hostile field. */
export function plausible(schema: JsonSchema, name: string, rng: Rng, ctx: FuzzContext, routePath: string, force: PathKey[] | undefined): unknown {
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) return plausible(rng.pick(branches), name, rng, ctx, routePath, force);
  if (schema.allOf?.[0]) return plausible(schema.allOf[0], name, rng, ctx, routePath, force);
  if ('const' in schema) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  if (force === undefined && schema.nullable && rng.chance(0.1)) return null;
  const type = typeOf(schema);
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    const required = new Set(schema.required ?? []);
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const forced = force?.[0] === key;
      if (!forced && !required.has(key) && rng.chance(0.4)) continue;
      out[key] = plausible(child, key, rng, ctx, routePath, forced ? force!.slice(1) : undefined);
    }
    return out;
  }
  if (type === 'array') {
    const min = Math.max(schema.minItems ?? 0, force ? 1 : 0);
    const max = Math.max(min, Math.min(schema.maxItems ?? 3, 3));
    const length = rng.between(min, max);
    return Array.from({ length }, (_, i) => plausible(schema.items ?? {}, name, rng, ctx, routePath, i === 0 && force ? force.slice(1) : undefined));
  }
  if (rng.chance(0.9)) {
    const hint = hinted(name, schema, rng, ctx, routePath);
    if (hint !== undefined) return hint;
  }
  if (type === 'integer' || type === 'number') {
    const min = schema.minimum ?? 0;
    const max = Math.min(schema.maximum ?? min + 1000, min + 1000);
    const n = rng.between(Math.ceil(min) + (schema.exclusiveMinimum === true ? 1 : 0), Math.floor(max));
    // A multiple the schema asks for (whole dollars counted in cents) is the plausible value; the hostile ones test the rest.
    if (schema.multipleOf) return Math.ceil(n / schema.multipleOf) * schema.multipleOf;
    return type === 'number' && rng.chance(0.3) ? n + 0.25 : n;
  }
  if (type === 'boolean') return rng.chance(0.5);
  if (type === 'string') {
    if (schema.pattern) return matching(schema.pattern, rng);
    const min = schema.minLength ?? 1;
    const max = Math.max(min, Math.min(schema.maxLength ?? 40, 40));
    return 'Fuzz text '.repeat(8).slice(0, rng.between(min, max)).padEnd(min, 'x');
  }
  return 'x';
}

/** Inserts a control character or injection into a plausible string, so the rest of it still looks right. */
function spliced(base: unknown, rng: Rng): string {
  const s = typeof base === 'string' && base.length > 0 ? base : 'text';
  const at = rng.int(s.length + 1);
  return s.slice(0, at) + rng.pick([...CONTROL_CHARACTERS, '\u0000', '\u0000', "'", '<b>', '\ud800']) + s.slice(at);
}

export type Mutation = { delete: true; label: string } | { value: unknown; label: string };

export function describe(value: unknown): string {
  if (value instanceof Raw) return value.text.length > 60 ? `raw ${value.text.slice(0, 30)}... (${value.text.length} chars)` : `raw ${value.text}`;
  if (typeof value === 'string') return value.length > 60 ? `${JSON.stringify(value.slice(0, 30))}... (${value.length} chars)` : JSON.stringify(value);
  if (Array.isArray(value) && value.length > 10) return `array of ${value.length}`;
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 60)}... (${text.length} chars)` : text;
  } catch {
    return String(value);
  }
}

/** A hostile value for a field of this schema, derived from its type, bounds, pattern and plausible value. */
export function hostileValue(schema: JsonSchema, base: unknown, rng: Rng): Mutation {
  const r = rng.next();
  if (r < 0.07) return { delete: true, label: 'missing' };
  if (r < 0.17) {
    const value = rng.pick(WRONG_TYPES);
    return { value, label: `wrong type ${describe(value)}` };
  }
  if (r < 0.2) {
    const value = rng.pick(INVALID_JSON_VALUES);
    return { value, label: `not JSON ${describe(value)}` };
  }
  const value = typed(schema, base, rng);
  return { value, label: describe(value) };
}

export function typed(schema: JsonSchema, base: unknown, rng: Rng): unknown {
  const branches = schema.oneOf ?? schema.anyOf;
  const s = branches ? rng.pick(branches) : schema;
  const type = typeOf(s) ?? (s.enum ? 'string' : undefined);
  switch (type) {
    case 'string': {
      const r = rng.next();
      if (r < 0.3) return rng.pick(HOSTILE_STRINGS);
      if (r < 0.5) return spliced(base, rng);
      if (r < 0.55) return rng.pick(HUGE_STRINGS)();
      if (r < 0.7) {
        if (isDatePattern(s)) return rng.pick(IMPOSSIBLE_DATES);
        if (isInstant(s)) return rng.pick(IMPOSSIBLE_INSTANTS);
        if (isTimePattern(s)) return rng.pick(IMPOSSIBLE_TIMES);
        if (s.enum) return rng.pick([String(rng.pick(s.enum)).toUpperCase(), ` ${String(rng.pick(s.enum))}`, `${String(rng.pick(s.enum))}\u0000`, 'admin', '']);
      }
      if (r < 0.85) {
        const max = s.maxLength ?? 100;
        return rng.pick(['a'.repeat(max + 1), '\ud83d\ude42'.repeat(max), '\u00e9'.repeat(max), ' '.repeat(max + 1), `${'a'.repeat(max - 1)}\u0000`, 'a'.repeat(Math.max(0, (s.minLength ?? 1) - 1))]);
      }
      return rng.pick([...NUMBER_WORDS, String(base ?? '').repeat(50)]);
    }
    case 'integer':
    case 'number': {
      const r = rng.next();
      if (r < 0.6) return rng.pick(HOSTILE_NUMBERS);
      if (r < 0.9) {
        const min = s.minimum ?? 0;
        const max = s.maximum ?? 2 ** 31;
        return rng.pick([min - 1, max + 1, min - 0.5, max + 0.5, min, max, (min + max) / 2 + 0.5, -max]);
      }
      return rng.pick(NUMBER_WORDS);
    }
    case 'boolean':
      return rng.pick(['true', 'false', 1, 0, 'yes', null, [true]]);
    case 'array': {
      const first = Array.isArray(base) && base.length > 0 ? base[0] : 0;
      return rng.pick<() => unknown>([
        () => [],
        () => Array.from({ length: 10_000 }, () => first),
        () => Array.from({ length: (s.maxItems ?? 50) + 1 }, () => first),
        () => [typed(s.items ?? {}, first, rng)],
        () => [first, typed(s.items ?? {}, first, rng), first],
        () => DEEP.array(),
        () => ({ 0: first, length: 1 }),
        () => [null, null],
        () => Array.from({ length: 5 }, () => rng.pick(WRONG_TYPES)),
      ])();
    }
    case 'object': {
      const obj = base && typeof base === 'object' && !Array.isArray(base) ? (base as Record<string, unknown>) : {};
      return rng.pick<() => unknown>([
        () => [obj],
        () => [],
        () => DEEP.object(),
        () => ({ ...obj, ...EXTRA_FIELDS }),
        () => rng.pick(PROTOTYPE_POLLUTION),
        () => Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])),
        () => Object.fromEntries(Object.keys(obj).map((k) => [k, null])),
        () => Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, typeof v === 'string' ? spliced(v, rng) : v])),
      ])();
    }
    default:
      return rng.pick([...WRONG_TYPES, ...HOSTILE_STRINGS]);
  }
}

/** JSON text of a body that may hold Raw pieces (written as they are). */
export function toJsonText(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Raw ? `@@raw:${raws.push(v.text) - 1}@@` : v));
  return text.replace(/"@@raw:(\d+)@@"/g, (_m, i: string) => raws[Number(i)]!);
}

export function setAt(root: unknown, path: PathKey[], mutation: Mutation): unknown {
  if (path.length === 0) return 'delete' in mutation ? undefined : mutation.value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const index = head as number;
    const next = setAt(copy[index], rest, mutation);
    if (next === undefined && rest.length === 0) copy.splice(index, 1);
    else copy[index] = next;
    return copy;
  }
  const obj = root && typeof root === 'object' && !(root instanceof Raw) ? { ...(root as Record<string, unknown>) } : {};
  const next = setAt(obj[head as string], rest, mutation);
  if (next === undefined && rest.length === 0) delete obj[head as string];
  else obj[head as string] = next;
  return obj;
}
