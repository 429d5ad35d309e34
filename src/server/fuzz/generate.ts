import fc from 'fast-check';
import { ROLES, type Role } from '../../contracts/auth.js';
import type { Access } from '../../contracts/endpoint.js';
import {
  DEEP,
  EXTRA_FIELDS,
  HOSTILE_HEADERS,
  HOSTILE_NUMBERS,
  HOSTILE_STRINGS,
  HUGE_STRINGS,
  IMPOSSIBLE_DATES,
  IMPOSSIBLE_INSTANTS,
  IMPOSSIBLE_TIMES,
  INVALID_JSON_VALUES,
  JUNK_BODIES,
  JUNK_BODY_MAKERS,
  NUMBER_WORDS,
  PATH_JUNK,
  PROTOTYPE_POLLUTION,
  QUERY_JUNK,
  Raw,
  WRONG_TYPES,
  CONTROL_CHARACTERS,
} from './hostile.js';
import { caseSeed, Rng } from './rng.js';

/** The part of JSON Schema (as @fastify/swagger writes it from the zod contracts) the fuzzer reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean | number;
  exclusiveMaximum?: boolean | number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
}

export interface RouteParam {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface RouteSpec {
  /** "POST /api/evv/check-in": the OpenAPI path, with {param} placeholders. */
  key: string;
  method: string;
  path: string;
  access: Access;
  params: RouteParam[];
  /** The JSON body's schema; its top-level oneOf/anyOf branches are fuzzed one by one. */
  body: JsonSchema | undefined;
}

export const isWrite = (route: RouteSpec) => route.method !== 'GET';

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } }>>;
}

