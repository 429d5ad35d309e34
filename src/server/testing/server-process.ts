import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  /** Settles when the process ends: its exit code, or the signal that ended it. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything it wrote on stdout and stderr so far. */
  output(): string;
  kill(signal: NodeJS.Signals): void;
}

/**
 * How production runs the compiled server (`npm run start:prod`): glibc's malloc held to 2 arenas and returning freed
 * memory above 1 MiB; a 16 MiB semi-space, V8's own on 64 bits (at 4 MiB the review queue's collections, about 80 a
 * second, copied the pages still in flight and set its p99: README, Operations); and an old generation let grow 40%
 * past what the last full collection kept (V8's own factor, up to 4x, had a process idle at 190-240 MB after a burst
 * of jobs and past 270 MB under load; with 40%, 157 MB idle and 203 MB at the peak, at the same requests a second:
 * issue #16, bench:load); no source maps loaded, which would keep 22 MB of heap (ADR 0014). A compiled server started
 * here runs the same way, so what the benchmarks measure is what runs; a unit test holds package.json's script to
 * these.
 */
export const PRODUCTION_NODE = {
  env: { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '1048576', MALLOC_TRIM_THRESHOLD_: '1048576' },
  args: ['--max-semi-space-size=16', '--heap-growing-percent=40'],
} as const;

export interface StartOptions {
  /** A compiled server (scripts/build-server.ts) to run with plain node, as production does; by default main.ts through tsx. */
  script?: string;
  /** Every port that must answer /readyz before the server counts as started (WORKERS > 1): by default `port`. */
  ports?: number[];
  /** More options for node itself (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeArgs?: readonly string[];
}

/**
 * The server as `npm start` runs it (src/server/main.ts, through tsx) in a process of its own, so it can be
 * killed like one. `env` is laid over this process's environment. Resolves once /readyz answers 200 (on every port
 * of `options.ports`); rejects with the server's output if it ends first.
 */
export async function startServerProcess(port: number, env: Record<string, string | undefined>, options: StartOptions = {}): Promise<ServerProcess> {
  const args = [...(options.nodeArgs ?? []), ...(options.script ? [...PRODUCTION_NODE.args, options.script] : ['--import', 'tsx', MAIN])];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: REPO,
    // An undefined value removes the variable (DATABASE_URL, for the embedded database).
    env: Object.fromEntries(Object.entries({ ...process.env, ...(options.script ? PRODUCTION_NODE.env : {}), HOST: '127.0.0.1', PORT: String(port), ...env }).filter(([, v]) => v !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const server: ServerProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    exited,
    output: () => output,
    kill: (signal) => void child.kill(signal),
  };
  let ended = false;
  void exited.then(() => (ended = true));
  const ready = async () => (await Promise.all((options.ports ?? [port]).map((p) => answersReady(`http://127.0.0.1:${p}`)))).every(Boolean);
  while (!(await ready())) {
    if (ended) throw new Error(`The server ended before it was ready (${JSON.stringify(await exited)}):\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return server;
}

async function answersReady(baseUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${baseUrl}/readyz`)).status === 200;
  } catch {
    return false;
  }
}

/** Ends a server as Ctrl-C does and waits for it to exit. */
export async function stopServerProcess(server: ServerProcess) {
  server.kill('SIGTERM');
  return server.exited;
}

/**
 * What the browser does over real HTTP (src/web/api.ts): keeps the cookies, takes the CSRF token from any
 * answer that carries one (GET /api/session, sign-in) and sends it with every write. A request that gets no
 * answer throws, as fetch does. `outboxUrl`: where the demo outbox is read, which answers only a caller on the
 * server's machine that no proxy stands in front of (a server process's own port, behind a load balancer).
 */
export class HttpSession {
  private cookies = new Map<string, string>();
  private csrf = '';
  constructor(
    private readonly baseUrl: string,
    private readonly outboxUrl = baseUrl,
  ) {}

  async send(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }> {
    if (method !== 'GET' && !this.csrf) await this.send('GET', '/api/session');
    const headers: Record<string, string> = { accept: 'application/json', cookie: this.cookieHeader() };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      if (value === '' || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const parsed: unknown = (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text;
    const token = (parsed as { csrfToken?: unknown } | null)?.csrfToken;
    if (typeof token === 'string') this.csrf = token;
    return { status: res.status, body: parsed, headers: res.headers };
  }

  /** The cookies held, as a browser would send them. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * Signs in; an account that asks for its text-message code (the demo staff) gets it from the demo outbox, where the
   * demo's texts land, as a person trying the demo reads it there.
   */
  async signIn(accountType: 'provider' | 'recipient' | 'staff', loginId: string, password: string) {
    const res = await this.send('POST', '/api/auth/sign-in', { accountType, loginId, password });
    if (res.status !== 200) throw new Error(`sign-in of ${loginId} answered ${res.status}: ${JSON.stringify(res.body)}`);
    const asked = (res.body as { secondFactor?: { methods: string[] } }).secondFactor;
    if (asked) {
      if (!asked.methods.includes('sms')) throw new Error(`${loginId} asks for a second factor this session cannot give: ${asked.methods.join(', ')}`);
      await this.send('POST', '/api/auth/second-factor/text');
      const outbox = (await (await fetch(`${this.outboxUrl}/api/dev/outbox`, { headers: { accept: 'application/json' } })).json()) as { messages: { body: string; channel?: string }[] };
      const code = /^\d{6}/.exec(outbox.messages.find((m) => m.channel === 'sms')?.body ?? '')?.[0];
      const done = await this.send('POST', '/api/auth/second-factor/text/verify', { code });
      if (done.status !== 200) throw new Error(`the second step of ${loginId} answered ${done.status}: ${JSON.stringify(done.body)}`);
    }
    await this.send('GET', '/api/session');
  }
}
