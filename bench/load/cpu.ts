/**
 * Where a round's CPU went, from Linux's counters in /proc: the server's event loop (its main thread), the server's
 * other threads (password hashing, garbage collection, libuv), PostgreSQL (the postmaster and every backend), this
 * process (the load generator, and the baselines that run in it), and the machine as a whole, busy and idle.
 * bench:load's server, its database and its load generator share the machine's cores: a ratio or a p99 alone does not
 * say which of them a goal waits on, nor whether the cores were full.
 */
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import type { CpuTicks } from './stats';

/** Clock ticks a second of the counters below (USER_HZ): 100 on every Linux build we run on, asked all the same. */
export const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/** A process's or thread's `stat` line: its parent and the user and system ticks it has used. */
async function statOf(path: string): Promise<{ ppid: number; ticks: number } | undefined> {
  const line = await readFile(path, 'utf8').catch(() => undefined);
  if (!line) return undefined;
  // The command name, in parentheses, may hold spaces: the fields are counted after its closing parenthesis.
  const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
}

async function pids(): Promise<number[]> {
  return (await readdir('/proc')).filter((name) => /^\d+$/.test(name)).map(Number);
}

/**
 * The machine's busy and idle ticks over all its cores (the first line of /proc/stat). Waiting on the disk counts as
 * idle; time a hypervisor gave to other machines (steal) as neither.
 */
async function machine(): Promise<{ busy: number; idle: number }> {
  const [, ...fields] = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!.trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq] = fields.slice(0, 7).map(Number) as [number, number, number, number, number, number, number];
  return { busy: user + nice + system + irq + softirq, idle: idle + iowait };
}

/** The counters at one moment: the database's per process, since a backend may start or end between two readings. */
export interface Reading {
  readonly loop: number;
  readonly threads: number;
  readonly database: ReadonlyMap<number, number>;
  readonly generator: number;
  readonly busy: number;
  readonly idle: number;
}

/** Every counter now; `postmaster` is the database server's first process, whose children are its backends. */
export async function readCpu(server: number, postmaster: number): Promise<Reading> {
  let loop = 0;
  let threads = 0;
  for (const tid of await readdir(`/proc/${server}/task`).catch(() => [] as string[])) {
    const ticks = (await statOf(`/proc/${server}/task/${tid}/stat`))?.ticks ?? 0;
    if (Number(tid) === server) loop += ticks;
    else threads += ticks;
  }
  const database = new Map<number, number>();
  for (const pid of await pids()) {
    const p = await statOf(`/proc/${pid}/stat`);
    if (p && (pid === postmaster || p.ppid === postmaster)) database.set(pid, p.ticks);
  }
  const own = process.cpuUsage();
  return { loop, threads, database, generator: ((own.user + own.system) / 1e6) * TICKS_PER_SECOND, ...(await machine()) };
}

/**
 * What each part used between two readings. A backend that started in between counts from nothing; one that ended
 * in between takes its last ticks with it (the pools keep their connections open through a round).
 */
export function ticksBetween(before: Reading, after: Reading): CpuTicks {
  let database = 0;
  for (const [pid, ticks] of after.database) database += ticks - (before.database.get(pid) ?? 0);
  return {
    loop: after.loop - before.loop,
    threads: after.threads - before.threads,
    database,
    generator: after.generator - before.generator,
    busy: after.busy - before.busy,
    idle: after.idle - before.idle,
  };
}

/** The postmaster's process id: the parent of one of its backends. */
export async function postmasterOf(backendPid: number): Promise<number> {
  const s = await statOf(`/proc/${backendPid}/stat`);
  if (!s) throw new Error(`no process ${backendPid}: bench:load reads the CPU of a database on this machine`);
  return s.ppid;
}
