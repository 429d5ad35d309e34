import { z } from 'zod';
import { endpoint } from './endpoint.js';

export const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export const auditTrail = z.object({
  events: z.array(
    z.object({
      id: z.number().int(),
      at: z.string(),
      action: z.string(),
      outcome: z.enum(['success', 'failure', 'denied']),
      actorUserId: z.number().int().nullable(),
      subjectUserId: z.number().int().nullable(),
      countyCode: z.number().int().nullable(),
      ip: z.string().nullable(),
      userAgent: z.string().nullable(),
      details: z.record(z.string(), z.unknown()),
    }),
  ),
});

export const auditEndpoints = {
  trail: endpoint({ method: 'GET', path: '/api/audit', access: 'authenticated', summary: 'The audit rows the caller may read: own rows, own county, or all for a state admin', query: auditQuery, answer: auditTrail }),
};
