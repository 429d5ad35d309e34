import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../../db/testing/test-db.js';
import { buildApp } from '../app.js';
import { testClock } from '../testing/clock.js';
import { createUser, testConfig, TestClient } from '../testing/test-app.js';
import { SESSION_COOKIE } from './auth.js';

/**
 * What a phone on a weak signal receives: the web app's files as the brotli or gzip copies the build wrote, JSON
 * answers above 1 KB compressed on the way out, each saying it varies by Accept-Encoding, and the event stream left
 * as it is, so that each event arrives when it is sent.
 */
let db: TestDb;
let app: FastifyInstance;
let root: string;
let base: string;
const config = testConfig();
const script = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `word ${i}`))};\n`;

beforeAll(async () => {
  db = await createTestDb();
  root = await mkdtemp(path.join(os.tmpdir(), 'ihss-compressed-'));
  await mkdir(path.join(root, 'assets'));
  const shell = `<!doctype html><title>portal</title><div id="root"></div>${'<!-- as long as a real page -->'.repeat(60)}`;
  await writeFile(path.join(root, 'index.html'), shell);
  await writeFile(path.join(root, 'index.html.br'), brotliCompressSync(shell));
  await writeFile(path.join(root, 'assets', 'app-1234.js'), script);
  await writeFile(path.join(root, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
  await writeFile(path.join(root, 'assets', 'app-1234.js.gz'), gzipSync(script));
  app = await buildApp({ config, clock: testClock, db: db.db, pool: db.pool, webRoot: root, logger: false });
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  await createUser(db.db, config, { loginId: '876000011', countyId: 19 });
});
afterAll(async () => {
  await app.close();
  await db.drop();
  await rm(root, { recursive: true, force: true });
});

describe("the web app's files", () => {
  it('sends a script as its brotli copy to a browser that takes brotli, cached for a year, varying by Accept-Encoding', async () => {
    const res = await app.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toContain('javascript');
    expect(res.headers.vary).toContain('Accept-Encoding');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('sends the gzip copy to a browser that takes only gzip, and the file itself to one that takes neither', async () => {
    const gz = await app.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
    const plain = await app.inject({ method: 'GET', url: '/assets/app-1234.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('answers a page of the app with the shell, compressed and checked with the server before each use', async () => {
    const res = await app.inject({ method: 'GET', url: '/dashboard', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toContain('Accept-Encoding');
    expect(brotliDecompressSync(res.rawPayload).toString()).toContain('<div id="root">');
  });
});

describe('API answers', () => {
  it('compresses a JSON answer above 1 KB (the 58 counties) for a browser that takes brotli, never cached', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/counties', headers: { 'accept-encoding': 'br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toContain('accept-encoding');
    expect(res.headers['cache-control']).toBe('no-store');
    const counties = JSON.parse(brotliDecompressSync(res.rawPayload).toString()) as unknown[];
    expect(JSON.stringify(counties).length).toBeGreaterThan(1024);
  });

  it('leaves a small answer as it is', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/session', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('never compresses the event stream, whose events must arrive one by one', async () => {
    const signIn = await new TestClient(app).signIn('provider', '876000011');
    const token = signIn.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const controller = new AbortController();
    const res = await fetch(`${base}/api/events`, {
      headers: { accept: 'text/event-stream', 'accept-encoding': 'br, gzip', cookie: `${SESSION_COOKIE}=${token}` },
      signal: controller.signal,
    });
    try {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      expect(res.headers.get('content-encoding')).toBeNull();
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).toContain('retry: 5000');
    } finally {
      controller.abort();
    }
  });
});
