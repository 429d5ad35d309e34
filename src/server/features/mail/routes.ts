import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { mailEndpoints } from '../../../contracts/mail.js';
import { isLocalCaller } from '../../lib/local-caller.js';
import { routes } from '../../lib/route.js';
import { listOutbox } from './service.js';

/**
 * Registered in demo mode only: the outbox holds codes, so it must never exist in production. Even in a demo it
 * answers only a caller on this machine (lib/local-caller.ts); anyone else gets the answer of a route that does
 * not exist, since a reset code read from here signs into a demo account.
 */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'demo', mailEndpoints, {
    outbox: async (request, reply) => {
      if (!isLocalCaller(request)) {
        reply.callNotFound();
        return reply;
      }
      const rows = await listOutbox(app.db);
      return {
        messages: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at.toISOString(),
          to: r.to_address,
          subject: r.subject,
          body: r.body_text,
          channel: r.channel,
        })),
      };
    },
  });
};
