import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { AppError } from '../errors.js';

export interface RateLimit {
  /** Routes sharing a bucket name share the count (e.g. every step of a password reset). */
  bucket: string;
  max: number;
  windowSeconds: number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    rateLimit?: RateLimit;
  }
}

/**
 * Per-IP fixed-window limits counted in PostgreSQL, so every server process behind a load balancer sees
 * the same count. They sit in front of the password hash: a flood is refused before it costs CPU.
 */
export const rateLimitPlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', async (request, reply) => {
    const limit = request.routeOptions.config.rateLimit;
    if (!limit) return;
    const key = `${limit.bucket}:${request.ip}`;
    const { rows } = await sql<{ hits: number; retry_after: number }>`
      INSERT INTO rate_limit_hits (key, window_start, hits)
      VALUES (${key}, to_timestamp(floor(extract(epoch FROM portal_now()) / ${limit.windowSeconds}) * ${limit.windowSeconds}), 1)
      ON CONFLICT (key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1
      RETURNING hits,
        ceil(extract(epoch FROM (window_start + make_interval(secs => ${limit.windowSeconds}) - portal_now())))::int AS retry_after`.execute(
      app.db,
    );
    const row = rows[0]!;
    reply.header('RateLimit-Limit', limit.max);
    reply.header('RateLimit-Remaining', Math.max(0, limit.max - row.hits));
    if (row.hits > limit.max) {
      const seconds = Math.max(1, row.retry_after);
      throw new AppError(429, 'tooManyRequests', { seconds }, { retryAfterSeconds: seconds }, { 'Retry-After': String(seconds) });
    }
  });

  const sweep = setInterval(() => {
    app.db
      .deleteFrom('rate_limit_hits')
      .where('window_start', '<', sql<Date>`portal_now() - interval '1 day'`)
      .execute()
      .catch((err: unknown) => app.log.warn({ err }, 'rate-limit sweep failed'));
  }, 60 * 60_000);
  sweep.unref();
  app.addHook('onClose', async () => clearInterval(sweep));
});
