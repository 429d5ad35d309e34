import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditQuery, auditTrail } from '../../../contracts/audit.js';
import { requireAuth } from '../../plugins/auth.js';
import { readAuditTrail } from './service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/audit',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['audit'],
        summary: 'The audit rows the caller may read: own rows, own county, or all for a state admin',
        querystring: auditQuery,
        response: { 200: auditTrail },
      },
    },
    async (request) => {
      const rows = await readAuditTrail(app.db, requireAuth(request).user, request.query.limit);
      return {
        events: rows.map((r) => ({
          id: r.id,
          at: r.occurred_at.toISOString(),
          action: r.action,
          outcome: r.outcome,
          actorUserId: r.actor_user_id,
          subjectUserId: r.subject_user_id,
          countyCode: r.county_id,
          ip: r.ip,
          userAgent: r.user_agent,
          details: r.details,
        })),
      };
    },
  );
};
