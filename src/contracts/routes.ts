import { visitEndpoints } from './visits.js';

/**
 * The route table: every endpoint of the API, one group per feature. The server registers its routes from it
 * (src/server/lib/route.ts) and the web calls them through the client made from it (src/web/api/client.ts), so
 * neither side writes an address or a shape of its own.
 */
export const routeTable = {
  visits: visitEndpoints,
};

export type RouteTable = typeof routeTable;
