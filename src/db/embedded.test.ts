import { describe, expect, it } from 'vitest';
import { classifyLeftover, embeddedServerUrl, parsePostmasterPid, socketDirectoryOf, type ProcessInfo } from './embedded.js';

const DATA = '/srv/portal/data/postgres';
const SELF = 4000;
const proc = (p: Partial<ProcessInfo>): ProcessInfo => ({ pid: 100, ppid: 1, zombie: false, argv: ['/opt/pg/bin/postgres', '-D', DATA, '-p', '54329'], cwd: DATA, ...p });
const portal = proc({ pid: 90, argv: ['/usr/bin/node', '--import', 'tsx', 'src/server/main.ts'], cwd: '/srv/portal' });

describe('reading postmaster.pid', () => {
  it('takes the pid and the port from the lines PostgreSQL writes', () => {
    expect(parsePostmasterPid(`16089\n${DATA}\n1796329395\n38112\n/tmp\n127.0.0.1\n  2204481    196629\nready   \n`)).toEqual({ pid: 16089, port: 38112 });
  });

  it('reads the negative pid of a single-user backend as that process', () => {
    expect(parsePostmasterPid(`-321\n${DATA}\n`)).toEqual({ pid: 321, port: null });
  });

  it('finds nothing in an empty or garbled file', () => {
    expect(parsePostmasterPid('')).toBeNull();
    expect(parsePostmasterPid('not a pid\n')).toBeNull();
  });
});

describe('what start-up does about a postmaster.pid left in the data folder', () => {
  it('leaves a lock whose process is gone, or a zombie, to PostgreSQL, which replaces it', () => {
    expect(classifyLeftover(DATA, null, null, SELF)).toEqual({ kind: 'stale' });
    expect(classifyLeftover(DATA, proc({ zombie: true }), null, SELF)).toEqual({ kind: 'stale' });
  });

  it('takes a lock whose pid is now another program as stale, whatever that program is', () => {
    expect(classifyLeftover(DATA, proc({ argv: ['sleep', '300'], cwd: '/root' }), null, SELF)).toEqual({ kind: 'reused', program: 'sleep' });
    expect(classifyLeftover(DATA, proc({ argv: [], cwd: null }), null, SELF)).toMatchObject({ kind: 'reused' });
  });

  it('takes a lock whose pid is now a PostgreSQL of another data folder as stale', () => {
    expect(classifyLeftover(DATA, proc({ argv: ['/usr/lib/postgresql/17/bin/postgres', '-D', '/var/lib/postgresql/17/main'], cwd: '/var/lib/postgresql/17/main' }), null, SELF)).toMatchObject({ kind: 'reused' });
  });

  it('waits for a child of the dead server that still works in the folder rather than removing the lock', () => {
    expect(classifyLeftover(DATA, proc({ argv: ['postgres: checkpointer '] }), null, SELF)).toEqual({ kind: 'stale' });
  });

  it('stops our postmaster once its portal is gone (reparented to init or to a subreaper)', () => {
    expect(classifyLeftover(DATA, proc({ ppid: 1 }), null, SELF)).toEqual({ kind: 'orphan' });
    expect(classifyLeftover(DATA, proc({ ppid: 77 }), proc({ pid: 77, argv: ['/sbin/tini', '--'], cwd: '/' }), SELF)).toEqual({ kind: 'orphan' });
  });

  it('refuses to touch our postmaster while the portal that started it is alive', () => {
    expect(classifyLeftover(DATA, proc({ ppid: 90 }), portal, SELF)).toEqual({ kind: 'in-use', ownerPid: 90 });
    expect(classifyLeftover(DATA, proc({ ppid: 90 }), { ...portal, zombie: true }, SELF)).toEqual({ kind: 'orphan' });
  });

  it('without /proc, knows our postmaster by the data folder on its command line, and touches no PostgreSQL it cannot place', () => {
    expect(classifyLeftover(DATA, proc({ cwd: null }), null, SELF)).toEqual({ kind: 'orphan' });
    expect(classifyLeftover(DATA, proc({ cwd: null, argv: ['postgres'] }), null, SELF)).toEqual({ kind: 'unknown', program: 'postgres' });
  });
});

describe("the embedded server's Unix socket", () => {
  it('sits in the data folder when its path fits every system, and the URL reaches it there', () => {
    expect(socketDirectoryOf(DATA, 54329)).toBe(DATA);
    expect(embeddedServerUrl(54329, DATA)).toBe('postgres://postgres:embedded-local-only@127.0.0.1:54329/postgres?host=%2Fsrv%2Fportal%2Fdata%2Fpostgres');
  });

  it('is left out for a data folder too deep for a socket path, and the URL is TCP on loopback', () => {
    const deep = `/srv/${'a'.repeat(75)}/postgres`;
    expect(`${deep}/.s.PGSQL.54329`.length).toBe(104);
    expect(socketDirectoryOf(deep, 54329)).toBeNull();
    expect(socketDirectoryOf(deep.slice(0, -1), 54329)).toBe(deep.slice(0, -1));
    expect(embeddedServerUrl(54329, null)).toBe('postgres://postgres:embedded-local-only@127.0.0.1:54329/postgres');
  });
});
