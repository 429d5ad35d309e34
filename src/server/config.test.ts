import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs in demo mode with defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, databaseUrl: undefined });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('refuses to start in production without the session secret, the data key and SMTP', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET[\s\S]*DATA_ENCRYPTION_KEY[\s\S]*SMTP_URL/);
  });

  it('never loads demo accounts in production', () => {
    const env = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      SMTP_URL: 'smtp://mail.example.com:587',
    };
    expect(loadConfig(env).demo).toBe(false);
    expect(() => loadConfig({ ...env, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('runs on the California day PORTAL_TODAY names outside production, and refuses it in production', () => {
    expect(loadConfig({ PORTAL_TODAY: '2026-03-08T10:00' }).today).toBe('2026-03-08T10:00');
    expect(() => loadConfig({ PORTAL_TODAY: '2026-02-30' })).toThrow(/PORTAL_TODAY must be a California day/);
    const env = {
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
      SMTP_URL: 'smtp://mail.example.com:587',
    };
    expect(() => loadConfig({ ...env, PORTAL_TODAY: '2026-03-08' })).toThrow(/PORTAL_TODAY is not allowed/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/DATA_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('moves the embedded database with DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/ihss-elsewhere' }).dataDir).toBe('/tmp/ihss-elsewhere');
  });
});
