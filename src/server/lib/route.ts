import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import type { z } from 'zod';
import { apiError } from '../../contracts/common.js';
import type { Endpoint } from '../../contracts/endpoint.js';
import type { RateLimit } from '../plugins/rate-limit.js';

type Parsed<E, K extends 'params' | 'query' | 'body'> = E extends { readonly [P in K]: infer S extends z.ZodType } ? z.output<S> : undefined;

/** The request of an endpoint's handler: params, query and body as its contract parsed them. */
export type EndpointRequest<E extends Endpoint> = FastifyRequest<{
  Params: Parsed<E, 'params'>;
  Querystring: Parsed<E, 'query'>;
  Body: Parsed<E, 'body'>;
}>;

/** A handler answers with what the contract's answer accepts (the serializer checks it), or sends the reply itself. */
export type EndpointHandler<E extends Endpoint> = (request: EndpointRequest<E>, reply: FastifyReply) => Promise<z.input<E['answer']> | FastifyReply>;

/** Every refusal is the plain error (errors.ts), unless the entry names another shape for its status. */
const REFUSALS = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError, 413: apiError, 415: apiError, 422: apiError, 429: apiError };

/** What a route may set beyond its entry: a rate limit, or a body limit other than the app's. */
export interface RouteOptions {
  readonly rateLimit?: RateLimit;
  /** Bytes; for the few bodies (a bank file) that the app-wide limit (app.ts) is too small for. */
  readonly bodyLimit?: number;
}

/**
 * Registers the route of one entry of the route table (src/contracts/routes.ts): its path, method, access rule and
 * schemas all come from the entry, so the server cannot answer at an address or in a shape the web does not expect.
 */
export function route<E extends Endpoint>(
  app: FastifyInstance,
  tag: string,
  entry: E,
  handler: EndpointHandler<E>,
  options: RouteOptions = {},
) {
  const { bodyLimit, ...config } = options;
  app.route({
    method: entry.method,
    url: entry.path,
    config: { access: entry.access, ...(entry.stages && { stages: entry.stages }), ...config },
    ...(bodyLimit !== undefined && { bodyLimit }),
    schema: {
      tags: [tag],
      summary: entry.summary,
      ...(entry.params && { params: entry.params }),
      ...(entry.query && { querystring: entry.query }),
      ...(entry.body && { body: entry.body }),
      response: { 200: entry.answer, ...REFUSALS, ...entry.otherAnswers },
    },
    handler: handler as RouteHandlerMethod,
  });
}

/** Registers a whole group with one handler per entry; a missing or extra handler is a type error. */
export function routes<G extends Readonly<Record<string, Endpoint>>>(
  app: FastifyInstance,
  tag: string,
  group: G,
  handlers: { [K in keyof G]: EndpointHandler<G[K]> | ({ handler: EndpointHandler<G[K]> } & RouteOptions) },
) {
  for (const name of Object.keys(group) as Array<keyof G & string>) {
    const entry = handlers[name];
    if (typeof entry === 'function') route(app, tag, group[name]!, entry);
    else {
      const { handler, ...options } = entry;
      route(app, tag, group[name]!, handler, options);
    }
  }
}

/** Part of a group, for a group whose entries two features answer (the sign-in's second step and the account's factors). */
export function pickEndpoints<G extends Readonly<Record<string, Endpoint>>, K extends keyof G>(group: G, names: readonly K[]): Pick<G, K> {
  return Object.fromEntries(names.map((n) => [n, group[n]])) as Pick<G, K>;
}
