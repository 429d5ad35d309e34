import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { outboxList } from '../../../contracts/staff.js';
import { listOutbox } from './service.js';

/** Registered in demo mode only: the outbox holds codes, so it must never exist in production. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dev/outbox',
    { config: { access: 'public' }, schema: { tags: ['demo'], summary: 'Demo mail outbox', response: { 200: outboxList } } },
    async () => {
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
  );
};
