import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Debian's HAProxy (`apt-get install -y haproxy`; .ci/run installs it when missing). */
export const HAPROXY = '/usr/sbin/haproxy';

/** The header naming the server process that answered: `s1` for the first port given, `s2` for the next... */
export const SERVED_BY = 'x-served-by';

export interface Balancer {
  readonly url: string;
  /** Everything HAProxy wrote so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * A real HAProxy in front of server processes on `backendPorts`, spreading requests round-robin, as README's
 * Operations section sets one up: it replaces X-Forwarded-For with the client's address (the portal runs with
 * TRUST_PROXY=true), checks each process's /readyz to take one that stops out of the rotation, and sends a request
 * that found a process gone to another. For the tests only, each answer names the process that gave it (SERVED_BY).
 * Resolves once it answers on `port`.
 */
export async function startBalancer(port: number, backendPorts: number[]): Promise<Balancer> {
  if (!existsSync(HAPROXY)) throw new Error(`No HAProxy at ${HAPROXY}: install Debian's (apt-get install -y haproxy)`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ihss-haproxy-'));
  const config = path.join(dir, 'haproxy.cfg');
  await writeFile(
    config,
    [
      'global',
      '  maxconn 512',
      'defaults',
      '  mode http',
      '  timeout connect 5s',
      '  timeout client 60s',
      // Longer than the live stream's heartbeat (20 s), which keeps an idle Server-Sent Events stream open.
      '  timeout server 60s',
      '  timeout check 10s',
      '  retries 3',
      // A process that is gone refuses the connection, or drops one kept open to it: the request goes to another.
      '  retry-on conn-failure empty-response',
      '  option redispatch 1',
      'frontend portal',
      `  bind 127.0.0.1:${port}`,
      '  default_backend servers',
      'backend servers',
      '  balance roundrobin',
      '  http-request set-header X-Forwarded-For %[src]',
      '  option httpchk GET /readyz',
      `  http-response set-header ${SERVED_BY} %s`,
      ...backendPorts.map((p, i) => `  server s${i + 1} 127.0.0.1:${p} check inter 1s fall 2 rise 1`),
      '',
    ].join('\n'),
  );
  const child = spawn(HAPROXY, ['-db', '-f', config], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let ended = false;
  void exited.then(() => (ended = true));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (!ended) child.kill('SIGTERM');
    await exited;
    await rm(dir, { recursive: true, force: true });
  };
  for (;;) {
    if (ended) {
      await stop();
      throw new Error(`HAProxy ended before it answered:\n${output}`);
    }
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, output: () => output, stop };
}
