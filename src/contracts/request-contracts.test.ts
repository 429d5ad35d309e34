import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as audit from './audit.js';
import * as auth from './auth.js';
import * as casesConsole from './cases-console.js';
import * as cases from './cases.js';
import * as claims from './claims.js';
import { INT4_MAX, isTextSchema } from './common.js';
import * as counties from './counties.js';
import * as countyAdmins from './county-admins.js';
import * as countySettings from './county-settings.js';
import * as enrolment from './enrolment.js';
import * as evv from './evv.js';
import * as messaging from './messaging.js';
import * as notifications from './notifications.js';
import * as payments from './payments.js';
import * as profile from './profile.js';
import * as sessions from './sessions.js';
import * as sickLeave from './sick-leave.js';
import * as staff from './staff.js';
import * as timesheets from './timesheets.js';
import * as violations from './violations.js';
import * as visits from './visits.js';

const MODULES = { audit, auth, casesConsole, cases, claims, counties, countyAdmins, countySettings, enrolment, evv, messaging, notifications, payments, profile, sessions, sickLeave, staff, timesheets, violations, visits };

/** What a request gives the server: bodies, query strings and path parameters are named so (the routes use only these). */
const REQUEST = /(Request|Query|Params|Input)$/;

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; value?: number } } }[];
  format?: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;
const checks = (schema: z.ZodType) => (defOf(schema).checks ?? []).map((c) => c._zod.def);
const bound = (schema: z.ZodType, check: 'greater_than' | 'less_than') => checks(schema).find((c) => c.check === check)?.value;
const meta = (schema: z.ZodType) => (schema.meta() ?? {}) as { minimum?: number; maximum?: number };

/** Every string and number a request schema takes, with its path, and what is wrong with it if anything. */
function* leaves(schema: z.ZodType, path: string): Generator<{ path: string; problem?: string }> {
  const def = defOf(schema);
  switch (def.type) {
    case 'string': {
      const shaped = def.format !== undefined || checks(schema).some((c) => c.check === 'string_format');
      yield { path, ...(shaped || isTextSchema(schema) ? {} : { problem: 'a bare string: use text() or a shaped type' }) };
      return;
    }
    case 'number': {
      const [minimum, maximum] = [bound(schema, 'greater_than'), bound(schema, 'less_than')];
      const bounded = minimum !== undefined && maximum !== undefined && minimum >= -INT4_MAX - 1 && maximum <= INT4_MAX;
      yield { path, ...(bounded ? {} : { problem: `a number bounded by ${minimum} and ${maximum}: give it its column's bounds` }) };
      return;
    }
    case 'custom': {
      const { minimum, maximum } = meta(schema);
      yield { path, ...(minimum !== undefined && maximum !== undefined ? {} : { problem: 'a custom value without its bounds' }) };
      return;
    }
    case 'object':
      for (const [key, value] of Object.entries(def.shape ?? {})) yield* leaves(value, `${path}.${key}`);
      return;
    case 'array':
      yield* leaves(def.element!, `${path}[]`);
      return;
    case 'record':
      yield* leaves(def.valueType!, `${path}{}`);
      return;
    case 'union':
      for (const option of def.options ?? []) yield* leaves(option, path);
      return;
    case 'intersection':
      yield* leaves(def.left!, path);
      yield* leaves(def.right!, path);
      return;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      yield* leaves(def.innerType!, path);
      return;
    case 'pipe':
      // What is stored is what the pipe's last schema took; a transform there is judged by its input.
      yield* leaves(defOf(def.out!).type === 'transform' ? def.in! : def.out!, path);
      return;
    case 'enum':
    case 'literal':
    case 'boolean':
      return;
    default:
      yield { path, problem: `a ${def.type} the test does not know` };
  }
}

const requestSchemas = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([name, value]) => REQUEST.test(name) && typeof value === 'object' && value !== null && '_zod' in value)
    .map(([name, value]) => ({ name: `${module}.${name}`, schema: value as z.ZodType })),
);

describe('request contracts', () => {
  it('are walked to every leaf: a bare string or an unbounded number is found wherever it hides', () => {
    const sloppy = z.object({ a: z.string().trim().max(5), b: z.array(z.number().int()).optional(), c: z.union([z.object({ d: z.coerce.number().min(0) }), z.literal(1)]) });
    expect([...leaves(sloppy, '')].filter((l) => l.problem).map((l) => l.path)).toEqual(['.a', '.b[]', '.c.d']);
  });

  it('are all found', () => {
    expect(requestSchemas.length).toBeGreaterThan(60);
  });

  it.each(requestSchemas)('$name: every string is text() or shaped, every number has its column’s bounds', ({ schema }) => {
    const found = [...leaves(schema, '')];
    expect(found.filter((l) => l.problem)).toEqual([]);
  });
});
