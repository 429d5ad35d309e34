import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type pg from 'pg';
import type { Db } from '../db/connection.js';
import { PgPubSub } from '../jobs/pubsub.js';
import type { Config } from './config.js';
import { systemClock, type Clock } from './lib/clock.js';
import { accountRoutes } from './features/accounts/routes.js';
import { auditRoutes } from './features/audit/routes.js';
import { authRoutes } from './features/auth/routes.js';
import { countyRoutes } from './features/counties/routes.js';
import { caseRoutes } from './features/cases/routes.js';
import { caseConsoleRoutes } from './features/cases/console-routes.js';
import { claimRoutes } from './features/claims/routes.js';
import { paymentRoutes } from './features/payments/routes.js';
import { violationRoutes } from './features/violations/routes.js';
import { dashboardRoutes } from './features/dashboard/routes.js';
import { directDepositRoutes } from './features/direct-deposit/routes.js';
import { evvRoutes } from './features/evv/routes.js';
import { profileRoutes } from './features/profile/routes.js';
import { recordsRoutes } from './features/records/routes.js';
import { recipientReviewRoutes } from './features/recipient-review/routes.js';
import { sickLeaveRoutes } from './features/sick-leave/routes.js';
import { timesheetRoutes } from './features/timesheets/routes.js';
import { visitRoutes } from './features/visits/routes.js';
import { healthRoutes } from './features/health/routes.js';
import { outboxRoutes } from './features/mail/routes.js';
import { createMailer, type Mailer } from './features/mail/service.js';
import type { Access } from '../contracts/endpoint.js';
import { authPlugin } from './plugins/auth.js';
import { csrfPlugin } from './plugins/csrf.js';
import { errorsPlugin, frameworkErrors } from './plugins/errors.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { requestContextPlugin } from './plugins/request-context.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { compressionPlugin } from './plugins/compression.js';
import { webPlugin } from './plugins/web.js';
import { redactUrl } from './lib/log-redaction.js';
import { countyAdminRoutes } from './features/county-admins/routes.js';
import { countySettingsRoutes } from './features/county-settings/routes.js';
import { enrolmentRoutes } from './features/enrolment/routes.js';
import { staffWorkRoutes } from './features/staff-work/routes.js';
import { eventRoutes } from './features/events/routes.js';
import { LiveHub } from './features/events/service.js';
import { messageRoutes } from './features/messages/routes.js';
import { notificationRoutes } from './features/notifications/routes.js';
import { sessionRoutes } from './features/sessions/routes.js';
import { secondFactorRoutes } from './features/second-factors/routes.js';
import { payrollTermsRoutes } from './features/payroll-terms/routes.js';
import { firstIssueDate } from './features/payments/service.js';
import { createDemoTextSender, type TextSender } from './features/notifications/service.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** The one clock: routes hand `app.clock.now()` to the services; jobs and the database use the same. */
    clock: Clock;
    mailer: Mailer;
    /** Texts (SMS): the demo sender keeps them in the outbox; null when no gateway is configured. */
    textSender: TextSender | null;
    /** This process's LISTEN connection (null when the app was built without a pool: no cross-process live updates). */
    pubsub: PgPubSub | null;
    /** The Server-Sent Events clients of this process. */
    live: LiveHub;
    /** Every route with who may call it: the access matrix test walks this list. */
    routeTable: { method: string; url: string; access: Access | undefined }[];
  }
}

const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

export interface AppOptions {
  config: Config;
  db: Db;
  /** Defaults to the machine's time; must be the clock whose offset `db`'s connections state (db/connection.ts). */
  clock?: Clock;
  mailer?: Mailer;
  /** The pool behind `db`: its settings open the process's one LISTEN connection (live updates, job wake-ups). */
  pool?: pg.Pool;
  textSender?: TextSender | null;
  /** Heartbeat of the live streams (tests shorten it). */
  liveHeartbeatMs?: number;
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
            serializers: {
              req: (req: FastifyRequest) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
            },
          },
    trustProxy: opts.config.trustProxy,
    bodyLimit: 256 * 1024,
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', opts.db);
  app.decorate('config', opts.config);
  const clock = opts.clock ?? systemClock;
  app.decorate('clock', clock);
  // The web app takes its "now" from this header (src/web/clock.ts), so a phone with a wrong clock, or a test run
  // on another day, still shows the server's today.
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('date', clock.now().toUTCString());
  });
  app.decorate('mailer', opts.mailer ?? createMailer({ smtpUrl: opts.config.smtpUrl, from: opts.config.mailFrom, db: opts.db, log: app.log }));
  // Only the mailer made here is the app's to close; one passed in belongs to its caller.
  if (!opts.mailer) app.addHook('onClose', async () => app.mailer.close?.());

  app.decorate('textSender', opts.textSender !== undefined ? opts.textSender : opts.config.demo ? createDemoTextSender(opts.db) : null);
  const pubsub = opts.pool ? PgPubSub.fromPool(opts.pool, app.log) : null;
  await pubsub?.start();
  app.decorate('pubsub', pubsub);
  const live = new LiveHub(opts.db, pubsub, app.log, opts.liveHeartbeatMs);
  await live.start();
  app.decorate('live', live);
  // Live streams are long requests: end them before the server waits for open connections to close.
  app.addHook('preClose', async () => live.stop());
  app.addHook('onClose', async () => pubsub?.stop());

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
  await app.register(compressionPlugin);
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
  await app.register(claimRoutes);
  await app.register(paymentRoutes);
  await app.register(directDepositRoutes);
  await app.register(violationRoutes);
  await app.register(sickLeaveRoutes);
  await app.register(profileRoutes);
  await app.register(recordsRoutes);
  await app.register(dashboardRoutes);
  await app.register(messageRoutes);
  await app.register(notificationRoutes);
  await app.register(sessionRoutes);
  await app.register(secondFactorRoutes);
  await app.register(eventRoutes);
  await app.register(enrolmentRoutes);
  await app.register(staffWorkRoutes);
  await app.register(countySettingsRoutes);
  await app.register(countyAdminRoutes);
  await app.register(caseConsoleRoutes);
  await app.register(payrollTermsRoutes, { firstPaidOn: firstIssueDate });
  if (opts.config.demo) await app.register(outboxRoutes);
  await app.register(webPlugin, { root: opts.webRoot ?? WEB_ROOT });
  return app;
}
