import { sessionState } from '../../contracts/auth';
import type { Endpoint } from '../../contracts/endpoint';
import { routeTable, type RouteTable } from '../../contracts/routes';

/**
 * What the client needs of an entry: where it is, who may call it, how it answers. `answersSession`: its answer is
 * the session's state (contracts/auth.ts), which carries the CSRF token and the idle clock.
 */
export type Address = Pick<Endpoint, 'method' | 'path' | 'access' | 'delivery' | 'endsSession'> & { readonly answersSession?: true };
type AddressOf<E> = { readonly [K in keyof Address & keyof E]: E[K] } & Pick<Address, 'answersSession'>;
export type Addresses = { readonly [G in keyof RouteTable]: { readonly [N in keyof RouteTable[G]]: AddressOf<RouteTable[G][N]> } };

/**
 * The route table without its schemas. The browser build ships only this data (the `precomputed` plugin in
 * scripts/vite/precomputed.ts evaluates this module at build time): the web never downloads an answer's schema, as
 * the server already sends every answer through it (its serializer, src/server/app.ts).
 */
export const addresses = Object.fromEntries(
  Object.entries(routeTable).map(([group, entries]) => [
    group,
    Object.fromEntries(
      Object.entries(entries as Record<string, Endpoint>).map(([name, { method, path, access, delivery, endsSession, answer }]) => [
        name,
        { method, path, access, ...(delivery && { delivery }), ...(endsSession && { endsSession }), ...(answer === sessionState && { answersSession: true }) },
      ]),
    ),
  ]),
) as Addresses;
