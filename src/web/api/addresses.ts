import type { Endpoint } from '../../contracts/endpoint';
import { routeTable, type RouteTable } from '../../contracts/routes';

/** What the client needs of an entry before its schemas have loaded: where it is, who may call it, how it answers. */
export type Address = Pick<Endpoint, 'method' | 'path' | 'access' | 'delivery' | 'endsSession'>;
type AddressOf<E> = { readonly [K in keyof Address & keyof E]: E[K] };
export type Addresses = { readonly [G in keyof RouteTable]: { readonly [N in keyof RouteTable[G]]: AddressOf<RouteTable[G][N]> } };

/**
 * The route table without its schemas. The browser build ships only this data (the `precomputed` plugin in
 * scripts/vite/precomputed.ts evaluates this module at build time), so the entry chunk carries no endpoint's zod
 * schemas; each group's schemas arrive with its first call (groups.ts).
 */
export const addresses = Object.fromEntries(
  Object.entries(routeTable).map(([group, entries]) => [
    group,
    Object.fromEntries(
      Object.entries(entries as Record<string, Endpoint>).map(([name, { method, path, access, delivery, endsSession }]) => [
        name,
        { method, path, access, ...(delivery && { delivery }), ...(endsSession && { endsSession }) },
      ]),
    ),
  ]),
) as Addresses;
