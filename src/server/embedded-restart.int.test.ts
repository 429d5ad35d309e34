/**
 * `npm start` on the embedded database after a crash of the portal, of its PostgreSQL server, or of both, starts
 * with nobody's help (src/db/embedded.ts). The real server runs in its own process on a data folder of its own;
 * one folder serves every case here, one after another, since creating a cluster is the slow part.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectProcess, parsePostmasterPid, processesWorkingIn } from '../db/embedded.js';
import { freePort, freePortsInARow } from '../db/testing/free-port.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from './testing/server-process.js';

const STEP_TIMEOUT_MS = 120_000;

let dir: string;
let pgDir: string;
let port: number;
let env: Record<string, string | undefined>;
let server: ServerProcess | undefined;

const lockFile = () => path.join(pgDir, 'postmaster.pid');
const postmasterPid = async () => parsePostmasterPid(await readFile(lockFile(), 'utf8'))!.pid;
const start = () => startServerProcess(port, env);

/** Whether `pid` is a PostgreSQL server working in this test's data folder. */
async function isOurPostgres(pid: number) {
  const p = await inspectProcess(pid);
  return p !== null && !p.zombie && p.cwd === pgDir && path.basename(p.argv[0] ?? '') === 'postgres';
}

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'ihss-embedded-')));
  pgDir = path.join(dir, 'postgres');
  port = await freePort();
  env = { DATABASE_URL: undefined, DATA_DIR: dir, EMBEDDED_PG_PORT: String(await freePort()), DEMO_DATA: 'false', NODE_ENV: 'development', LOG_LEVEL: 'warn' };
  server = await start();
}, STEP_TIMEOUT_MS);

afterAll(async () => {
  if (server) await stopServerProcess(server);
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('the portal on its embedded database, after a crash', { timeout: STEP_TIMEOUT_MS }, () => {
  it('starts after the portal was killed, shutting down the PostgreSQL server the dead portal left running', async () => {
    const left = await postmasterPid();
    server!.kill('SIGKILL');
    await server!.exited;
    expect(await isOurPostgres(left)).toBe(true);

    server = await start();
    expect(server.output()).toContain(`is still running (pid ${left}`);
    expect(await isOurPostgres(left)).toBe(false);
    expect(await postmasterPid()).not.toBe(left);
  });

  it('stops when its PostgreSQL server is killed, and the next start recovers the database', async () => {
    const killed = await postmasterPid();
    process.kill(killed, 'SIGKILL');
    // It says so and stops; or, when the server dies while a connection is checked out of the pool, that
    // connection's error ends the process first. Either way it ends, with code 1, rather than serve errors.
    expect(await server!.exited).toEqual({ code: 1, signal: null });

    server = await start();
    expect(server.output()).toContain(`(pid ${killed}) stopped without cleaning up`);
  });

  it('starts after the portal and its PostgreSQL server were both killed', async () => {
    const killed = await postmasterPid();
    server!.kill('SIGKILL');
    process.kill(killed, 'SIGKILL');
    await server!.exited;

    server = await start();
    expect(server.output()).toContain(`(pid ${killed}) stopped without cleaning up`);
  });

  it('refuses to start beside a running copy on the same data folder, and leaves that copy and its database alone', async () => {
    const running = await postmasterPid();
    await expect(startServerProcess(await freePort(), env)).rejects.toThrow(/Another copy of the portal \(process \d+\) is running/);
    expect(await postmasterPid()).toBe(running);
    expect((await fetch(`${server!.baseUrl}/readyz`)).status).toBe(200);
  });

  it('removes a lock file whose pid now belongs to another program, and leaves that program running', async () => {
    expect(await stopServerProcess(server!)).toEqual({ code: 0, signal: null });
    server = undefined;
    const bystander = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      // A lock as PostgreSQL writes it, naming a pid that a restarted machine gave to another program.
      await writeFile(lockFile(), `${bystander.pid}\n${pgDir}\n1700000000\n${env.EMBEDDED_PG_PORT}\n\n127.0.0.1\n  0  0\nready   \n`);
      server = await start();
      expect(server.output()).toContain(`names pid ${bystander.pid}, which is now another program`);
      expect(bystander.exitCode).toBeNull();
      expect(bystander.signalCode).toBeNull();
    } finally {
      bystander.kill();
    }
  });

  it('stops cleanly on SIGTERM, leaving no PostgreSQL process and no lock file', async () => {
    expect(await stopServerProcess(server!)).toEqual({ code: 0, signal: null });
    server = undefined;
    expect(await processesWorkingIn(pgDir)).toEqual([]);
    expect(existsSync(lockFile())).toBe(false);
  });

  it('runs WORKERS server processes on its one PostgreSQL server, and on SIGTERM stops them all, then the server', async () => {
    const ports = await freePortsInARow(2);
    // Were a server process to start a database of its own, it would find this one running and refuse to start.
    server = await startServerProcess(ports[0]!, { ...env, WORKERS: '2' }, { ports });
    expect(await isOurPostgres(await postmasterPid())).toBe(true);

    expect(await stopServerProcess(server)).toEqual({ code: 0, signal: null });
    server = undefined;
    expect(await processesWorkingIn(pgDir)).toEqual([]);
    expect(existsSync(lockFile())).toBe(false);
    for (const port of ports) await expect(fetch(`http://127.0.0.1:${port}/readyz`)).rejects.toThrow();
  });
});
