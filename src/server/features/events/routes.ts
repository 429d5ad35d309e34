import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eventEndpoints } from '../../../contracts/events.js';
import { AppError } from '../../errors.js';
import { routes } from '../../lib/route.js';
import { SESSION_COOKIE, requireAuth } from '../../plugins/auth.js';
import { liveCounts } from '../messages/service.js';

/**
 * GET /api/events: the signed-in person's live updates as Server-Sent Events.
 *   event: counts        data: {"unreadMessages":n,"unacknowledgedMessages":n,"unreadNotifications":n}
 *   event: notification  data: {"event":"new_message"}
 *   event: signedOut     data: {"reason":"idle"}  (then the stream ends)
 * and a comment line as heartbeat. The browser's EventSource reconnects by itself (`retry: 5000`).
 * The reply is written on the raw socket: no global onSend hook (Cache-Control) and no compression touch it,
 * and it is never cached or buffered by proxies.
 */
export const eventRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'notifications', eventEndpoints, {
    stream: async (request, reply) => {
      if (!String(request.headers.accept ?? '').includes('text/event-stream')) throw new AppError(406, 'eventStreamOnly');
      const { user } = requireAuth(request);
      const token = request.cookies[SESSION_COOKIE]!;
      reply.hijack();
      const res = reply.raw;
      const headers: Record<string, string | number | string[]> = {};
      for (const [k, v] of Object.entries(reply.getHeaders())) if (v !== undefined) headers[k] = v;
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      res.write('retry: 5000\n\n');
      let open = true;
      let remove: (() => void) | null = null;
      const close = () => {
        if (!open) return;
        open = false;
        remove?.();
        res.end();
      };
      request.raw.on('close', close);
      res.on('error', close);
      remove = await app.live.add({
        userId: user.id,
        role: user.role,
        countyId: user.countyId,
        sessionToken: token,
        send(event, data) {
          if (!open) return;
          res.write(event === '' ? ': heartbeat\n\n' : `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
        },
        close,
      });
      if (!open) remove();
      // Hijacked: Fastify leaves a hijacked reply alone, whatever the handler returns.
      return reply;
    },
    // The same counts on request, for a page that has just loaded.
    counts: async (request) => liveCounts(app.db, requireAuth(request).user.id),
  });
};
