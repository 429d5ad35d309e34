import type { Access } from '../../contracts/endpoint.js';

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
  multipleOf?: number;
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

/** A field's place in a body: property names and array indexes. */
export type PathKey = string | number;
