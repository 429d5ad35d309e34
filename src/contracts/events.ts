/** The signed-in person's live updates: the event stream and, for a page that has just loaded, the same counts on request. */
import { z } from 'zod';
import { apiError } from './common.js';
import { endpoint } from './endpoint.js';
import { liveCounts } from './notifications.js';

export const eventEndpoints = {
  stream: endpoint({
    method: 'GET',
    path: '/api/events',
    access: 'authenticated',
    summary: 'Live updates (Server-Sent Events): counts, notifications, sign-out',
    answer: z.string().describe('text/event-stream: `counts`, `notification` and `signedOut` events, and a comment line as heartbeat'),
    otherAnswers: { 406: apiError },
    delivery: 'stream',
  }),
  counts: endpoint({ method: 'GET', path: '/api/notifications/counts', access: 'authenticated', summary: "The header's counts (also pushed live by GET /api/events)", answer: liveCounts }),
};
