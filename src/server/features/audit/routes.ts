import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEndpoints } from '../../../contracts/audit.js';
import { routes } from '../../lib/route.js';
import { requireAuth } from '../../plugins/auth.js';
import { readAuditTrail } from './service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  routes(app, 'audit', auditEndpoints, {
    trail: async (request) => {
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
  });
};
