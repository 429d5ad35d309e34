import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const PRODUCTION = {
  NODE_ENV: 'production',
  SESSION_SECRET: 'x'.repeat(40),
  DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  SMTP_URL: 'smtp://mail.example.com:587',
  PUBLIC_URL: 'https://ihss.example.gov',
};

describe('configuration', () => {
  it('runs in demo mode with defaults when nothing is set', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, demo: true, databaseUrl: undefined });
    expect(c.dataDir).toMatch(/\/data$/);
  });

  it('refuses to start in production without the session secret, the data key, SMTP and PUBLIC_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET[\s\S]*DATA_ENCRYPTION_KEY[\s\S]*SMTP_URL[\s\S]*PUBLIC_URL/);
    const { PUBLIC_URL: _, ...withoutUrl } = PRODUCTION;
    expect(() => loadConfig(withoutUrl)).toThrow(/PUBLIC_URL \(the https address/);
    expect(() => loadConfig({ ...PRODUCTION, PUBLIC_URL: 'http://ihss.example.gov' })).toThrow(/PUBLIC_URL must be an https/);
  });

  it('takes PUBLIC_URL as an origin, and builds it from PORT outside production', () => {
    expect(loadConfig(PRODUCTION).publicUrl).toBe('https://ihss.example.gov');
    expect(loadConfig({ ...PRODUCTION, PUBLIC_URL: 'https://IHSS.example.gov:443/' }).publicUrl).toBe('https://ihss.example.gov');
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    for (const bad of ['ihss.example.gov', 'https://ihss.example.gov/portal', 'https://ihss.example.gov/?a=1', 'https://user:pw@ihss.example.gov', 'ftp://ihss.example.gov']) {
      expect(() => loadConfig({ PUBLIC_URL: bad }), bad).toThrow(/PUBLIC_URL must be the address people open/);
    }
  });

  it('listens on 127.0.0.1 outside production and on every interface in production, unless HOST says otherwise', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig(PRODUCTION).host).toBe('0.0.0.0');
    expect(loadConfig({ ...PRODUCTION, HOST: '10.0.0.5' }).host).toBe('10.0.0.5');
  });

  it('runs one server process unless WORKERS asks for more, each on a port of its own from PORT up', () => {
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ WORKERS: '4', PORT: '8080' })).toMatchObject({ workers: 4, port: 8080, publicUrl: 'http://localhost:8080' });
    expect(() => loadConfig({ WORKERS: '3', PORT: '0' })).toThrow(/WORKERS=3 needs the ports PORT to PORT\+2: PORT must be 1 to 65533, not 0/);
    expect(() => loadConfig({ WORKERS: '3', PORT: '65534' })).toThrow(/PORT must be 1 to 65533, not 65534/);
    for (const bad of ['0', '33', '1.5', 'two']) expect(() => loadConfig({ WORKERS: bad }), bad).toThrow(/WORKERS/);
  });

  it('takes a metrics token only long enough not to be guessed', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 32/);
  });

  it('never loads demo accounts in production', () => {
    expect(loadConfig(PRODUCTION).demo).toBe(false);
    expect(() => loadConfig({ ...PRODUCTION, DEMO_DATA: 'true' })).toThrow(/DEMO_DATA/);
  });

  it('runs on the California day PORTAL_TODAY names outside production, and refuses it in production', () => {
    expect(loadConfig({ PORTAL_TODAY: '2026-03-08T10:00' }).today).toBe('2026-03-08T10:00');
    expect(() => loadConfig({ PORTAL_TODAY: '2026-02-30' })).toThrow(/PORTAL_TODAY must be a California day/);
    expect(() => loadConfig({ ...PRODUCTION, PORTAL_TODAY: '2026-03-08' })).toThrow(/PORTAL_TODAY is not allowed/);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATA_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/DATA_ENCRYPTION_KEY must be 32 bytes/);
  });

  it('moves the embedded database with DATA_DIR', () => {
    expect(loadConfig({ DATA_DIR: '/tmp/ihss-elsewhere' }).dataDir).toBe('/tmp/ihss-elsewhere');
  });
});
