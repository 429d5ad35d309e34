import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../db/connection.js';
import { buildApp } from '../app.js';
import { testConfig } from '../testing/test-app.js';

let app: FastifyInstance;
const unusedDb = connect('postgres://nobody:none@127.0.0.1:9/none', 1);

beforeAll(async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ihss-web-'));
  await mkdir(path.join(root, 'assets'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>portal</title><div id="root"></div>');
  await writeFile(path.join(root, 'unsupported-browser.html'), '<!doctype html><title>Browser not supported</title>');
  await writeFile(path.join(root, 'assets', 'app-1234.js'), 'console.log(1)');
  await writeFile(path.join(root, 'unsupported.js'), 'reveal()');
  await mkdir(path.join(root, 'icons'));
  await writeFile(path.join(root, 'icons', 'icon-192.png'), 'png');
  app = await buildApp({ config: testConfig(), db: unusedDb.db, webRoot: root, logger: false });
});
afterAll(async () => {
  await app.close();
  await unusedDb.close();
});

describe('serving the web app', () => {
  it('answers client-side routes with index.html, which holds nothing private and is checked with the server before each use', async () => {
    const res = await app.inject({ method: 'GET', url: '/dashboard' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<div id="root">');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets for a year', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves the files beside index.html (the old-browser check, icons) as themselves, checked before each use', async () => {
    const res = await app.inject({ method: 'GET', url: '/unsupported.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.body).toBe('reveal()');
    expect(res.headers['cache-control']).toBe('no-cache');
    const icon = await app.inject({ method: 'GET', url: '/icons/icon-192.png' });
    expect(icon.statusCode).toBe(200);
  });

  it('gives Internet Explorer a plain page that says which browsers work', async () => {
    const res = await app.inject({ method: 'GET', url: '/', headers: { 'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Trident/7.0; rv:11.0) like Gecko' } });
    expect(res.body).toContain('Browser not supported');
  });

  it('sends strict security headers with every page', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('adds HSTS when the request came over TLS', async () => {
    const tls = await buildApp({ config: testConfig({ trustProxy: true }), db: unusedDb.db, logger: false });
    const res = await tls.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers['strict-transport-security']).toContain('max-age=');
    await tls.close();
  });

  it('keeps unknown API paths as JSON 404s, not the app shell', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('notFound');
  });
});
