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
  const root = await mkdtemp(path.join(os.tmpdir(), 'ihss-pwa-'));
  await mkdir(path.join(root, 'icons'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>portal</title><div id="root"></div>');
  await writeFile(path.join(root, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  await writeFile(path.join(root, 'manifest.webmanifest'), '{"name":"IHSS Provider Portal"}');
  await writeFile(path.join(root, 'icons', 'icon-192.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  app = await buildApp({ config: testConfig(), db: unusedDb.db, webRoot: root, logger: false });
});
afterAll(async () => {
  await app.close();
  await unusedDb.close();
});

describe('the installable app’s files', () => {
  it('serves the service worker as a script that every visit checks again, not the app shell', async () => {
    const res = await app.inject({ method: 'GET', url: '/sw.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.body).toContain('addEventListener');
  });

  it('serves the web manifest with its media type, and the icons it names', async () => {
    const manifest = await app.inject({ method: 'GET', url: '/manifest.webmanifest' });
    expect(manifest.headers['content-type']).toContain('application/manifest+json');
    expect(manifest.json()).toEqual({ name: 'IHSS Provider Portal' });
    const icon = await app.inject({ method: 'GET', url: '/icons/icon-192.png' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toBe('image/png');
  });

  it('never answers a missing icon, or a path that climbs out of the icons, with another file of the build', async () => {
    const missing = await app.inject({ method: 'GET', url: '/icons/none.png' });
    expect(missing.headers['content-type']).not.toBe('image/png');
    expect((await app.inject({ method: 'GET', url: '/icons/..%2Fsw.js' })).body).not.toContain('addEventListener');
  });

  it('keeps API answers out of every cache, so the worker and the browser never store them', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(res.headers['cache-control']).toBe('no-store');
  });
});
