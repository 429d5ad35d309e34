import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Db } from '../db/connection.js';
import type { Config } from './config.js';
import { accountRoutes } from './features/accounts/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { countyRoutes } from './features/counties/routes.js';
import { caseRoutes } from './features/cases/routes.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { evvRoutes } from './features/evv/routes.js';
import { profileRoutes } from './features/profile/routes.js';
import { recipientReviewRoutes } from './features/recipient-review/routes.js';
import { sickLeaveRoutes } from './features/sick-leave/routes.js';
import { timesheetRoutes } from './features/timesheets/routes.js';
import { visitRoutes } from './features/visits/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { outboxRoutes } from './features/mail/routes.js';
import { createMailer, type Mailer } from './features/mail/service.js';
import { authPlugin, type Access } from './plugins/auth.js';
import { csrfPlugin } from './plugins/csrf.js';
import { errorsPlugin } from './plugins/errors.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { requestContextPlugin } from './plugins/request-context.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { webPlugin } from './plugins/web.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    mailer: Mailer;
    /** Every route with who may call it: the access matrix test walks this list. */
    routeTable: { method: string; url: string; access: Access | undefined }[];
  }
}

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  config: Config;
  db: Db;
  mailer?: Mailer;
  webRoot?: string;
  logger?: boolean;
}

/** Builds the whole HTTP application; main.ts gives it a port, tests call `inject` on it. */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false
        ? false
        : {
            level: opts.config.logLevel,
            // Headers carry the session cookie and request bodies carry passwords: never log either.
            redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
          },
    trustProxy: opts.config.trustProxy,
    bodyLimit: 256 * 1024,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.db);
  app.decorate('config', opts.config);
  app.decorate('mailer', opts.mailer ?? createMailer({ smtpUrl: opts.config.smtpUrl, from: opts.config.mailFrom, db: opts.db, log: app.log }));

  // Routes registered by other plugins (the API docs) are public; ours must each say who may call them.
  app.decorate('routeTable', []);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...(route.config ?? {}), access: 'public' };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeTable.push({ method, url: route.url, access: route.config?.access });
    }
  });

  await app.register(requestContextPlugin);
  await app.register(errorsPlugin);
  await app.register(cookie);
  await app.register(securityHeadersPlugin);
  await app.register(rateLimitPlugin);
  await app.register(csrfPlugin, { secret: opts.config.sessionSecret });
  await app.register(authPlugin);
  await app.register(healthRoutes);

  await app.register(swagger, {
    openapi: {
      info: { title: 'IHSS Provider Portal API', version: '1' },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'ihss_session' } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null },
    staticCSP: true,
    // The docs UI brings its own CSP (with hashes for its inline code); keep framing forbidden, and do not
    // force https, which would break the docs on http://localhost.
    transformStaticCSP: (header) =>
      header.replace("frame-ancestors 'self'", "frame-ancestors 'none'").replace(/upgrade-insecure-requests;?/, '').replace(' validator.swagger.io', ''),
  });

  await app.register(countyRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(auditRoutes);
  // The provider's workday (issue #4).
  await app.register(caseRoutes);
  await app.register(visitRoutes);
  await app.register(evvRoutes);
  await app.register(timesheetRoutes);
  await app.register(recipientReviewRoutes);
  await app.register(sickLeaveRoutes);
  await app.register(profileRoutes);
  await app.register(dashboardRoutes);
  if (opts.config.demo) await app.register(outboxRoutes);
  await app.register(webPlugin, { root: opts.webRoot ?? WEB_ROOT });
  return app;
}
