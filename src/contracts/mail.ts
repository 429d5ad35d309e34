import { endpoint } from './endpoint.js';
import { outboxList } from './staff.js';

/**
 * The demo outbox: the server registers it in demo mode only and answers only a caller on its own machine
 * (src/server/features/mail/routes.ts), so it is in the table for the demo's outbox page and nothing else.
 */
export const mailEndpoints = {
  outbox: endpoint({ method: 'GET', path: '/api/dev/outbox', access: 'public', summary: 'Demo mail outbox', answer: outboxList }),
};
