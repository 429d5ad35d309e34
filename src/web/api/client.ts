import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { needsSession, type Endpoint } from '../../contracts/endpoint';
import type { RouteTable } from '../../contracts/routes';
import { addresses, type Address } from './addresses';
import { request } from './transport';

type Schema<E, K extends 'params' | 'query' | 'body'> = E extends { readonly [P in K]: infer S extends z.ZodType } ? z.input<S> : never;
type Slot<E, K extends 'params' | 'query' | 'body'> = [Schema<E, K>] extends [never]
  ? unknown
  : object extends Schema<E, K>
    ? { readonly [P in K]?: Schema<E, K> }
    : { readonly [P in K]: Schema<E, K> };

/** What a call sends: `params` fill the path, `query` the query string, `body` the JSON body; each only if the entry has it. */
export type CallInput<E extends Endpoint> = Slot<E, 'params'> & Slot<E, 'query'> & Slot<E, 'body'>;
export type Answer<E extends Endpoint> = z.output<E['answer']>;

export interface CallOptions {
  /** A refetch a server push caused, not the person: the idle clock is left alone (transport.ts). */
  readonly background?: boolean;
}

type Args<E extends Endpoint> = object extends CallInput<E> ? [input?: CallInput<E>, options?: CallOptions] : [input: CallInput<E>, options?: CallOptions];

export interface JsonCall<E extends Endpoint> {
  (...args: Args<E>): Promise<Answer<E>>;
  /** The query key of this call's answer; with less input, the key that matches every answer with that much in common. */
  key(input?: CallInput<E>): readonly unknown[];
  /** Options for useQuery/fetchQuery: this call's key and the call itself. */
  query(...args: Args<E>): ReturnType<typeof queryOptions<Answer<E>, Error, Answer<E>, readonly unknown[]>>;
}

/** A download or an event stream: the browser opens it, so the client only builds its address. */
export interface LinkCall<E extends Endpoint> {
  url(...args: Args<E>): string;
}

type Call<E extends Endpoint> = E extends { readonly delivery: 'file' | 'stream' } ? LinkCall<E> : JsonCall<E>;
export type Api = { readonly [G in keyof RouteTable]: { readonly [N in keyof RouteTable[G]]: RouteTable[G][N] extends infer E extends Endpoint ? Call<E> : never } };

interface LooseInput {
  readonly params?: Record<string, unknown>;
  readonly query?: Record<string, unknown>;
  readonly body?: unknown;
}

/** The entry's path with its `:name` parameters filled in, and the query string, without the undefined ones. */
export function addressOf(entry: Address, input: LooseInput = {}): string {
  const path = entry.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = input.params?.[name];
    if (value === undefined || value === null) throw new Error(`${entry.path} needs the parameter ${name}`);
    return encodeURIComponent(String(value));
  });
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(input.query ?? {})) {
    if (value !== undefined && value !== null) query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

function callOf(group: keyof RouteTable, name: string, entry: Address) {
  if (entry.delivery === 'file' || entry.delivery === 'stream') return { url: (input?: LooseInput) => addressOf(entry, input) };
  const call = (input: LooseInput = {}, options: CallOptions = {}) =>
    request(addressOf(entry, input), {
      method: entry.method,
      body: entry.method === 'POST' ? (input.body ?? {}) : undefined,
      background: options.background,
      readsSession: needsSession(entry),
      endsSession: entry.endsSession === true,
      answersSession: entry.answersSession === true,
    });
  // TanStack matches keys by prefix and objects by the fields given, so key() is also the prefix of every call's key.
  const key = (input: LooseInput = {}) => [group, name, { ...(input.params && { params: input.params }), ...(input.query && { query: input.query }) }];
  return Object.assign(call, {
    key,
    query: (input?: LooseInput, options?: CallOptions) => queryOptions({ queryKey: key(input), queryFn: () => call(input, options) }),
  });
}

/**
 * The web's one way to call the server, made from the route table: `api.visits.plans()` sends the entry's method to
 * its path, with typed params, query and body, and answers with the type of the entry's schema. It is made from the
 * addresses alone, without any schema (addresses.ts).
 */
export const api = Object.fromEntries(
  Object.entries(addresses).map(([group, entries]) => [
    group,
    Object.fromEntries(Object.entries(entries as Record<string, Address>).map(([name, entry]) => [name, callOf(group as keyof RouteTable, name, entry)])),
  ]),
) as unknown as Api;

/** The prefix of every query key of a feature's endpoints, to refresh all it shows after a change. */
export const groupKey = (group: keyof RouteTable) => [group] as const;