/** Every operation of the OpenAPI document, with who may call it (the app's route table). */
export function routesOf(document: unknown, routeTable: readonly { method: string; url: string; access: Access | undefined }[]): RouteSpec[] {
  const doc = document as OpenApiDocument;
  const routes: RouteSpec[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [verb, op] of Object.entries(operations)) {
      const method = verb.toUpperCase();
      const url = path.replace(/\{(\w+)\}/g, ':$1');
      const entry = routeTable.find((r) => r.method === method && r.url === url);
      if (!entry?.access) throw new Error(`${method} ${path} is in the API document but not in the route table with its access`);
      routes.push({
        key: `${method} ${path}`,
        method,
        path,
        access: entry.access,
        params: (op.parameters ?? [])
          .filter((p) => p.in === 'path' || p.in === 'query')
          .map((p) => ({ name: p.name, in: p.in as 'path' | 'query', required: p.in === 'path' || p.required === true, schema: p.schema })),
        body: op.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return routes;
}

/** The fixture's real records, so that a request whose only fault is the mutated field reaches the handler. */
export interface FuzzContext {
  today: string;
  now: Date;
  /** Ids of existing rows, by the path or query parameter that names them (timesheetId, threadId, ...). */
  ids: Partial<Record<string, readonly number[]>>;
  caseNumbers: readonly string[];
  providerIds: readonly string[];
  recipientLoginIds: readonly string[];
  /** Staff usernames that may be deactivated or locked without harm to the callers. */
  staffVictims: readonly string[];
  password: string;
}

export type Caller = Role | 'anonymous';

export interface FuzzRequest {
  route: string;
  index: number;
  caller: Caller;
  method: string;
  url: string;
  /** Headers to send on top of the caller's cookie, CSRF token and user agent; null removes one of those. */
  headers: Record<string, string | null>;
  body: string | Buffer | undefined;
  /** What was made hostile, in words, for the report. */
  mutations: string[];
}

type PathKey = string | number;
export type Target =
  | { kind: 'body'; branch: number; path: PathKey[]; schema: JsonSchema }
  | { kind: 'param'; param: RouteParam }
  | { kind: 'headers' }
  | { kind: 'body-junk' }
  | { kind: 'query-junk' };

const branchesOf = (s: JsonSchema): JsonSchema[] => s.oneOf ?? s.anyOf ?? [s];

/** Each field of a schema (nested objects and array items too), each a place to put a hostile value. */
function fieldsOf(schema: JsonSchema, path: PathKey[]): { path: PathKey[]; schema: JsonSchema }[] {
  const out: { path: PathKey[]; schema: JsonSchema }[] = [];
  for (const s of branchesOf(schema)) {
    for (const [key, child] of Object.entries(s.properties ?? {})) {
      out.push({ path: [...path, key], schema: child }, ...fieldsOf(child, [...path, key]));
    }
    if (s.items) out.push({ path: [...path, 0], schema: s.items }, ...fieldsOf(s.items, [...path, 0]));
  }
  return out;
}

/**
 * What case `i` of a route makes hostile first: the route's fields in turn, then its headers and the body and
 * query string as a whole. A run of at least `targetsOf(route).length` cases hits every field.
 */
export function targetsOf(route: RouteSpec): Target[] {
  const targets: Target[] = [];
  if (route.body) {
    branchesOf(route.body).forEach((branch, b) => {
      for (const f of fieldsOf(branch, [])) targets.push({ kind: 'body', branch: b, ...f });
    });
  }
  for (const param of route.params) targets.push({ kind: 'param', param });
  targets.push({ kind: 'headers' }, { kind: 'query-junk' });
  if (isWrite(route)) targets.push({ kind: 'body-junk' });
  return targets;
}

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
function plausible(schema: JsonSchema, name: string, rng: Rng, ctx: FuzzContext, routePath: string, force: PathKey[] | undefined): unknown {
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

type Mutation = { delete: true; label: string } | { value: unknown; label: string };

function describe(value: unknown): string {
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
function hostileValue(schema: JsonSchema, base: unknown, rng: Rng): Mutation {
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

function typed(schema: JsonSchema, base: unknown, rng: Rng): unknown {
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

function setAt(root: unknown, path: PathKey[], mutation: Mutation): unknown {
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

/** Percent-encodes a string's UTF-8 bytes (lone surrogates become U+FFFD, as a browser would send them). */
export function percentEncode(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function paramText(value: unknown): string {
  return value instanceof Raw ? value.text : typeof value === 'string' ? value : JSON.stringify(value) ?? '';
}

/** A hostile value for a path or query parameter: as the URL carries it (percent-encoded unless marked raw). */
function hostileParam(param: RouteParam, base: string, rng: Rng): { delete: true; label: string } | { encoded: string; label: string } | { repeated: string[]; label: string } {
  const r = rng.next();
  if (r < 0.08 && param.in === 'query') return { delete: true, label: 'missing' };
  if (r < 0.25) {
    const raw = rng.pick(PATH_JUNK);
    return { encoded: raw, label: `raw ${raw.length > 40 ? `${raw.slice(0, 20)}... (${raw.length} chars)` : raw}` };
  }
  if (r < 0.32 && param.in === 'query') return { repeated: [percentEncode(base), percentEncode(rng.pick(HOSTILE_STRINGS))], label: 'given twice' };
  let value = typed(param.schema, base, rng);
  if (value instanceof Raw || typeof value === 'object') value = paramText(value);
  const text = String(value);
  // A URL longer than Node's 16 KB header limit never reaches a real server.
  const capped = text.length > 4000 ? text.slice(0, 4000) : text;
  return { encoded: percentEncode(capped), label: describe(capped) };
}

function pickCaller(access: Access, rng: Rng): Caller {
  if (access === 'public') return rng.chance(0.8) ? 'anonymous' : rng.pick(ROLES);
  if (access === 'optional') return rng.chance(0.5) ? 'anonymous' : rng.pick(ROLES);
  if (access === 'authenticated') return rng.pick(ROLES);
  return rng.pick(access);
}

function hostileHeaders(rng: Rng, route: RouteSpec): { headers: Record<string, string | null>; labels: string[] } {
  const headers: Record<string, string | null> = {};
  const labels: string[] = [];
  const names = Object.keys(HOSTILE_HEADERS).filter((n) => isWrite(route) || n !== 'content-type');
  for (let n = rng.between(1, 3); n > 0; n--) {
    const name = rng.pick(names);
    const value = rng.pick(HOSTILE_HEADERS[name]!);
    headers[name] = value;
    labels.push(`header ${name}: ${value === null ? '(none)' : describe(value)}`);
  }
  return { headers, labels };
}

/** Case `index` of a route under the run's seed: the same inputs give the same request, byte for byte. */
export function generate(route: RouteSpec, ctx: FuzzContext, runSeed: number, index: number): FuzzRequest {
  const rng = new Rng(caseSeed(runSeed, route.key, index));
  const targets = targetsOf(route);
  const primary = targets[index % targets.length]!;
  const chosen = [primary];
  if (rng.chance(0.25)) chosen.push(rng.pick(targets));
  const caller = pickCaller(route.access, rng);
  const mutations: string[] = [];

  const branches = route.body ? branchesOf(route.body) : [];
  const bodyTarget = chosen.find((t): t is Extract<Target, { kind: 'body' }> => t.kind === 'body');
  const branch = bodyTarget ? bodyTarget.branch : rng.int(Math.max(1, branches.length));
  let body: unknown = branches[branch] ? plausible(branches[branch], 'body', rng, ctx, route.path, bodyTarget?.path ?? []) : undefined;

  const params = new Map<string, string[]>();
  for (const p of route.params) {
    if (!p.required && rng.chance(0.5)) continue;
    params.set(p.name, [percentEncode(String(plausible(p.schema, p.name, rng, ctx, route.path, undefined)))]);
  }
  let queryJunk = '';
  let headers: Record<string, string | null> = {};
  let junkBody: string | Buffer | undefined;

  for (const target of chosen) {
    switch (target.kind) {
      case 'body': {
        const base = target.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PathKey, unknown>)[k] : undefined), body);
        const m = hostileValue(target.schema, base, rng);
        body = setAt(body, target.path, m);
        mutations.push(`body.${target.path.join('.')}: ${m.label}`);
        break;
      }
      case 'param': {
        const base = params.get(target.param.name)?.[0] ?? String(plausible(target.param.schema, target.param.name, rng, ctx, route.path, undefined));
        const m = hostileParam(target.param, decodeURIComponentSafe(base), rng);
        if ('delete' in m) params.delete(target.param.name);
        else params.set(target.param.name, 'repeated' in m ? m.repeated : [m.encoded]);
        mutations.push(`${target.param.in} ${target.param.name}: ${m.label}`);
        break;
      }
      case 'headers': {
        const h = hostileHeaders(rng, route);
        headers = { ...headers, ...h.headers };
        mutations.push(...h.labels);
        break;
      }
      case 'query-junk': {
        queryJunk = rng.pick(QUERY_JUNK);
        mutations.push(`query junk ${describe(queryJunk)}`);
        break;
      }
      case 'body-junk': {
        if (branches[branch] && rng.chance(0.35)) {
          // The whole body made hostile by its own shape: every field null, every text spliced, wrapped in an array...
          body = typed(branches[branch], body, rng);
          mutations.push(`body as a whole: ${describe(body)}`);
          break;
        }
        junkBody = rng.chance(0.75) ? rng.pick(JUNK_BODIES) : rng.pick(JUNK_BODY_MAKERS)();
        mutations.push(`body ${typeof junkBody === 'string' ? describe(junkBody) : `bytes ${junkBody.toString('hex').slice(0, 40)}`}`);
        break;
      }
    }
  }
  if (body && typeof body === 'object' && !Array.isArray(body) && !(body instanceof Raw) && rng.chance(0.1)) {
    body = { ...body, ...EXTRA_FIELDS };
    mutations.push('extra fields');
  }

  let path = route.path;
  const query: string[] = [];
  for (const p of route.params) {
    const values = params.get(p.name);
    if (p.in === 'path') path = path.replace(`{${p.name}}`, values?.[0] ?? '');
    else for (const v of values ?? []) query.push(`${p.name}=${v}`);
  }
  if (queryJunk) query.push(queryJunk);
  const url = query.length > 0 ? `${path}?${query.join('&')}` : path;

  const payload = junkBody ?? (body === undefined ? undefined : toJsonText(body));
  if (payload !== undefined && !('content-type' in headers)) headers['content-type'] = 'application/json';
  return { route: route.key, index, caller, method: route.method, url, headers, body: payload, mutations };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The request in words: enough to replay it by hand. */
export function describeRequest(req: FuzzRequest): string {
  const body =
    req.body === undefined
      ? '(no body)'
      : typeof req.body === 'string'
        ? req.body.length > 600
          ? `${JSON.stringify(req.body.slice(0, 600))}... (${req.body.length} chars)`
          : JSON.stringify(req.body)
        : `bytes ${req.body.toString('hex').slice(0, 200)}`;
  const url = req.url.length > 300 ? `${req.url.slice(0, 300)}... (${req.url.length} chars)` : req.url;
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${v === null ? '(removed)' : v.length > 80 ? `${v.slice(0, 60)}... (${v.length} chars)` : JSON.stringify(v)}`)
    .join('; ');
  return [`${req.method} ${url} as ${req.caller}`, `  made hostile: ${req.mutations.join('; ') || '(none)'}`, `  headers: ${headers || '(caller\'s own)'}`, `  body: ${body}`].join('\n');
}
