import { ROLES, type Role } from '../../contracts/auth.js';
import type { Access } from '../../contracts/endpoint.js';
import {
  EXTRA_FIELDS,
  HOSTILE_HEADERS,
  HOSTILE_STRINGS,
  JUNK_BODIES,
  JUNK_BODY_MAKERS,
  PATH_JUNK,
  QUERY_JUNK,
  Raw,
} from './hostile.js';
import { caseSeed, Rng } from './rng.js';
import { isWrite, type JsonSchema, type PathKey, type RouteParam, type RouteSpec, type FuzzContext } from './route-spec.js';
import { plausible, hostileValue, typed, describe, setAt, toJsonText } from './values.js';

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
