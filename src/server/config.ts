import path from 'node:path';
import { z } from 'zod';
import { offsetToReach, TODAY_SPEC_HINT } from '../domain/clock.js';

/**
 * Everything the server reads from the environment, validated once at start-up. A bad value stops the
 * process with a message naming the variable, instead of failing later on a request.
 */
const DEMO_SESSION_SECRET = 'demo-only-session-secret-never-use-in-production-000';
const DEMO_DATA_KEY = 'ZGVtby1vbmx5LWRhdGEta2V5LWZvci1sb2NhbC11c2U='; // 32 bytes, base64: demo only

/** "https://portal.example.gov" or "http://localhost:3000": an origin, with no path, query or credentials. */
function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return ['https:', 'http:'].includes(url.protocol) && !url.username && !url.password && url.pathname === '/' && !url.search && !url.hash;
}

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  WORKERS: z.coerce.number().int().min(1).max(32).default(1),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  DATA_ENCRYPTION_KEY: z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, 'DATA_ENCRYPTION_KEY must be 32 bytes, base64-encoded')
    .optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default('IHSS Provider Portal <no-reply@ihss-portal.localhost>'),
  DEMO_DATA: bool.optional(),
  TRUST_PROXY: bool.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_URL: z
    .string()
    .refine(isOrigin, 'PUBLIC_URL must be the address people open, http(s)://host[:port], with no path, e.g. https://ihss.example.gov')
    .optional(),
  METRICS_TOKEN: z.string().min(32, 'METRICS_TOKEN must be at least 32 characters').optional(),
  PORTAL_TODAY: z
    .string()
    .refine((v) => {
      try {
        offsetToReach(v, 0);
        return true;
      } catch {
        return false;
      }
    }, `PORTAL_TODAY must be ${TODAY_SPEC_HINT}`)
    .optional(),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  /**
   * Server processes (main.ts): 1 serves in this process; N > 1 starts N processes on PORT, PORT+1, ... PORT+N-1,
   * each answering HTTP and running jobs, for a load balancer to spread requests over (docs/decisions/0014).
   */
  workers: number;
  /**
   * The interface to listen on. Outside production 127.0.0.1: a demo holds reset codes in its outbox and
   * well-known passwords, so it is not offered to the network unless HOST says so. In production 0.0.0.0:
   * the portal runs in a container or behind a load balancer, which is the thing exposed.
   */
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  sessionSecret: string;
  dataKey: Buffer;
  smtpUrl: string | undefined;
  mailFrom: string;
  demo: boolean;
  trustProxy: boolean;
  logLevel: string;
  /**
   * The portal's address as people reach it, an origin without a trailing slash: every link the portal hands
   * out (calendar feeds, and mail and texts should they ever carry one) and the Origin check of writes
   * (plugins/csrf.ts) use it, never the request's Host header, which whoever sends the request chooses.
   */
  publicUrl: string;
  /** A bearer token that opens /metrics to a scraper off this machine; loopback callers need none. */
  metricsToken: string | undefined;
  /** Outside production, the California day (and time) the portal's clock starts on, for demos and tests. */
  today: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production) {
    const missing = [
      !e.SESSION_SECRET && 'SESSION_SECRET (random, at least 32 characters)',
      !e.DATA_ENCRYPTION_KEY && 'DATA_ENCRYPTION_KEY (32 random bytes, base64: `openssl rand -base64 32`)',
      !e.SMTP_URL && 'SMTP_URL (codes and notices must reach real mailboxes)',
      !e.PUBLIC_URL && 'PUBLIC_URL (the https address people open: links are built from it, never from the request)',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new ConfigError(`NODE_ENV=production needs these settings, refusing to start:\n  ${missing.join('\n  ')}`);
    }
    if (e.DEMO_DATA) throw new ConfigError('DEMO_DATA=true is not allowed with NODE_ENV=production.');
    if (e.PORTAL_TODAY) throw new ConfigError('PORTAL_TODAY is not allowed with NODE_ENV=production: the portal runs on the real date.');
  }
  if (e.WORKERS > 1 && (e.PORT === 0 || e.PORT + e.WORKERS - 1 > 65535)) {
    throw new ConfigError(`WORKERS=${e.WORKERS} needs the ports PORT to PORT+${e.WORKERS - 1}: PORT must be 1 to ${65536 - e.WORKERS}, not ${e.PORT}.`);
  }
  const publicUrl = new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  if (production && publicUrl.protocol !== 'https:') throw new ConfigError('PUBLIC_URL must be an https:// address with NODE_ENV=production.');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    workers: e.WORKERS,
    host: e.HOST ?? (production ? '0.0.0.0' : '127.0.0.1'),
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    sessionSecret: e.SESSION_SECRET ?? DEMO_SESSION_SECRET,
    dataKey: Buffer.from(e.DATA_ENCRYPTION_KEY ?? DEMO_DATA_KEY, 'base64'),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demo: !production && (e.DEMO_DATA ?? true),
    trustProxy: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    publicUrl: publicUrl.origin,
    metricsToken: e.METRICS_TOKEN,
    today: e.PORTAL_TODAY,
  };
}
