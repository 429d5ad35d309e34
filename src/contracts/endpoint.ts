import type { z } from 'zod';
import type { Role } from './auth.js';

/**
 * Who may call an endpoint: nobody is the default on the server (a route without `access` answers 403).
 * `optional` reads the session when there is one and lets anonymous callers through too.
 */
export type Access = 'public' | 'optional' | 'authenticated' | readonly Role[];

export type SessionStage = 'pending' | 'enrol';

/**
 * What an endpoint answers with besides JSON: `file` is a download (the web links to it), `stream` a server-sent
 * event stream (the web opens it with EventSource). Neither is fetched by the typed client; it builds their URL.
 */
export type Delivery = 'json' | 'file' | 'stream';

/**
 * One endpoint of the API, as both sides see it: the server registers its route from this (src/server/lib/route.ts)
 * and the web calls it through the typed client made from the same entry (src/web/api/client.ts), so a path, a body
 * or an answer cannot drift between them.
 */
export interface Endpoint {
  readonly method: 'GET' | 'POST';
  /** Fastify's path syntax: `:name` is a parameter, read from `params`. */
  readonly path: `/api/${string}`;
  readonly access: Access;
  /**
   * The unfinished sessions this endpoint also answers (issue #14): `pending` (the password is given, the second factor
   * is not: only the second-factor steps) and `enrol` (a second factor must be added before anything else). Any other
   * endpoint treats such a session as no session (`pending`) or refuses it (`enrol`).
   */
  readonly stages?: readonly SessionStage[];
  /** One line for the API docs: what it does, and what its refusals mean when that is not obvious. */
  readonly summary: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The 200 answer. */
  readonly answer: z.ZodType;
  /** Answers other than 200 whose body is not the plain error (e.g. 422 listing what blocks a submission). */
  readonly otherAnswers?: Readonly<Record<number, z.ZodType>>;
  readonly delivery?: Delivery;
  /**
   * Ends the session: the server renews its CSRF cookie and answers without a token, so the web forgets the one it
   * holds and reads a new one before its next write (src/web/api/transport.ts).
   */
  readonly endsSession?: true;
}

/**
 * Public and optional endpoints (the sign-in flows, public data, the session itself) do not need a session, so their
 * answers neither extend the idle clock nor, when 401, mean that the session ended.
 */
export const needsSession = (entry: Pick<Endpoint, 'access'>) => entry.access !== 'public' && entry.access !== 'optional';

/** Keeps an entry's exact types (which schemas it has) so both sides can derive theirs from it. */
export const endpoint = <const E extends Endpoint>(entry: E): E => entry;

/** A feature's endpoints: the route table (routes.ts) is one group per feature. */
export type EndpointGroup = Readonly<Record<string, Endpoint>>;
